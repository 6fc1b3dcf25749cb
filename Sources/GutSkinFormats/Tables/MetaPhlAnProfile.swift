import GutSkinCore

/// Reads MetaPhlAn taxonomic profiles into a species-level `FeatureTable`.
///
/// Accepted layouts:
/// - single-sample MetaPhlAn 3/4 output: `#mpa_v…` and other `#` comment lines, an optional
///   `#SampleID\t<name>` line, then the `#clade_name\tNCBI_tax_id\trelative_abundance\t…` header;
/// - single-sample MetaPhlAn 2 output: `#SampleID\tMetaphlan2_Analysis`, then `clade\tpercent` rows;
/// - merged tables (`merge_metaphlan_tables.py`): a `clade_name` or `ID` header, then one column
///   per sample, with an optional `NCBI_tax_id` / `clade_taxid` column that is ignored.
///
/// Only species rows are kept — the clade's last `|`-separated label starts with `s__` (strain
/// `t__` rows and higher ranks are dropped) — so no abundance is counted twice. The feature id is
/// the species label (`s__Bifidobacterium_adolescentis`), the taxonomy the whole clade.
/// `UNKNOWN` / `UNCLASSIFIED` rows (unassigned reads) are dropped, so a sample's species may
/// sum to less than 1.
///
/// **Values are fractions:** MetaPhlAn reports percent; every value is divided by 100.
/// The sample id of a single profile is the `#SampleID` line's name unless it is MetaPhlAn's
/// placeholder (`Metaphlan_Analysis`, `Metaphlan2_Analysis`), else the file name without extension.
public enum MetaPhlAnProfile {
    /// Reads a profile or merged table (gzip accepted).
    public static func read(path: String) throws(MetaPhlAnError) -> FeatureTable {
        let text: String
        do {
            text = try InputFile.readText(path)
        } catch {
            throw .unreadable(error)
        }
        return try parse(text: text, file: path)
    }

    /// Parses profile text; `file` names the source in errors and gives the default sample id.
    public static func parse(text: String, file: String) throws(MetaPhlAnError) -> FeatureTable {
        var layout: Layout?
        var namedSample: String?
        var sawSampleIDLine = false
        var featureIDs: [String] = []
        var taxonomies: [Taxonomy] = []
        var featureOffsets = [0]
        var sampleIndices: [Int32] = []
        var values: [Double] = []
        var lineOfFeature: [String: Int] = [:]

        for (lineIndex, rawLine) in lines(of: text).enumerated() {
            let lineNumber = lineIndex + 1
            let cells = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            guard let first = cells.first, !cells.allSatisfy(\.isEmpty) else { continue }

            if layout == nil {
                if first == "#SampleID" {
                    sawSampleIDLine = true
                    let name = cells.count > 1 ? cells[1] : ""
                    if !name.isEmpty && !placeholderSampleNames.contains(name) { namedSample = name }
                    continue
                }
                if first == "#clade_name" {
                    guard let abundance = cells.firstIndex(of: "relative_abundance") else {
                        throw .noAbundanceColumn(file: file, line: lineNumber)
                    }
                    let sample = namedSample ?? fileStem(file)
                    layout = Layout(sampleIDs: [sample], valueColumns: [abundance], columnNames: ["relative_abundance"])
                    continue
                }
                if first == "clade_name" || first == "ID" {
                    let taxidColumns: Set<String> = ["NCBI_tax_id", "clade_taxid"]
                    let columns = cells.indices.dropFirst().filter { !taxidColumns.contains(cells[$0]) }
                    guard !columns.isEmpty else { throw .noSamples(file: file, line: lineNumber) }
                    for column in columns where cells[column].isEmpty {
                        throw .emptySampleName(file: file, line: lineNumber, column: column + 1)
                    }
                    var seen = Set<String>()
                    for column in columns where !seen.insert(cells[column]).inserted {
                        throw .duplicateSample(file: file, line: lineNumber, sample: cells[column])
                    }
                    let names = columns.map { cells[$0] }
                    layout = Layout(sampleIDs: names, valueColumns: columns, columnNames: names)
                    continue
                }
                if first.hasPrefix("#") { continue }
                // MetaPhlAn 2: data follow the `#SampleID` line directly, percent in column 2.
                guard sawSampleIDLine else { throw .noHeader(file: file, line: lineNumber) }
                layout = Layout(
                    sampleIDs: [namedSample ?? fileStem(file)], valueColumns: [1], columnNames: ["relative abundance"])
            } else if first.hasPrefix("#") {
                continue
            }
            guard let layout else { continue }

            // A data row: check every value, keep species rows.
            var rowValues: [Double] = []
            rowValues.reserveCapacity(layout.valueColumns.count)
            for (position, column) in layout.valueColumns.enumerated() {
                guard column < cells.count else {
                    throw .missingValue(file: file, line: lineNumber, column: layout.columnNames[position])
                }
                let cell = cells[column]
                guard let percent = Double(cell), percent.isFinite else {
                    throw .notANumber(file: file, line: lineNumber, column: layout.columnNames[position], value: cell)
                }
                guard percent >= 0 else {
                    throw .negative(file: file, line: lineNumber, column: layout.columnNames[position], value: cell)
                }
                rowValues.append(percent / 100)
            }
            let upper = first.uppercased()
            if upper == "UNKNOWN" || upper == "UNCLASSIFIED" { continue }
            let lastLabel = first.split(separator: "|").last.map { String($0).trimmingWhitespace() } ?? ""
            guard lastLabel.hasPrefix("s__") else { continue }
            if let firstLine = lineOfFeature[lastLabel] {
                throw .duplicateSpecies(file: file, line: lineNumber, species: lastLabel, firstLine: firstLine)
            }
            lineOfFeature[lastLabel] = lineNumber
            featureIDs.append(lastLabel)
            taxonomies.append(Taxonomy(parsing: first))
            for (sample, value) in rowValues.enumerated() where value != 0 {
                sampleIndices.append(Int32(sample))
                values.append(value)
            }
            featureOffsets.append(values.count)
        }

        guard let layout else { throw .noHeader(file: file, line: nil) }
        do {
            return try FeatureTable(
                sampleIDs: layout.sampleIDs, featureIDs: featureIDs, featureTaxonomy: taxonomies,
                featureOffsets: featureOffsets, sampleIndices: sampleIndices, featureMajorValues: values)
        } catch {
            throw .inconsistent(file: file, reason: error.description)
        }
    }

