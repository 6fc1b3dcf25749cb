// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on those above it:
// GutSkinCore (types, no I/O) and GutSkinParallel (parallel loops, shared buffers; internal)
// → GutSkinFormats (readers/writers) → GutSkinKernels (numeric work)
// (+ GutSkinMultivariate, the LAPACK-backed kernels) → GutSkinAxis (the gut–skin layer: traits,
// scores, references, reports, cohorts) → GutSkinRendering (HTML/SVG pages and plots) →
// GutSkinCLI (commands) → gutskin (executable).
// C libraries enter through one system-library target each: HDF5 and zlib in GutSkinFormats,
// LAPACK in GutSkinMultivariate.
let package = Package(
    name: "gutskin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gutskin", targets: ["gutskin"]),
        .library(name: "GutSkinCore", targets: ["GutSkinCore"]),
        .library(name: "GutSkinFormats", targets: ["GutSkinFormats"]),
        .library(name: "GutSkinKernels", targets: ["GutSkinKernels"]),
        .library(name: "GutSkinMultivariate", targets: ["GutSkinMultivariate"]),
        .library(name: "GutSkinAxis", targets: ["GutSkinAxis"]),
        .library(name: "GutSkinRendering", targets: ["GutSkinRendering"]),
        .library(name: "GutSkinDiary", targets: ["GutSkinDiary"]),
        .library(name: "GutSkinAnswers", targets: ["GutSkinAnswers"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        // The service's dependencies: only GutSkinStore and GutSkinService (and their tests) use them.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    ],
    targets: [
        .target(name: "GutSkinCore"),
        // Internal helpers for parallel loops and buffers shared by worker threads (Foundation only).
        .target(name: "GutSkinParallel"),
        .systemLibrary(
            name: "CHDF5", pkgConfig: "hdf5",
            providers: [.apt(["libhdf5-dev"]), .brew(["hdf5"])]),
        .systemLibrary(
            name: "CGutSkinZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "GutSkinFormats",
            dependencies: [
                "GutSkinCore", "GutSkinParallel", "CHDF5", "CGutSkinZlib",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // PERMANOVA's inner loop in AVX-512/AVX2, chosen at run time (Swift builds for baseline x86-64).
        .target(name: "CGutSkinVector"),
        .target(name: "GutSkinKernels", dependencies: ["GutSkinCore", "GutSkinParallel", "CGutSkinVector"]),
        .systemLibrary(
            name: "CLAPACK", pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev", "libopenblas-dev"]), .brew(["lapack"])]),
        // Kernels that need LAPACK (ordination, linear models) apart, so GutSkinKernels stays Foundation-only.
        .target(name: "GutSkinMultivariate", dependencies: ["GutSkinCore", "GutSkinParallel", "GutSkinKernels", "CLAPACK"]),
        .target(
            name: "GutSkinAxis",
            dependencies: ["GutSkinCore", "GutSkinParallel", "GutSkinFormats", "GutSkinKernels", "GutSkinMultivariate"]),
        // The food, product and skin diary: n-of-1 association analysis with honest error rates.
        .target(
            name: "GutSkinDiary",
            dependencies: ["GutSkinCore", "GutSkinParallel", "GutSkinFormats", "GutSkinKernels", "GutSkinAxis"]),
        // Longitudinal analyses (q2-longitudinal's methods), beside the gut–skin layer.
        .target(
            name: "GutSkinLongitudinal",
            dependencies: ["GutSkinCore", "GutSkinFormats", "GutSkinKernels", "GutSkinMultivariate", "GutSkinAxis", "CLAPACK"]),
        // Pages and plots (HTML/SVG) for the report, the cohort and every later page, and the
        // output folders that hold them; above the domain layers it draws.
        .target(
            name: "GutSkinRendering",
            dependencies: ["GutSkinCore", "GutSkinFormats", "GutSkinAxis", "GutSkinLongitudinal", "GutSkinDiary"]),
        // Answers to a person's questions from their report and cited statements (SQLite FTS5 via GRDB).
        .target(
            name: "GutSkinAnswers",
            dependencies: ["GutSkinAxis", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "GutSkinCLI",
            dependencies: [
                "GutSkinCore", "GutSkinParallel", "GutSkinFormats", "GutSkinKernels", "GutSkinMultivariate", "GutSkinAxis",
                "GutSkinLongitudinal", "GutSkinDiary", "GutSkinRendering", "GutSkinAnswers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Delivery: the service's store (SQLite through GRDB, PostgreSQL through postgres-nio) and its
        // HTTP front door (Hummingbird). Nothing above depends on them.
        .target(
            name: "GutSkinStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "GutSkinService",
            dependencies: [
                "GutSkinCore", "GutSkinFormats", "GutSkinAxis", "GutSkinRendering", "GutSkinStore", "GutSkinAnswers",
                "GutSkinDiary",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The OpenAPI document, served at /api/v1/openapi.yaml (docs/openapi.yaml links to it).
            resources: [.copy("Resources/openapi.yaml")]),
        .executableTarget(name: "gutskin", dependencies: ["GutSkinCLI", "GutSkinService"]),
        .target(name: "TestSupport", dependencies: ["GutSkinCore"], path: "Tests/TestSupport"),
        .testTarget(name: "GutSkinCoreTests", dependencies: ["GutSkinCore", "TestSupport"]),
        .testTarget(
            name: "GutSkinFormatsTests",
            dependencies: ["GutSkinFormats", "TestSupport", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Malformed", "Golden"]),
        .testTarget(
            name: "GutSkinKernelsTests", dependencies: ["GutSkinKernels", "GutSkinFormats", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "GutSkinMultivariateTests",
            dependencies: ["GutSkinMultivariate", "GutSkinFormats", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "GutSkinAxisTests", dependencies: ["GutSkinAxis", "GutSkinRendering", "GutSkinFormats", "TestSupport"]),
        .testTarget(
            name: "GutSkinRenderingTests",
            dependencies: ["GutSkinRendering", "GutSkinAxis", "GutSkinDiary", "GutSkinFormats", "TestSupport"]),
        .testTarget(
            name: "GutSkinLongitudinalTests",
            dependencies: ["GutSkinLongitudinal", "GutSkinRendering", "GutSkinFormats", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "GutSkinDiaryTests", dependencies: ["GutSkinDiary", "GutSkinRendering", "GutSkinFormats", "TestSupport"],
            exclude: ["Malformed", "Golden"]),
        .testTarget(name: "GutSkinAnswersTests", dependencies: ["GutSkinAnswers", "GutSkinAxis"], exclude: ["Questions", "Fixtures"]),
        .testTarget(
            name: "GutSkinCLITests", dependencies: ["GutSkinCLI", "gutskin", "TestSupport"]),
        .testTarget(name: "GutSkinStoreTests", dependencies: ["GutSkinStore", "TestSupport"]),
        .testTarget(
            name: "GutSkinServiceTests",
            dependencies: [
                "GutSkinService", "GutSkinStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
