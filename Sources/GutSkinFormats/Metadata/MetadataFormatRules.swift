/// The fixed vocabulary of QIIME 2's metadata file format ("Metadata in QIIME 2",
/// docs.qiime2.org; `qiime2/metadata/base.py`, `io.py`, `missing.py`), in one place.
public enum MetadataFormatRules {
    /// Id column headers matched ignoring case.
    public static let caseInsensitiveIDHeaders: Set<String> = [
        "id", "sampleid", "sample id", "sample-id", "featureid", "feature id", "feature-id",
    ]
    /// Id column headers matched exactly: QIIME 1 mapping files, biom-format TSV, Qiita.
    public static let exactIDHeaders: Set<String> = ["#SampleID", "#Sample ID", "#OTUID", "#OTU ID", "sample_name"]

    /// True when `name` is one of the id column headers QIIME 2 accepts.
    public static func isIDHeader(_ name: String) -> Bool {
        !name.isEmpty && (exactIDHeaders.contains(name) || caseInsensitiveIDHeaders.contains(name.lowercased()))
    }

    /// The INSDC missing-value terms QIIME 2 recognises under `--missing-scheme INSDC:missing`.
    public static let insdcMissingTerms: Set<String> = [
        "not applicable", "missing", "not collected", "not provided", "restricted access",
    ]

    /// True when `text` is a number by QIIME 2's rule: optional sign, digits with an optional
    /// decimal point (`1`, `1.`, `.5`, `1.5`), optional exponent (`1e5`, `2E-3`). `inf`, `nan`,
    /// hexadecimal and thousands separators are not numbers. Digits are ASCII only.
    public static func isNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ position: Int) -> Bool {
            position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var integerDigits = 0
        var fractionDigits = 0
        while isDigit(index) {
            index += 1
            integerDigits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(index) {
                index += 1
                fractionDigits += 1
            }
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == bytes.count
    }
}

/// How missing values are recognised in one column (QIIME 2's `#q2:missing` schemes).
public enum MissingValueScheme: Sendable, Equatable {
    /// Only empty cells are missing (QIIME 2's `blank`).
    case blank
    /// Empty cells and the INSDC terms are missing (QIIME 2's `INSDC:missing`).
    case insdc
    /// No value may be missing; an empty cell is an error (QIIME 2's `no-missing`).
    case noMissing
    /// Empty cells and these exact (case-sensitive) terms are missing.
    case terms(Set<String>)

    /// The scheme named in a `#q2:missing` directive cell, or `nil` when unknown.
    init?(directiveName: String) {
        switch directiveName {
        case "blank": self = .blank
        case "INSDC:missing": self = .insdc
        case "no-missing": self = .noMissing
        default: return nil
        }
    }

    /// True when `value` (already trimmed) counts as missing under this scheme.
    func isMissing(_ value: String) -> Bool {
        if value.isEmpty { return true }
        switch self {
        case .blank, .noMissing: return false
        case .insdc: return MetadataFormatRules.insdcMissingTerms.contains(value)
        case .terms(let terms): return terms.contains(value)
        }
    }
}
