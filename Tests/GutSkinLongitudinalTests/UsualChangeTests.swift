import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import Testing

/// The before/after yardstick: visit-to-visit changes per person and NumPy's linear percentile
/// (`numpy.percentile([.1, .2, .3, .4, .5], 95)` = 0.48, Hyndman & Fan type 7: 0.4 + 0.8 · 0.1).
@Suite struct UsualChangeTests {
    static let scores = """
        sample\treads\tx\tx_percentile\tlabel
        p1.1\t1000\t1\t50\ta
        p1.2\t1000\t1.1\t52\ta
        p2.1\t1000\t2\t60\ta
        p2.2\t1000\t1.8\t58\ta
        p3.1\t1000\t0\t10\ta
        p3.2\t1000\t0.3\t20\ta
        p4.1\t1000\t1\t50\ta
        p4.2\t1000\t1.4\t55\ta
        p5.1\t1000\t3\t90\ta
        p5.2\t1000\t2.5\t85\ta
        p6.1\t1000\t9\t99\ta
        p7.1\t1000\t1\t50\ta
        p7.1b\t1000\t5\t50\ta
        p7.2\t1000\t1\t50\ta
        me.before\t1000\t1\t50\ta
        me.after\t1000\t1.5\t50\ta
        me.later\t1000\t1.4\t50\ta

        """
    static let metadata = """
        sample-id\tperson\tvisit
        p1.1\tp1\t1
        p1.2\tp1\t2
        p2.1\tp2\t1
        p2.2\tp2\t2
        p3.1\tp3\t1
        p3.2\tp3\t2
        p4.1\tp4\t1
        p4.2\tp4\t2
        p5.1\tp5\t1
        p5.2\tp5\t2
        p6.1\tp6\t1
        p7.1\tp7\t1
        p7.1b\tp7\t1
        p7.2\tp7\t2

        """

    @Test func changesPerPersonAndTheirPercentiles() throws {
        let table = try ScoreTable.parse(text: Self.scores, file: "s.tsv")
        #expect(table.scoreNames == ["x"])  // reads, percentiles and text columns are not scores
        let usual = try UsualChange(
            table: table, metadata: try MetadataTSV.parse(text: Self.metadata, file: "m.tsv"), file: "m.tsv",
            individualColumn: "person", stateColumn: "visit")
        let score = try #require(usual.scores.first)
        // p6 has one visit, p7 two samples at visit 1: five people.
        #expect(score.people == 5)
        #expect(abs(score.bound - 0.48) < 1e-12 && abs(score.medianAbsoluteChange - 0.3) < 1e-12)
        let judged = try UsualChange.judge(bounds: usual.bounds, table: table, before: "me.before", after: "me.after", file: "s.tsv")
        #expect(judged.first?.verdict == "changed beyond usual variation")
        let within = try UsualChange.judge(bounds: usual.bounds, table: table, before: "me.before", after: "me.later", file: "s.tsv")
        #expect(within.first?.verdict == "within usual variation")
        let reread = try UsualChange.bounds(tsv: usual.tsv(), file: "u.tsv")
        #expect(reread == usual.bounds)
    }
}
