import GutSkinKernels
import Testing

@Suite struct BenjaminiHochbergTests {
    /// statsmodels.stats.multitest.multipletests([0.01, 0.04, 0.03, 0.2, 0.04], method='fdr_bh')[1]
    /// (statsmodels in the reference venv).
    @Test func agreesWithStatsmodels() {
        let q = PValueAdjustment.bh.adjust([0.01, 0.04, 0.03, 0.2, 0.04])
        #expect(q == [0.049999999999999996, 0.049999999999999996, 0.049999999999999996, 0.2, 0.049999999999999996])
    }

    /// By hand, m = 4: p·m/rank = 0.04, 0.06, 0.0533…, 0.2; running minimum from the largest.
    @Test func byHand() {
        let q = PValueAdjustment.bh.adjust([0.01, 0.04, 0.03, 0.2])
        #expect(abs(q[0] - 0.04) < 1e-15 && abs(q[1] - 0.16 / 3) < 1e-15 && abs(q[2] - 0.16 / 3) < 1e-15 && q[3] == 0.2)
        #expect(PValueAdjustment.bh.adjust([]) == [])
        #expect(PValueAdjustment.bh.adjust([0.9, 0.95]) == [0.95, 0.95])
        let withNaN = PValueAdjustment.bh.adjust([.nan, 0.02])
        #expect(withNaN[0].isNaN && withNaN[1] == 0.02)
    }
}
