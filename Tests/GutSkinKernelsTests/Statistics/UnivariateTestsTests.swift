import Testing

@testable import GutSkinKernels

private func alternative(_ entry: [String: Any]) throws -> Alternative {
    try #require(Alternative(rawValue: try entry.text("alternative")))
}

/// The rank, correlation, contingency and multiple-testing functions against SciPy 1.17.
@Suite struct UnivariateTestsTests {
    @Test func mannWhitneyMatchesSciPy() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("mwu").enumerated() {
            let result = try mannWhitneyU(try entry.numbers("x"), try entry.numbers("y"), alternative: try alternative(entry))
            agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) U")
            agreement.compare(result.pValue, try entry.number("p"), "case \(index) p")
        }
        agreement.check("mannwhitneyu vs SciPy")
    }

    @Test func kruskalMatchesSciPy() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("kruskal").enumerated() {
            let groups = try #require(entry["groups"] as? [[String]]).map { $0.compactMap(Double.init) }
            let result = try kruskalWallis(groups)
            agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) H")
            agreement.compare(result.pValue, try entry.number("p"), "case \(index) p")
        }
        agreement.check("kruskal vs SciPy")
    }

    @Test func wilcoxonMatchesSciPy() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("wilcoxon").enumerated() {
            let zeroMethod = try #require(WilcoxonZeroMethod(rawValue: entry["zero_method"] as? String ?? "wilcox"))
            let result = try wilcoxonSignedRank(
                try entry.numbers("x"), try entry.numbers("y"), alternative: try alternative(entry),
                zeroMethod: zeroMethod, correction: entry["correction"] as? Bool ?? false)
            agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) W")
            agreement.compare(result.pValue, try entry.number("p"), "case \(index) p")
        }
        agreement.check("wilcoxon vs SciPy")
    }

    @Test func correlationsMatchSciPy() throws {
        for (name, function) in [("pearson", pearson), ("spearman", spearman)]
            as [(String, ([Double], [Double]) throws(StatisticsError) -> TestResult)]
        {
            var agreement = PValueAgreement()
            for (index, entry) in try UnivariateGolden.cases(name).enumerated() {
                let result = try function(try entry.numbers("x"), try entry.numbers("y"))
                agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) r")
                agreement.compare(result.pValue, try entry.number("p"), "case \(index) p")
            }
            agreement.check("\(name) vs SciPy")
        }
    }

    @Test func fisherMatchesSciPy() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("fisher").enumerated() {
            let table = try #require(entry["table"] as? [[Int]])
            let result = try fisherExact(table, alternative: try alternative(entry))
            agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) \(table) OR")
            agreement.compare(result.pValue, try entry.number("p"), "case \(index) \(table) p")
        }
        agreement.check("fisher_exact vs SciPy")
    }

    @Test func welchMatchesSciPy() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("ttest").enumerated() {
            let result = welchT(try entry.numbers("x"), try entry.numbers("y"))
            agreement.compare(result.statistic, try entry.number("statistic"), "case \(index) t")
            agreement.compare(result.pValue, try entry.number("p"), "case \(index) p")
        }
        agreement.check("ttest_ind(equal_var=False) vs SciPy")
    }

    @Test func benjaminiHochbergMatchesFdrBH() throws {
        var agreement = PValueAgreement()
        for (index, entry) in try UnivariateGolden.cases("bh").enumerated() {
            let q = PValueAdjustment.bh.adjust(try entry.numbers("p"))
            for (computed, expected) in zip(q, try entry.numbers("q")) { agreement.compare(computed, expected, "case \(index)") }
        }
        agreement.check("fdr_bh vs SciPy")
    }

    @Test func bonferroniByHand() {
        let adjusted = PValueAdjustment.bonferroni.adjust([0.01, .nan, 0.2, 0.5])
        #expect(adjusted[0] == 0.03 && adjusted[1].isNaN && adjusted[2] == 0.6000000000000001 && adjusted[3] == 1)
    }

    @Test func effectSizesByHand() {
        // x = [1, 2, 3], y = [2, 4]: pairs (1,2)<,(1,4)<,(2,2)=,(2,4)<,(3,2)>,(3,4)< → δ = (1 − 4)/6.
        #expect(EffectSize.cliffsDelta([1, 2, 3], [2, 4]) == -0.5)
        // U₁ = 1.5 (one win, one tie): r = 1 − 2·1.5/6 = 0.5 = −δ.
        #expect(EffectSize.rankBiserial([1, 2, 3], [2, 4]) == 0.5)
        #expect(EffectSize.cliffsDelta([], [1]).isNaN)
    }

    @Test func badInputThrowsWithMessages() {
        #expect(throws: StatisticsError.self) { try mannWhitneyU([], [1]) }
        #expect(throws: StatisticsError.self) { try mannWhitneyU([.nan], [1]) }
        #expect(throws: StatisticsError.self) { try wilcoxonSignedRank([1, 2], [1]) }
        #expect(throws: StatisticsError.self) { try kruskalWallis([[1, 2]]) }
        #expect(throws: StatisticsError.self) { try fisherExact([[1, -1], [2, 3]]) }
        #expect(throws: StatisticsError.self) { try pearson([1], [2]) }
        #expect((try? pearson([1, 1, 1], [1, 2, 3]))?.pValue.isNaN == true)
    }
}
