import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// What a reference is built from: a table, the samples to take from it, the metadata columns that
/// name subjects and visits, and how to label it. `gutskin reference build` and the built-in
/// references (`DefaultReferences`) both build through it, so the two cannot drift apart.
public struct ReferenceRecipe: Sendable {
    public var table: String
    public var metadata: String?
    /// `COLUMN=VALUE` / `COLUMN!=VALUE` selections (several on one column are alternatives).
    public var conditions: [String] = []
    public var site: BodySite
    public var siteDetail: String
    public var name: String
    public var platform: String
    public var depth: Int
    public var seed: UInt64 = 1
    public var tree: String?
    public var subjectColumn: String?
    public var stateColumn: String?
    public var matchColumn: String?

    public init(table: String, site: BodySite, siteDetail: String, name: String, platform: String, depth: Int) {
        self.table = table
        self.site = site
        self.siteDetail = siteDetail
        self.name = name
        self.platform = platform
        self.depth = depth
    }

    /// Reads the inputs and builds the reference; `builtBy` is recorded in its provenance. Errors
    /// name the file they come from.
    public func build(builtBy: String, threads: Int? = nil) throws -> GutSkinReference {
        let input = try FeatureTableFile.read(path: table)
        let sampleMetadata = try metadata.map { try MetadataTSV.read(path: $0) }
        let phylogeny = try tree.map { try TreeFile.read(path: $0) }
        return try build(table: input, metadata: sampleMetadata, tree: phylogeny, builtBy: builtBy, threads: threads)
    }

    /// Builds the reference from inputs already read (from the files `table`, `metadata`, `tree`).
    public func build(
        table input: FeatureTable, metadata sampleMetadata: SampleMetadata?, tree phylogeny: PhylogeneticTree?,
        builtBy: String, threads: Int? = nil
    ) throws -> GutSkinReference {
        let filter = SampleFilter(conditions: conditions.compactMap(MetadataCondition.init(parsing:)))
        let selected: FeatureTable
        do {
            selected = try filter.apply(to: input, metadata: sampleMetadata).table
        } catch {
            throw FileError(file: metadata ?? table, cause: error)
        }
        guard selected.sampleCount > 0 else { throw FileError(file: metadata ?? table, cause: ReferenceError.noSamplesSelected) }
        var subjects: [String: String]?
        if let subjectColumn, let sampleMetadata, let path = metadata {
            guard let column = sampleMetadata.column(named: subjectColumn) else {
                throw FileError(file: path, reason: "no column '\(subjectColumn)' for --subject")
            }
            subjects = [:]
            for id in selected.sampleIDs {
                if let row = sampleMetadata.row(of: id), let value = column.values[row] { subjects![id] = value }
            }
        }
        var builder = ReferenceBuilder(name: name, site: site, siteDetail: siteDetail, depth: depth, seed: seed, platform: platform)
        builder.threads = threads
        let provenance = GutSkinReference.Provenance(
            table: Self.fileName(table), metadata: metadata.map(Self.fileName), tree: tree.map(Self.fileName),
            selection: conditions, subjectColumn: subjectColumn, selectedSamples: selected.sampleCount, droppedBelowDepth: 0,
            builtBy: builtBy)
        let visits = try visits(of: selected, metadata: sampleMetadata)
        do {
            return try builder.build(table: selected, subjects: subjects, tree: phylogeny, provenance: provenance, visits: visits)
        } catch let error as AlphaDiversityError {
            throw FileError(file: tree ?? table, cause: error)
        } catch {
            throw FileError(file: table, cause: error)
        }
    }

    /// Each selected sample's visit (and match key) from `stateColumn` (`matchColumn`), or nil.
    func visits(of table: FeatureTable, metadata: SampleMetadata?) throws -> ReferenceVisits? {
        guard let stateColumn, let subjectColumn, let metadata, let path = self.metadata else { return nil }
        guard let states = metadata.column(named: stateColumn) else {
            throw FileError(file: path, reason: "no column '\(stateColumn)' for --state-column")
        }
        let matches = try matchColumn.map { name in
            guard let column = metadata.column(named: name) else {
                throw FileError(file: path, reason: "no column '\(name)' for --match-column")
            }
            return column
        }
        var visitOf = [String: Double]()
        var matchOf: [String: String]? = matches == nil ? nil : [:]
        for id in table.sampleIDs {
            guard let row = metadata.row(of: id), let text = states.values[row] else { continue }
            guard let visit = Double(text) else {
                throw FileError(file: path, reason: "column '\(stateColumn)', sample '\(id)': '\(text)' is not a number")
            }
            visitOf[id] = visit
            if let matches, let key = matches.values[row] { matchOf![id] = key }
        }
        return ReferenceVisits(
            visitOf: visitOf, matchOf: matchOf, subjectColumn: subjectColumn, visitColumn: stateColumn, matchColumn: matchColumn)
    }

    /// The last path component, as references record their inputs.
    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}
