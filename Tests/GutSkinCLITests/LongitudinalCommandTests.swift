import Foundation
import TestSupport
import Testing

/// `gutskin longitudinal …` end to end on a small hand-made cohort (values checkable by hand:
/// each subject's week-8 minus week-0 difference is written in the metadata below).
@Suite struct LongitudinalCommandTests {
    /// Two arms, three subjects each, weeks 0 and 8; differences a: +1, +2, +3; b: −1, −2, −4.
    static let metadata = """
        sample-id\tsubject\tarm\tweek\tscore
        a1.0\ta1\ta\t0\t1
        a1.8\ta1\ta\t8\t2
        a2.0\ta2\ta\t0\t1
        a2.8\ta2\ta\t8\t3
        a3.0\ta3\ta\t0\t1
        a3.8\ta3\ta\t8\t4
        b1.0\tb1\tb\t0\t5
        b1.8\tb1\tb\t8\t4
        b2.0\tb2\tb\t0\t5
        b2.8\tb2\tb\t8\t3
        b3.0\tb3\tb\t0\t5
        b3.8\tb3\tb\t8\t1

        """

    @Test func pairwiseDifferencesWritesQ2TablesInAFolder() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        let run = try CommandLineRun([
            "longitudinal", "pairwise-differences", "--metadata", metadata, "--metric", "score", "--state-column", "week",
            "--state-1", "0", "--state-2", "8", "--individual-id-column", "subject", "--group-column", "arm",
            "-o", folder.file("out"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let pairs = try String(contentsOfFile: folder.file("out/pairs.tsv"), encoding: .utf8)
        #expect(pairs.hasPrefix("#SampleID\tSubjectID\tDifference\tGroup\na1.8\ta1\t1.0\ta\n"))
        #expect(pairs.contains("b3.8\tb3\t-4.0\tb\n"))
        // Mann–Whitney U of a's differences over b's: all 3 × 3 comparisons favour a, U = 9 (exact p = 0.1).
        let between = try String(contentsOfFile: folder.file("out/pairwise_tests.tsv"), encoding: .utf8)
        #expect(between.contains("a\tb\t9.0\t0.1\t0.1\n"))
        // Wilcoxon signed-rank of 3 positive differences: W = min(R+, R−) = 0, exact two-sided p = 2/8.
        let paired = try String(contentsOfFile: folder.file("out/paired_difference_tests.tsv"), encoding: .utf8)
        #expect(paired.contains("a\t0.0\t0.25\t0.25\n"))
    }

    @Test func firstDifferencesWritesOneRowPerLaterSample() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        let run = try CommandLineRun([
            "longitudinal", "first-differences", "--metadata", metadata, "--metric", "score", "--state-column", "week",
            "--individual-id-column", "subject", "-o", folder.file("d.tsv"), "--quiet",
        ])
        #expect(run.status == 0 && run.standardError.isEmpty, "\(run.standardError)")
        let text = try String(contentsOfFile: folder.file("d.tsv"), encoding: .utf8)
        #expect(text == "#SampleID\tDifference\na1.8\t1.0\na2.8\t2.0\na3.8\t3.0\nb1.8\t-1.0\nb2.8\t-2.0\nb3.8\t-4.0\n")
    }

    /// One-way ANOVA of score by arm: means 2 and 23/6 over 6 samples each, grand mean 35/12, SS between = 121/12.
    @Test func anovaWritesTheTableOfStatsmodelsAnovaLm() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        let run = try CommandLineRun([
            "longitudinal", "anova", "--metadata", metadata, "--formula", "score ~ arm", "--sstype", "I", "-o", folder.file("a"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = try String(contentsOfFile: folder.file("a/anova.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "\tdf\tsum_sq\tmean_sq\tF\tPR(>F)")
        let arm = try #require(lines.first { $0.hasPrefix("arm\t") }).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(arm[1] == "1.0")
        #expect(abs(try #require(Double(String(arm[2]))) - 121.0 / 12) < 1e-12)
    }

    @Test func volatilityWritesAPageWithTSVsBeside() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        let run = try CommandLineRun([
            "longitudinal", "volatility", "--metadata", metadata, "--metric", "score", "--state-column", "week",
            "--individual-id-column", "subject", "--group-column", "arm", "-o", folder.file("v.html"), "--quiet",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Set(folder.contents).isSuperset(of: ["v.html", "v.tsv", "v-means.tsv"]))
        // Group a's mean at week 8: (2 + 3 + 4) / 3 = 3.
        let means = try String(contentsOfFile: folder.file("v-means.tsv"), encoding: .utf8)
        #expect(means.contains("a\t8.0\t3.0\t3\n"))
    }

    /// Three people's week-0 → week-8 score changes (+1, +2, +3 and −1, −2, −4 above): |change| 95th
    /// percentile of [1, 2, 3, 1, 2, 4] is 3.75 (NumPy's linear rule); a change of 4 is beyond it.
    @Test func usualChangeAndBeforeAfter() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        var scores = "sample\tscore\n"
        for line in Self.metadata.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t")
            scores += "\(cells[0])\t\(cells[4])\n"
        }
        scores += "me.0\t1\nme.8\t5\n"
        let table = folder.write(scores, to: "summary.tsv")
        let usual = try CommandLineRun([
            "longitudinal", "usual-change", table, "--metadata", metadata, "--individual-id-column", "subject",
            "--state-column", "week", "-o", folder.file("usual.tsv"), "--quiet",
        ])
        #expect(usual.status == 0, "\(usual.standardError)")
        #expect(usual.standardOutput.contains("score\t6\t2.0\t3.75\n"))
        let judged = try CommandLineRun([
            "longitudinal", "before-after", table, "--before", "me.0", "--after", "me.8", "--usual", folder.file("usual.tsv"),
        ])
        #expect(judged.status == 0 && judged.standardOutput.contains("\t4.0\t3.75\t6\tchanged beyond usual variation\n"))
    }

    @Test func badInputGetsOneLineNamingFileColumnAndId() throws {
        let folder = TemporaryFolder()
        let replicate = folder.write(Self.metadata + "a1.0b\ta1\ta\t0\t1\n", to: "rep.tsv")
        let textState = folder.write(Self.metadata.replacingOccurrences(of: "b3.8\tb3\tb\t8", with: "b3.8\tb3\tb\tlate"), to: "text.tsv")
        let common = ["--state-column", "week", "--individual-id-column", "subject", "-o", folder.file("x.tsv")]
        let cases: [([String], [String])] = [
            (["--metadata", replicate, "--metric", "score"], ["rep.tsv", "a1", "a1.0b", "week"]),
            (["--metadata", textState, "--metric", "score"], ["text.tsv", "week", "b3.8", "late"]),
            (["--metadata", replicate, "--metric", "shannon"], ["rep.tsv", "shannon"]),
        ]
        for (arguments, words) in cases {
            let run = try CommandLineRun(["longitudinal", "first-differences"] + arguments + common)
            #expect(run.status == 1)
            let lines = run.standardError.split(separator: "\n")
            #expect(lines.count == 1 && words.allSatisfy { lines.first?.contains($0) == true }, "\(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("x.tsv")))
        // A matrix sample without metadata (q2-longitudinal requires the metadata to cover the matrix).
        let matrix = folder.write("\ta1.0\ta1.8\tzz\na1.0\t0\t1\t2\na1.8\t1\t0\t3\nzz\t2\t3\t0\n", to: "dm.tsv")
        let metadata = folder.write(Self.metadata, to: "m.tsv")
        let run = try CommandLineRun(["longitudinal", "first-distances", matrix, "--metadata", metadata] + common)
        #expect(run.status == 1 && run.standardError.contains("dm.tsv") && run.standardError.contains("zz"), "\(run.standardError)")
    }
}

/// `gutskin longitudinal linear-mixed-effects` end to end (numbers are checked against statsmodels in GutSkinLongitudinalTests).
@Suite struct LongitudinalMixedEffectsCommandTests {
    @Test func writesTheModelTableAndSummary() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(LongitudinalCommandTests.metadata, to: "m.tsv")
        let run = try CommandLineRun([
            "longitudinal", "linear-mixed-effects", "--metadata", metadata, "--metric", "score", "--state-column", "week",
            "--individual-id-column", "subject", "--group-columns", "arm", "-o", folder.file("lme"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let table = try String(contentsOfFile: folder.file("lme/model_results.tsv"), encoding: .utf8)
        #expect(table.hasPrefix("\tCoef.\tStd.Err.\tz\tP>|z|\t[0.025\t0.975]\nIntercept\t"))
        #expect(table.contains("\nweek:arm[T.b]\t") && table.contains("\nsubject Var\t"))
        let summary = try String(contentsOfFile: folder.file("lme/model_summary.tsv"), encoding: .utf8)
        #expect(summary.contains("Method:\tREML\n") && summary.contains("No. Groups:\t6\n"))
    }

    /// The dependent variable as a feature of --table: its counts join the metadata (q2-longitudinal's inner join).
    @Test func theMetricCanBeAFeatureOfTheTable() throws {
        let folder = TemporaryFolder()
        let metadata = folder.write(LongitudinalCommandTests.metadata.replacingOccurrences(of: "\tscore", with: "\tother"), to: "m.tsv")
        var table = "#OTU ID"
        let samples = ["a1.0", "a1.8", "a2.0", "a2.8", "a3.0", "a3.8", "b1.0", "b1.8", "b2.0", "b2.8", "b3.0", "b3.8"]
        table += "\t" + samples.joined(separator: "\t") + "\nOTU1\t1\t2\t1\t3\t1\t4\t5\t4\t5\t3\t5\t1\n"
        let tablePath = folder.write(table, to: "t.tsv")
        let fromTable = try CommandLineRun([
            "longitudinal", "linear-mixed-effects", "--metadata", metadata, "--table", tablePath, "--metric", "OTU1",
            "--state-column", "week", "--individual-id-column", "subject", "--group-columns", "arm", "-o", folder.file("t"),
        ])
        let fromMetadata = try CommandLineRun([
            "longitudinal", "linear-mixed-effects", "--metadata", folder.write(LongitudinalCommandTests.metadata, to: "s.tsv"),
            "--metric", "score", "--state-column", "week", "--individual-id-column", "subject", "--group-columns", "arm",
            "-o", folder.file("s"),
        ])
        #expect(fromTable.status == 0 && fromMetadata.status == 0, "\(fromTable.standardError)")
        // The same numbers as the metadata column 'score', which holds the same values.
        let a = try String(contentsOfFile: folder.file("t/model_results.tsv"), encoding: .utf8)
        let b = try String(contentsOfFile: folder.file("s/model_results.tsv"), encoding: .utf8)
        #expect(a == b)
    }

    @Test func aOneLevelGroupIsOneLineNamingFileAndColumn() throws {
        let folder = TemporaryFolder()
        let text = LongitudinalCommandTests.metadata.replacingOccurrences(of: "\tb\t", with: "\ta\t")
        let metadata = folder.write(text, to: "one.tsv")
        let run = try CommandLineRun([
            "longitudinal", "linear-mixed-effects", "--metadata", metadata, "--metric", "score", "--state-column", "week",
            "--individual-id-column", "subject", "--group-columns", "arm", "-o", folder.file("lme"),
        ])
        #expect(run.status == 1)
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(run.standardError.contains("one.tsv") && run.standardError.contains("'arm' has one level"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("lme")))
    }
}
