/// Which program's reading rules a metadata file follows. They differ in two ways that matter
/// for real QIIME 1 mapping files such as the PGP one: quoting and reserved column names.
public enum MetadataDialect: Sendable, Equatable {
    /// QIIME 1 mapping file when the first non-blank line starts with `#SampleID`, else QIIME 2.
    case automatic
    /// QIIME 2: Python csv quoting (quoted cells may hold tabs and line ends); column names may
    /// not be id-header names.
    case qiime2
    /// QIIME 1 (`qiime.parse.parse_mapping_file`): cells split at tabs only, every double quote
    /// removed; a column may be named like an id header (the PGP file has `SampleId`). QIIME 2
    /// refuses such files: a stray `"` opens a quoted cell that runs on across lines.
    case qiime1Mapping

    /// The dialect to use for `text`: `self`, or for `.automatic` the one the text looks like.
    func resolved(for text: String) -> MetadataDialect {
        guard self == .automatic else { return self }
        // Line by line until the first that is not blank (splitting the whole text first cost
        // 0.1 s on a 1.6 MB mapping file).
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex { $0 == "\n" || $0 == "\r" || $0 == "\r\n" } ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
            if line.isEmpty { continue }
            var firstCell = Substring(line.prefix { $0 != "\t" })
            if firstCell.hasPrefix("\u{FEFF}") { firstCell = firstCell.dropFirst() }
            let trimmed = String(firstCell).trimmingWhitespace()
            if line.allSatisfy({ $0 == "\t" || $0 == " " }) { continue }
            return trimmed == "#SampleID" ? .qiime1Mapping : .qiime2
        }
        return .qiime2
    }
}

extension String {
    /// This string without leading and trailing white space as Python's `str.strip()` sees it.
    func trimmingPythonWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !TabSeparatedRecords.isPythonWhitespace($0) }),
            let last = scalars.lastIndex(where: { !TabSeparatedRecords.isPythonWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
