import GutSkinCore

/// A person's timeline from a table of samples and metadata naming each sample's person and
/// collection day: what `gutskin report --timeline` runs.
extension PersonTimeline {
    /// What to follow: whose samples (`subject` in `individualColumn`), dated by `dateColumn`.
    public struct Selection: Sendable {
        public var metadata: SampleMetadata
        /// The metadata's file name, for errors.
        public var file: String
        public var individualColumn: String
        public var subject: String
        public var dateColumn: String

        public init(metadata: SampleMetadata, file: String, individualColumn: String, subject: String, dateColumn: String) {
            self.metadata = metadata
            self.file = file
            self.individualColumn = individualColumn
            self.subject = subject
            self.dateColumn = dateColumn
        }

        /// The subject's samples that are in the table, with their days, in metadata order.
        public func samples(in sampleIDs: [String], table: String) throws(TimelineError) -> [(sample: String, date: TimelineDay)] {
            let names = metadata.columns.map(\.name)
            guard let people = metadata.column(named: individualColumn) else {
                throw .missingColumn(file: file, column: individualColumn, available: names)
            }
            guard let dates = metadata.column(named: dateColumn) else {
                throw .missingColumn(file: file, column: dateColumn, available: names)
            }
            let rows = metadata.ids.indices.filter { people.values[$0] == subject }
            guard !rows.isEmpty else {
                var seen = Set<String>()
                let all = people.values.compactMap { $0 }.filter { seen.insert($0).inserted }
                throw .unknownSubject(
                    file: file, column: individualColumn, subject: subject, examples: Array(all.prefix(5)), count: all.count)
            }
            let inTable = Set(sampleIDs)
            var result = [(sample: String, date: TimelineDay)]()
            for row in rows where inTable.contains(metadata.ids[row]) {
                let text = dates.values[row] ?? ""
                guard let day = TimelineDay(parsing: text) else {
                    throw .badDate(file: file, column: dateColumn, sample: metadata.ids[row], value: text)
                }
                result.append((metadata.ids[row], day))
            }
            guard !result.isEmpty else { throw .noSamplesInTable(file: file, subject: subject, table: table) }
            return result
        }
    }

    /// Scores each of the subject's samples of `table` as a gut sample against `reference` (as
    /// `gutskin report` would) and builds the timeline with `events`.
    public static func make(
        selection: Selection, table: PersonReportRequest.Sample, reference: GutSkinReference, tree: PhylogeneticTree?,
        events: [TimelineEvent], generatedBy: String
    ) throws -> PersonTimeline {
        let samples = try selection.samples(in: table.table.sampleIDs, table: table.source)
        var points = [Point]()
        for (sample, date) in samples {
            var input = table
            input.sampleID = sample
            var request = PersonReportRequest(gut: input, generatedBy: generatedBy)
            request.references = [reference]
            request.tree = tree
            let report = try PersonReport.make(request).report
            let scores = report.gut?.scores.map { ScoreValue(id: $0.id, value: $0.value) } ?? []
            points.append(Point(sampleId: sample, date: date, scores: scores))
        }
        return PersonTimeline(
            subject: selection.subject, site: .gut, reference: reference.name, points: points, events: events,
            usual: reference.usualChange)
    }
}
