// swift-tools-version:6.0
import PackageDescription

// gutskin's fuzz targets: one libFuzzer executable per kind of input a user or a service client
// can send, built against the library by path — so a refactor that breaks a target breaks this
// build (scripts/fuzz.sh builds it and runs every target; .ci/run calls `scripts/fuzz.sh --ci`).
// Build by hand: swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address
// Each target's name is the name scripts/fuzz.sh takes, its seeds are Fuzz/Seeds/<name>/, and it
// lives in Sources/<name>/main.swift. Not part of the gutskin package: users never build it.
let fuzzTargets = [
    "biom-json", "biom-hdf5", "tsv-table", "qza", "metaphlan", "metadata", "taxonomy", "newick",
    "distance-matrix", "ordination", "questionnaire", "breath-test", "reference", "diary", "question", "timeline",
]

/// Libraries a target needs beyond GutSkinCore, GutSkinFormats and GutSkinAxis.
let extraLibraries: [String: [String]] = ["diary": ["GutSkinDiary"], "question": ["GutSkinAnswers"]]

let package = Package(
    name: "gutskin-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "gutskin", path: "..")],
    targets: [
        // The libFuzzer driver binding and the properties every target checks.
        .target(name: "FuzzSupport"),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "GutSkinCore", package: "gutskin"),
                .product(name: "GutSkinFormats", package: "gutskin"),
                .product(name: "GutSkinAxis", package: "gutskin"),
            ] + (extraLibraries[name] ?? []).map { .product(name: $0, package: "gutskin") })
    },
    swiftLanguageModes: [.v6]
)
