import Foundation

/// libFuzzer's driver entry (in the runtime that `-sanitize=fuzzer` links). SwiftPM renames an
/// executable's `main` on Linux, which leaves libFuzzer's own `main` unused, so each target's
/// `main.swift` starts the driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs a fuzz target: libFuzzer calls `testOneInput` (the target's `LLVMFuzzerTestOneInput`)
/// once per input, with libFuzzer's command-line options (`-max_total_time=…`, corpus folders).
public enum Fuzzer {
    public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, testOneInput))
    }

    /// The input's bytes (libFuzzer passes a null pointer for the empty input).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }
}
