// swift-tools-version:6.0
import Foundation
import PackageDescription

// A path dependency is named by its folder, which differs between clones: find it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let gutskin = root.lastPathComponent

// Benchmarks live apart from the product so their needs never reach gutskin's users.
let package = Package(
    name: "gutskin-benchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "gutskin-benchmarks",
            dependencies: [
                .product(name: "GutSkinCore", package: gutskin),
                .product(name: "GutSkinFormats", package: gutskin),
                .product(name: "GutSkinKernels", package: gutskin),
                .product(name: "GutSkinAxis", package: gutskin),
                .product(name: "GutSkinRendering", package: gutskin),
            ])
    ],
    swiftLanguageModes: [.v6]
)
