import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats

/// `gutskin report --timeline metadata.tsv --subject ID --date-column D [--event 'what=YYYY-MM-DD' …]`:
/// the person's samples over time, their events, and before/after against usual variation.
struct TimelineOptions: ParsableArguments {
    @Option(help: "Metadata naming each sample's person and collection date: adds a timeline of the person's samples in TABLE.")
    var timeline: String?

    @Option(help: "With --timeline: the person whose samples to follow (a value of --individual-id-column).")
    var subject: String?

    @Option(help: "With --timeline: metadata column naming the person.")
    var individualIdColumn = "subject"

    @Option(help: "With --timeline: metadata column of collection dates (YYYY-MM-DD).")
    var dateColumn = "collection_date"

    @Option(help: "With --timeline: something that happened, as 'what=YYYY-MM-DD' (repeatable).")
    var event: [String] = []

    func validate() throws {
        if timeline == nil {
            guard subject == nil, event.isEmpty else { throw ValidationError("--subject and --event need --timeline") }
        } else if subject == nil {
            throw ValidationError("--timeline needs --subject (the person whose samples to follow)")
        }
    }

    /// The timeline of `table`'s samples of the subject, scored against the gut reference; nil without --timeline.
    func make(
        table: PersonReportRequest.Sample, references: [GutSkinReference], tree: PhylogeneticTree?, generatedBy: String
    ) throws -> PersonTimeline? {
        guard let timeline, let subject else { return nil }
        let events = try event.map { try TimelineEvent(parsing: $0) }
        guard let reference = references.first(where: { $0.site == .gut }) else {
            throw ValidationError("--timeline follows gut samples and needs a gut reference; none of --reference is one")
        }
        let selection = PersonTimeline.Selection(
            metadata: try MetadataTSV.read(path: timeline), file: timeline, individualColumn: individualIdColumn, subject: subject,
            dateColumn: dateColumn)
        return try PersonTimeline.make(
            selection: selection, table: table, reference: reference, tree: tree, events: events, generatedBy: generatedBy)
    }
}
