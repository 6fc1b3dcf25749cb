import GutSkinCore
import GutSkinKernels

/// The TSV files q2-longitudinal writes, with the same headers; numbers as Python's `repr`
/// (what pandas' `to_csv` writes), NaN as an empty cell.
public enum LongitudinalTables {
    public static func number(_ value: Double) -> String { value.isNaN ? "" : PythonFloatFormat.repr(value) }

    /// `pairs.tsv`: #SampleID, SubjectID, Difference|Distance, Group.
    public static func pairs(_ comparison: PairwiseComparison, valueName: String) -> String {
        var lines = ["#SampleID\tSubjectID\t\(valueName)\tGroup"]
        for pair in comparison.pairs { lines.append("\(pair.sampleID)\t\(pair.subject)\t\(number(pair.value))\t\(pair.group)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `pairwise_tests.tsv`: Group A, Group B, Mann-Whitney U, P-value, FDR P-value.
    public static func groupTests(_ comparison: PairwiseComparison) -> String {
        let name = comparison.parametric ? "t (two-sample t-test)" : "Mann-Whitney U"
        var lines = ["Group A\tGroup B\t\(name)\tP-value\tFDR P-value"]
        for test in comparison.groupTests {
            let cells = [test.groupA, test.groupB, number(test.statistic), number(test.pValue), number(test.fdrPValue)]
            lines.append(cells.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `paired_difference_tests.tsv`: Group, W (wilcoxon signed-rank test), P-value, FDR P-value.
    public static func pairedTests(_ comparison: PairwiseComparison) -> String {
        let name = comparison.parametric ? "t (one-sample t-test)" : "W (wilcoxon signed-rank test)"
        var lines = ["Group\t\(name)\tP-value\tFDR P-value"]
        for test in comparison.pairedTests {
            lines.append([test.group, number(test.statistic), number(test.pValue), number(test.fdrPValue)].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `kruskal_wallis.tsv`: the across-group test q2-longitudinal shows on its page.
    public static func kruskalWallis(_ result: TestResult, parametric: Bool = false) -> String {
        parametric
            ? "test\tF\tP value\nOne-way ANOVA\t\(number(result.statistic))\t\(number(result.pValue))\n"
            : "test\tH\tP value\nKruskal Wallis test\t\(number(result.statistic))\t\(number(result.pValue))\n"
    }

    /// The first-differences / first-distances series: #SampleID, Difference|Distance.
    public static func firstDifferences(_ result: FirstDifferences) -> String {
        var lines = ["#SampleID\t\(result.valueName)"]
        for row in result.rows { lines.append("\(row.sampleID)\t\(number(row.value))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `model_results.tsv`: the mixed model's table (statsmodels' summary, full precision; blanks where it prints none).
    public static func mixedModel(_ result: MixedModelResult) -> String {
        var lines = ["\tCoef.\tStd.Err.\tz\tP>|z|\t[0.025\t0.975]"]
        for term in result.terms {
            let cells = [term.coefficient, term.standardError, term.z, term.pValue, term.lower, term.upper].map(number)
            lines.append(([term.name] + cells).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `anova.tsv` in statsmodels' `anova_lm` layout: type I has df, sum_sq, mean_sq, F, PR(>F);
    /// types II and III sum_sq, df, F, PR(>F).
    public static func anova(_ rows: [ANOVARow], type: SumOfSquaresType) -> String {
        var lines = [type == .I ? "\tdf\tsum_sq\tmean_sq\tF\tPR(>F)" : "\tsum_sq\tdf\tF\tPR(>F)"]
        for row in rows {
            let cells =
                type == .I
                ? [row.degreesOfFreedom, row.sumOfSquares, row.meanSquare, row.f, row.pValue]
                : [row.sumOfSquares, row.degreesOfFreedom, row.f, row.pValue]
            lines.append(([row.term] + cells.map(number)).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
