import Foundation
import GutSkinCore
import GutSkinFormats

/// What one person's report is made from: their gut and/or skin sample (tables already read),
/// questionnaire answers, a breath test, a tree for Faith's PD, and the references to score
/// against. The CLI and the service both fill one in and call `PersonReport.make`.
public struct PersonReportRequest: Sendable {
    /// One sample of a table already read, and the file name the report shows for it.
    public struct Sample: Sendable {
        public var table: FeatureTable
        public var sampleID: String
        /// The table's file name, shown in the report ("how it was made") and in errors.
        public var source: String
        /// The table's format, when known: a MetaPhlAn profile gets the GMHI.
        public var format: TableFormat?

        public init(table: FeatureTable, sampleID: String, source: String, format: TableFormat?) {
            self.table = table
            self.sampleID = sampleID
            self.source = source
            self.format = format
        }

        /// Reads the table at `path` (any supported format); `source` defaults to its file name.
        public init(path: String, sampleID: String, source: String? = nil) throws {
            self.init(
                table: try FeatureTableFile.read(path: path), sampleID: sampleID,
                source: source ?? URL(fileURLWithPath: path).lastPathComponent,
                format: try FeatureTableFile.detectFormat(path: path))
        }
    }

    public var gut: Sample?
    public var skin: Sample?
    public var questionnaire: Questionnaire?
    public var breathTest: BreathTestSeries?
    public var tree: PhylogeneticTree?
    /// The references to score against: the first gut reference scores the gut sample, the
    /// closest of the skin references the skin sample. Default: the built-in ones.
    public var references: [GutSkinReference]?
    /// The person's timeline (`PersonTimeline`), carried into the report as `timeline`.
    public var timeline: PersonTimeline?
    /// Recorded in the report's `generated_by`.
    public var generatedBy: String

    public init(gut: Sample? = nil, skin: Sample? = nil, generatedBy: String) {
        self.gut = gut
        self.skin = skin
        self.generatedBy = generatedBy
    }
}
