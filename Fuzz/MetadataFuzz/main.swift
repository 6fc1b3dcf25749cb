import Foundation
import GutSkinCore

/// libFuzzer entry point for `MetadataTSV.parse`: built by `scripts/fuzz.sh metadata` together
/// with the reader's sources (so no `import GutSkinFormats`; GutSkinCore is a separate module).
///
/// Properties checked on every input: parsing never crashes or traps; every error is one line;
/// and metadata that parses survives `format` → `parse` unchanged (when its cells hold no tab,
/// quote or line end under the QIIME 1 dialect, which has no quoting).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetadataTSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = InputFile.decodeText(Data(UnsafeBufferPointer(start: start, count: count)))
    let metadata: SampleMetadata
    do {
        metadata = try MetadataTSV.parse(text: text, file: "fuzz.tsv")
    } catch {
        if error.description.contains("\n") { preconditionFailure("multi-line error: \(error.description)") }
        return 0
    }
    let unquotable = metadata.idHeader == "#SampleID"
        && (metadata.ids + metadata.columns.map(\.name) + metadata.columns.flatMap { $0.values.compactMap { $0 } })
            .contains { $0.contains { $0 == "\t" || $0 == "\"" || $0.isNewline } }
    guard !unquotable else { return 0 }
    let written = MetadataTSV.format(metadata)
    do {
        let again = try MetadataTSV.parse(text: written, file: "fuzz-roundtrip.tsv")
        if again != metadata { preconditionFailure("round trip changed the metadata:\n\(written)") }
    } catch {
        preconditionFailure("written metadata does not parse: \(error)\n\(written)")
    }
    return 0
}
