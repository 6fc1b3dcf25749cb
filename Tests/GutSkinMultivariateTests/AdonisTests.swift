import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinMultivariate
import TestSupport
import Testing

/// adonis against vegan's adonis2 (golden values from `scripts/reference/adonis_golden.R`).
@Suite struct AdonisTests {
    static func golden() throws -> [String: Any] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/adonis-pgp-braycurtis.json.gz").path
        return try #require(try JSONSerialization.jsonObject(with: InputFile.read(path)) as? [String: Any])
    }

    static func agrees(_ computed: Double, _ expected: Double) -> Bool {
        abs(computed - expected) <= 1e-10 * max(1, abs(expected))
    }

    static func number(_ value: Any?) throws -> Double? {
        guard let text = value as? String else { return nil }
        return try #require(Double(text))
    }

    @Test func formulas() throws {
        #expect(try AdonisFormula(parsing: "a + b").terms.map(\.name) == ["a", "b"])
        #expect(try AdonisFormula(parsing: "dist ~ a * b").terms.map(\.name) == ["a", "b", "a:b"])
        #expect(try AdonisFormula(parsing: "a*b*c").terms.map(\.name) == ["a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"])
        #expect(try AdonisFormula(parsing: "`Sex/Gender` + a:b").terms.map(\.name) == ["Sex/Gender", "a:b"])
        #expect(try AdonisFormula(parsing: "a + b + a").terms.count == 2)
        #expect(throws: AdonisError.self) { try AdonisFormula(parsing: "a + ") }
        #expect(throws: AdonisError.self) { try AdonisFormula(parsing: "log(a)") }
        #expect(throws: AdonisError.self) { try AdonisFormula(parsing: "`a + b") }
    }

    /// One factor: adonis is PERMANOVA, so SS_A, SS_W and F follow the hand-worked values of the
    /// 6-sample case (SS_T = 44.5, SS_W = 23/3, F = 442/23).
    @Test func oneFactorIsPermanova() throws {
        let matrix = try DistanceMatrix(
            ids: ["a", "b", "c", "d", "e", "f"], condensed: [1, 4, 5, 6, 2, 3, 5, 6, 3, 2, 2, 5, 1, 6, 6] as [Double])
        let result = try adonis(
            matrix, formula: AdonisFormula(parsing: "g"), variables: ["g": .categorical(["x", "x", "y", "y", "y", "x"])],
            permutations: 0)
        #expect(result.rows.map(\.term) == ["g", "Residual", "Total"])
        #expect(Self.agrees(result.rows[0].sumOfSquares, 44.5 - 23.0 / 3))
        #expect(Self.agrees(result.rows[1].sumOfSquares, 23.0 / 3))
        #expect(Self.agrees(result.rows[2].sumOfSquares, 44.5))
        #expect(Self.agrees(try #require(result.rows[0].pseudoF), 442.0 / 23))
        #expect(result.rows.map(\.degreesOfFreedom) == [1, 4, 5])
        let f = try #require(result.rows[0].pseudoF)
        let permanovaF = try permanova(matrix, grouping: ["x", "x", "y", "y", "y", "x"], permutations: 0).testStatistic
        #expect(Self.agrees(f, permanovaF))
    }

    @Test func agreesWithVegan() throws {
        guard let path = SharedData.path("pgp.biom") else { return }
        let golden = try Self.golden()
        #expect((golden["tool"] as? String)?.hasPrefix("vegan") == true)
        let table = try FeatureTableFile.read(path: path)
        let condensed = try BrayCurtisKernel(table).distances(for: .all(table.sampleCount), threads: 2, progress: nil)
        let samples = try #require(golden["samples"] as? [String])
        let matrix = try DistanceMatrix(ids: table.sampleIDs, condensed: condensed).filtered(to: samples)
        let variables: [String: AdonisVariable] = [
            "body_site": .categorical(try #require(golden["body_site"] as? [String])),
            "sex": .categorical(try #require(golden["sex"] as? [String])),
            "depth": .numeric(try #require(golden["depth"] as? [Double])),
        ]
        let models = try #require(golden["models"] as? [[String: Any]])
        #expect(models.count == 4)
        for model in models {
            let formula = try #require(model["formula"] as? String)
            let result = try adonis(matrix, formula: AdonisFormula(parsing: formula), variables: variables, permutations: 0)
            let rows = try #require(model["rows"] as? [[String: Any]])
            #expect(result.rows.count == rows.count, "\(formula)")
            for (row, expected) in zip(result.rows, rows) {
                #expect(row.term == expected["term"] as? String, "\(formula)")
                #expect(Double(row.degreesOfFreedom) == (try Self.number(expected["df"])), "\(formula) \(row.term)")
                let ss = try #require(try Self.number(expected["sum_of_squares"]))
                let r2 = try #require(try Self.number(expected["r_squared"]))
                #expect(Self.agrees(row.sumOfSquares, ss), "\(formula) \(row.term) SS \(row.sumOfSquares) vs \(ss)")
                #expect(Self.agrees(row.rSquared, r2), "\(formula) \(row.term) R² \(row.rSquared) vs \(r2)")
                if let f = try Self.number(expected["F"]) {
                    let computed = try #require(row.pseudoF)
                    #expect(Self.agrees(computed, f), "\(formula) \(row.term) F \(computed) vs \(f)")
                } else {
                    #expect(row.pseudoF == nil)
                }
            }
        }
    }

    @Test func pValuesReproducibleAcrossThreads() throws {
        let n = 12
        let ids = (0..<n).map { "s\($0)" }
        var values = [Double]()
        for i in 0..<n { for j in (i + 1)..<n { values.append(Double((i * 5 + j * 7) % 13 + 1) + (i % 2 == j % 2 ? 0 : 3)) } }
        let matrix = try DistanceMatrix(ids: ids, condensed: values)
        let variables: [String: AdonisVariable] = [
            "g": .categorical((0..<n).map { $0 % 2 == 0 ? "even" : "odd" }),
            "x": .numeric((0..<n).map { Double($0 * $0 % 7) }),
        ]
        let formula = try AdonisFormula(parsing: "g + x")
        let one = try adonis(matrix, formula: formula, variables: variables, permutations: 99, seed: 9, threads: 1)
        let three = try adonis(matrix, formula: formula, variables: variables, permutations: 99, seed: 9, threads: 3)
        #expect(one == three)
        #expect((try #require(one.rows[0].pValue)) < 0.05)
        #expect(one.rows[2].pValue == nil && one.rows[3].pValue == nil)
    }

    @Test func aliasedColumnsAndBadInput() throws {
        let matrix = try DistanceMatrix(
            ids: ["a", "b", "c", "d", "e", "f"], condensed: [1, 4, 5, 6, 2, 3, 5, 6, 3, 2, 2, 5, 1, 6, 6] as [Double])
        let g = AdonisVariable.categorical(["x", "x", "y", "y", "y", "x"])
        // h repeats g under other names: wholly aliased, df 0, no F.
        let h = AdonisVariable.categorical(["p", "p", "q", "q", "q", "p"])
        let result = try adonis(matrix, formula: AdonisFormula(parsing: "g + h"), variables: ["g": g, "h": h], permutations: 0)
        #expect(result.rows[1].degreesOfFreedom == 0 && result.rows[1].pseudoF == nil)
        #expect(abs(result.rows[1].sumOfSquares) < 1e-12)
        #expect(throws: AdonisError.unknownColumn("z")) {
            try adonis(matrix, formula: AdonisFormula(parsing: "z"), variables: ["g": g])
        }
        #expect(throws: AdonisError.columnLength("g", values: 2, samples: 6)) {
            try adonis(matrix, formula: AdonisFormula(parsing: "g"), variables: ["g": .categorical(["a", "b"])])
        }
        let unique = AdonisVariable.categorical(["1", "2", "3", "4", "5", "6"])
        #expect(throws: AdonisError.self) { try adonis(matrix, formula: AdonisFormula(parsing: "u"), variables: ["u": unique]) }
    }
}
