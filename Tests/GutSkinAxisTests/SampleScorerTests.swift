import Foundation
import GutSkinCore
import GutSkinKernels
import Testing

@testable import GutSkinAxis

@Suite struct SampleScorerTests {
    /// The dysbiosis distances equal gutskin's Bray–Curtis kernel (which matches scikit-bio
    /// 0.7.4 bit for bit) on the genus-collapsed table.
    @Test func distancesAreBrayCurtisOfGenusProfiles() throws {
        let reference = try ScoringFixtures.reference()
        let scorer = SampleScorer(reference: reference)
        let genera = try ScoringFixtures.table.collapsed(to: .genus)
        let kernel = try BetaMetric.braycurtis.kernel(table: genera, tree: nil)
        let matrix = try DistanceMatrix(ids: genera.sampleIDs, condensed: kernel.distances(for: .all(8), threads: 1, progress: nil))
        for i in 0..<8 {
            let row = scorer.distances(fromReferenceSample: i)
            for j in 0..<8 { #expect(abs(row[j] - matrix[i, j]) < 1e-14, "\(i),\(j)") }
        }
    }

    /// A reference sample placed by add-a-point lands on its own PCoA coordinates.
    @Test func addAPointPlacesAReferenceSampleOnItself() throws {
        let reference = try ScoringFixtures.reference()
        let scorer = SampleScorer(reference: reference)
        for sample in 0..<8 {
            let placed = reference.map.place(distances: scorer.distances(fromReferenceSample: sample))
            for axis in 0..<2 { #expect(abs(placed[axis] - reference.map.coordinates[sample][axis]) < 1e-10) }
        }
    }

    /// Shares, MD index and the leave-subject-out median worked out by hand for sample ref1
    /// (Bacteroides 10, Faecalibacterium 5, Akkermansia 1, [Ruminococcus] 2, unresolved Lachnospiraceae 2).
    @Test func scoresOfOneSampleByHand() throws {
        let reference = try ScoringFixtures.reference()
        let scorer = SampleScorer(reference: reference)
        let table = ScoringFixtures.table
        let annotation = FeatureAnnotation(table: table)
        let scores = scorer.score(
            SampleProfile(table: table, sample: 0, rarefied: true), annotation: annotation,
            excluding: .init(subject: "s1", sample: "ref1"))
        #expect(scores.value(.observedFeatures) == 5)
        #expect(scores.value(.proteobacteria) == 0 && scores.value(.enterobacteriaceae) == 0)
        #expect(abs(scores.value(.butyrateProducers) - 5.0 / 20) < 1e-15)  // Faecalibacterium
        #expect(abs(scores.value(.mucinDegraders) - 1.0 / 20) < 1e-15)  // Akkermansia
        #expect(scores.value(.microbialDysbiosisIndex).isNaN)  // no increased genus present
        #expect(abs(scores.value(.bergerParkerDominance) - 0.5) < 1e-15)
        // Median over the six samples of other subjects (ref3…ref8), from the Bray–Curtis row.
        let row = scorer.distances(fromReferenceSample: 0)
        let others = Array(row[2...]).sorted()
        #expect(abs(scores.value(.dysbiosisScore) - (others[2] + others[3]) / 2) < 1e-15)
        #expect(scores.distancesToReference[1].isNaN)  // ref2: same subject, left out
        #expect(scores.knownGenusShare == 1)
    }

    /// MD index = ln(increased / decreased) (Gevers et al. 2014), by hand.
    @Test func microbialDysbiosisIndexByHand() throws {
        let value = try #require(
            MicrobialDysbiosisIndex.value(genera: [
                ("g__Escherichia", 3), ("g__Veillonella", 1), ("g__Bacteroides", 8), ("g__[Ruminococcus]", 5),
            ]))
        #expect(abs(value - log(4.0 / 8.0)) < 1e-15)  // [Ruminococcus] is not Ruminococcus
        #expect(MicrobialDysbiosisIndex.value(genera: [("Bacteroides", 1)]) == nil)
        // SILVA's merged Escherichia-Shigella is the increased Escherichia.
        #expect(MicrobialDysbiosisIndex.value(genera: [("Escherichia-Shigella", 2), ("Bacteroides", 2)]) == 0)
    }

    /// The reference holds quantiles of every gut score but Faith's PD (no tree), and survives a JSON round trip.
    @Test func referenceRoundTripsThroughJSON() throws {
        let reference = try ScoringFixtures.reference()
        #expect(reference.scores.map(\.score) == ScoreKind.scores(at: .gut).filter { $0 != .faithPD })
        #expect(reference.genusLineages.count == reference.genera.count)
        let data = try reference.jsonData()
        let read = try GutSkinReference(jsonData: data, file: "fixture.json")
        #expect(read == reference)
        #expect(try read.jsonData() == data)
    }

    @Test func malformedReferencesNameTheFileAndPlace() throws {
        var reference = try ScoringFixtures.reference()
        reference.profiles.removeLast()
        let short = try reference.jsonData()
        #expect(throws: ReferenceError.self) { try GutSkinReference(jsonData: short, file: "short.json") }
        do {
            _ = try GutSkinReference(jsonData: Data(#"{"format":"gutskin-reference","format_version":1}"#.utf8), file: "partial.json")
            Issue.record("accepted a partial reference")
        } catch {
            #expect(error.description.hasPrefix("partial.json: not a gutskin reference: "))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: ReferenceError.unsupportedVersion(file: "new.json", version: 9)) {
            try GutSkinReference(jsonData: Data(#"{"format":"gutskin-reference","format_version":9}"#.utf8), file: "new.json")
        }
    }
}