    /// Names MetaPhlAn writes on the `#SampleID` line when no `--sample_id` was given.
    static let placeholderSampleNames: Set<String> = [
        "Metaphlan_Analysis", "Metaphlan2_Analysis", "Metaphlan3_Analysis", "Metaphlan4_Analysis",
    ]

    /// Where the samples' values are: one column per sample.
    private struct Layout {
        let sampleIDs: [String]
        let valueColumns: [Int]
        /// Column names for error messages, parallel to `valueColumns`.
        let columnNames: [String]
    }

    /// The text's lines, split at LF, CRLF or CR.
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    /// The file name without folder and last extension (`/x/S1.profile.txt` → `S1.profile`).
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// Why a MetaPhlAn profile could not be read. One line naming the file (and line, column).
public enum MetaPhlAnError: Error, CustomStringConvertible, Equatable {
    case unreadable(FileError)
    /// No `#clade_name`, `clade_name`/`ID` or `#SampleID` header before the first data row.
    case noHeader(file: String, line: Int?)
    case noAbundanceColumn(file: String, line: Int)
    case noSamples(file: String, line: Int)
    case emptySampleName(file: String, line: Int, column: Int)
    case duplicateSample(file: String, line: Int, sample: String)
    case missingValue(file: String, line: Int, column: String)
    case notANumber(file: String, line: Int, column: String, value: String)
    case negative(file: String, line: Int, column: String, value: String)
    case duplicateSpecies(file: String, line: Int, species: String, firstLine: Int)
    case inconsistent(file: String, reason: String)

    public var description: String {
        let text: String
        switch self {
        case .unreadable(let error): text = error.description
        case .noHeader(let file, let line):
            let place = line.map { "line \($0): " } ?? ""
            text = "\(file): \(place)no MetaPhlAn header found (expected '#clade_name', 'clade_name', 'ID' or '#SampleID')"
        case .noAbundanceColumn(let file, let line):
            text = "\(file): line \(line): header has no 'relative_abundance' column"
        case .noSamples(let file, let line):
            text = "\(file): line \(line): header names no sample columns"
        case .emptySampleName(let file, let line, let column):
            text = "\(file): line \(line): column \(column) of the header has no sample name"
        case .duplicateSample(let file, let line, let sample):
            text = "\(file): line \(line): sample '\(sample)' appears more than once"
        case .missingValue(let file, let line, let column):
            text = "\(file): line \(line): column '\(column)': value is missing"
        case .notANumber(let file, let line, let column, let value):
            text = "\(file): line \(line): column '\(column)': '\(value)' is not a number"
        case .negative(let file, let line, let column, let value):
            text = "\(file): line \(line): column '\(column)': abundance '\(value)' is negative"
        case .duplicateSpecies(let file, let line, let species, let firstLine):
            text = "\(file): line \(line): species '\(species)' appears more than once (first on line \(firstLine))"
        case .inconsistent(let file, let reason): text = "\(file): \(reason)"
        }
        return OneLine.text(text)
    }
}
