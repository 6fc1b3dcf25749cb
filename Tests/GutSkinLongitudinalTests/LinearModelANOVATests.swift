import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import Testing

/// anova against statsmodels 0.15.0's anova_lm (types I, II, III), golden values from scripts/reference/anova_golden.py.
@Suite struct LinearModelANOVATests {
    @Test func sumsOfSquaresAgreeWithStatsmodels() throws {
        let golden = try LongitudinalGolden.load("anova-statsmodels.json")
        let cases = try #require(golden.object["cases"] as? [[String: Any]])
        let metadata = try MetadataTSV.read(path: LongitudinalGolden.metadataPath)
        #expect(cases.count == 9)
        for entry in cases {
            let formula = try #require(entry["formula"] as? String)
            let typeName = try #require(entry["type"] as? String)
            let type = try #require(SumOfSquaresType(rawValue: typeName))
            let expected = try #require(entry["rows"] as? [[String]])
            let (rows, observations) = try LinearModelANOVA.table(
                metadata: metadata, file: LongitudinalGolden.metadataPath, formula: formula, type: type)
            #expect(observations == metadata.ids.count - 1)
            #expect(rows.map(\.term) == expected.map { $0[0] }, "\(formula) type \(type)")
            for (row, values) in zip(rows, expected) {
                let what = "\(formula) type \(type.rawValue) \(row.term)"
                #expect(row.degreesOfFreedom == (try LongitudinalGolden.number(values[1])), "\(what) df")
                let ss = try LongitudinalGolden.number(values[2])
                #expect(abs(row.sumOfSquares - ss) <= 1e-10 * abs(ss), "\(what) SS \(row.sumOfSquares) vs \(ss)")
                if row.term != "Residual" {
                    let f = try LongitudinalGolden.number(values[3])
                    let p = try LongitudinalGolden.number(values[4])
                    #expect(abs(row.f - f) <= 1e-10 * abs(f), "\(what) F \(row.f) vs \(f)")
                    #expect(abs(row.pValue - p) <= 1e-10 * abs(p), "\(what) p \(row.pValue) vs \(p)")
                } else {
                    #expect(row.f.isNaN && row.pValue.isNaN)
                }
            }
        }
    }
}
