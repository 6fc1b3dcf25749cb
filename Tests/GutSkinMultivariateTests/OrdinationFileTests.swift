import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinMultivariate
import TestSupport
import Testing

/// The ordination text format against the text scikit-bio's `OrdinationResults.write` produces.
@Suite struct OrdinationFileTests {
    @Test func textMatchesScikitBio() throws {
        let golden = try OrdinationGolden.load("ordination-small.json.gz")
        let cases = try golden.sub("cases")
        // Values differ from scikit-bio's in the last bits (the centring sums in another order), so
        // the layout is compared line by line and the numbers to 1e-12 through the reader.
        for name in ["euclidean3", "negative4"] {
            let expected = try cases.sub(name)
            let text = try #require(expected.object["ordination_text"] as? String)
            let written = OrdinationFile.string(try PrincipalCoordinates(expected.matrix()).ordinationResults)
            let reference = try OrdinationFile.parse(text: text, file: "golden")
            let ours = try OrdinationFile.parse(text: written, file: "ours")
            var values = Deviation()
            var proportions = Deviation()
            var coordinates = Deviation()
            values.compare(ours.eigenvalues, reference.eigenvalues)
            proportions.compare(try #require(ours.proportionExplained), try #require(reference.proportionExplained))
            let oursSamples = try #require(ours.samples)
            let referenceSamples = try #require(reference.samples)
            coordinates.compareUpToSign(oursSamples.values, referenceSamples.values, axes: referenceSamples.columnCount)
            #expect(values.absolute < 1e-12 && proportions.absolute < 1e-12 && coordinates.absolute < 1e-12, "\(name)")
            #expect(oursSamples.ids == referenceSamples.ids)
            let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
            let goldenLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == goldenLines.count, "\(name)")
            for (line, goldenLine) in zip(lines, goldenLines) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                let goldenFields = goldenLine.split(separator: "\t", omittingEmptySubsequences: false)
                #expect(fields.count == goldenFields.count, "\(name): '\(line)' vs '\(goldenLine)'")
                if Double(goldenFields[0]) == nil { #expect(fields[0] == goldenFields[0]) }
            }
        }
    }

    @Test func roundTripsThroughTextAndArtifact() throws {
        let results = OrdinationResults(
            shortMethodName: "PCoA", longMethodName: "Principal Coordinate Analysis", eigenvalues: [2.5, 1e-05, 0],
            proportionExplained: [0.7, 0.3, 0],
            samples: OrdinationTable(ids: ["s1", "s2"], rowCount: 2, columnCount: 3, values: [1, -0.5, 0, -1e20, 0.25, -0.0]),
            biplotScores: OrdinationTable(ids: nil, rowCount: 1, columnCount: 3, values: [0.1, 0.2, 0.3]))
        let text = OrdinationFile.string(results)
        #expect(
            text.hasPrefix(
                "Eigvals\t3\n2.5\t1e-05\t0.0\n\nProportion explained\t3\n0.7\t0.3\t0.0\n\nSpecies\t0\t0\n\nSite\t2\t3\ns1\t1.0\t-0.5\t0.0\ns2\t-1e+20\t0.25\t-0.0\n\nBiplot\t1\t3\n0.1\t0.2\t0.3\n\nSite constraints\t0\t0\n"
            ))
        let folder = TemporaryFolder()
        for name in ["o.txt", "o.qza"] {
            try OrdinationFile.write(results, to: folder.file(name))
            let back = try OrdinationFile.read(path: folder.file(name))
            #expect(back.eigenvalues == results.eigenvalues)
            #expect(back.samples == results.samples)
            #expect(back.biplotScores == results.biplotScores)
        }
        #expect(try QIIME2Artifact.semanticType(path: folder.file("o.qza")) == "PCoAResults")
    }

    @Test func malformedTextNamesTheLine() {
        #expect(throws: FileError.self) { try OrdinationFile.parse(text: "Eigvals\t2\n1.0\tx\n", file: "bad.txt") }
        do {
            _ = try OrdinationFile.parse(text: "Eigvals\t2\n1.0\n", file: "bad.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("bad.txt: line 2"))
        }
    }
}
