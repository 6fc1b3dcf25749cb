import Foundation
import GutSkinAxis

/// The files `gutskin axis` writes into its output folder: name → content. README.txt says
/// what each holds; every table that reports a test has `p_value` and `q_value` columns.
public enum AxisOutputFiles {
    /// The first line of README.txt: marks a folder as gutskin axis output, so a later run may replace it.
    public static let marker = "gutskin axis output"

    static func tsv<Row: TabularRow>(_ rows: [Row]) -> String {
        ([Row.header] + rows.map(\.cells)).map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    private static func clean(_ cell: String) -> String {
        String(cell.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    public static func files(_ result: CohortAnalysisResult, commandLine: String, version: String) -> [(name: String, content: String)] {
        var files = [(name: String, content: String)]()
        files.append(("samples.tsv", samplesTable(result)))
        files.append(("per-person.tsv", perPersonTable(result)))
        files.append(("alpha-tests.tsv", tsv(result.alphaTests)))
        files.append(("beta-tests.tsv", tsv(result.betaTests)))
        files.append(("differential-genera.tsv", tsv(result.differential)))
        files.append(("score-tests.tsv", tsv(result.scoreTests)))
        files.append(("links-alpha.tsv", tsv(result.linkAlpha)))
        files.append(("links-beta.tsv", tsv(result.linkBeta)))
        files.append(("links-genera.tsv", tsv(result.linkGenera)))
        files.append(("covariate-tests.tsv", tsv(result.covariateTests)))
        for group in groupingFiles(result) { files.append(group) }
        files.append(("index.html", AxisReportPage.render(result, commandLine: commandLine, version: version)))
        files.append(("README.txt", readme(result, commandLine: commandLine, version: version)))
        return files
    }

    /// A site or condition as part of a file name: letters, digits, '-', '_' and '.' kept, others '_'.
    static func fileNamePart(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    }

    /// The grouping file of a condition at a site (QIIME 2 metadata: sample ids, `group` case or control).
    static func groupingName(condition: String, site: String) -> String {
        "groups/\(fileNamePart(condition))-\(fileNamePart(site)).tsv"
    }

    /// One grouping file per condition × site, the cases and controls compared (in the order tested).
    static func groupingFiles(_ result: CohortAnalysisResult) -> [(name: String, content: String)] {
        var files = [(name: String, content: String)]()
        for condition in result.design.conditions {
            for profile in result.profiles {
                let (cases, controls) = profile.groups(for: condition)
                var lines = ["sample-id\tgroup", "#q2:types\tcategorical"]
                for index in cases { lines.append(clean(profile.sampleIDs[index]) + "\tcase") }
                for index in controls { lines.append(clean(profile.sampleIDs[index]) + "\tcontrol") }
                files.append((groupingName(condition: condition, site: profile.site.value), lines.joined(separator: "\n") + "\n"))
            }
        }
        return files
    }

    /// README.txt's reproduction recipe: the single gutskin commands that give the main numbers from rarefied.biom.
    static func reproduction(_ result: CohortAnalysisResult) -> String {
        let s = result.settings
        var lines = [
            "Reproducing the numbers: rarefied.biom is the rarefied table of the chosen samples (one per person",
            "and site, rarefied to \(s.depth) reads, seed \(s.seed)), so no further rarefaction is needed;",
            "groups/<condition>-<site>.tsv (one per condition × site) is QIIME 2 metadata with the sample ids",
            "compared and group = case or control. From this folder:",
            "  gutskin alpha rarefied.biom --metric shannon -o alpha.tsv    # per-person.tsv's values, by sample id",
        ]
        if let condition = result.design.conditions.first, let profile = result.profiles.first {
            let grouping = groupingName(condition: condition, site: profile.site.value)
            let stem = fileNamePart(condition) + "-" + fileNamePart(profile.site.value)
            lines += [
                "  gutskin filter rarefied.biom --metadata \(grouping) --where group=case --where group=control -o \(stem).biom",
                "  gutskin beta \(stem).biom --metric braycurtis -o \(stem)-braycurtis.tsv",
                "  gutskin permanova \(stem)-braycurtis.tsv --metadata \(grouping) --column group --permutations \(s.permutations) --seed \(s.seed)",
                "  gutskin permdisp \(stem)-braycurtis.tsv --metadata \(grouping) --column group --permutations \(s.permutations) --seed \(s.seed)",
                "(the same for every groups/ file; UniFrac: --metric unweighted_unifrac or weighted_unnormalized_unifrac",
                "with --tree). The statistics (alpha values, pseudo-F, F) are equal to beta-tests.tsv's. Permutation",
                "p-values depend on the order of the samples in the distance matrix: gutskin axis orders cases before",
                "controls, gutskin beta keeps table order, so with the same seed the p-values can differ (within",
                "permutation error).",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// Every sample of the table: its person, site, reads and whether it was used (or why not).
    static func samplesTable(_ result: CohortAnalysisResult) -> String {
        var lines = [["sample", "subject", "site", "reads", "status"].joined(separator: "\t")]
        for sample in result.design.samples {
            lines.append(
                [sample.id, sample.subject ?? "", sample.site ?? "", tsvNumber(sample.reads), sample.fate.reason].map(clean).joined(
                    separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per person and site: the chosen sample, the status, alpha diversity and scores.
    static func perPersonTable(_ result: CohortAnalysisResult) -> String {
        let alphaNames = Array(Set(result.profiles.flatMap { $0.alpha.map(\.metric.rawValue) })).sorted()
        let scoreNames = Array(Set(result.profiles.flatMap { $0.scores.map(\.name) })).sorted()
        var lines = [(["subject", "site", "sample", "status"] + alphaNames + scoreNames).joined(separator: "\t")]
        for profile in result.profiles {
            for person in 0..<profile.count {
                let status: String
                switch profile.status[person] {
                case .control: status = "control"
                case .unknown: status = "unknown"
                case .cases(let names): status = names.sorted().joined(separator: ";")
                }
                var cells = [profile.subjects[person], profile.site.value, profile.sampleIDs[person], status]
                for name in alphaNames {
                    cells.append(tsvNumber(profile.alpha.first { $0.metric.rawValue == name }?.values[person] ?? .nan))
                }
                for name in scoreNames { cells.append(tsvNumber(profile.scores.first { $0.name == name }?.values[person] ?? .nan)) }
                lines.append(cells.map(clean).joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per site: controls, cases and unknown people, and the rule that tells them apart.
    static func statusSummary(_ design: CohortDesign) -> String {
        var lines = ["Who is a case, a control or unknown: \(design.statusRule)."]
        if let inferred = design.inferredConditions {
            lines.append(
                "No --condition was named; conditions taken from the column: "
                    + inferred.map { "\($0.value) (\($0.people) people)" }.joined(separator: ", ") + ".")
        }
        for index in design.sites.indices {
            let counts = design.statusCounts(site: index)
            lines.append(
                "  \(design.sites[index].value): \(counts.controls) controls, \(counts.cases) cases (any condition), \(counts.unknown) unknown"
            )
        }
        return lines.joined(separator: "\n")
    }

    static func readme(_ result: CohortAnalysisResult, commandLine: String, version: String) -> String {
        let s = result.settings
        return """
            \(marker) (gutskin \(version))
            Command: \(commandLine)

            One sample stands for each person at each site: the deepest (most reads before rarefaction;
            ties: first in table order) among those with at least \(s.depth) reads. Samples were rarefied
            to \(s.depth) reads (seed \(s.seed)); features collapsed to genus after rarefaction. Controls are
            people with none of the named conditions; a comparison with fewer than \(s.minimumGroupSize)
            people in a group is reported as "too few" with no p-value. Permutation tests use \(s.permutations)
            permutations, seed \(s.seed); p = (as extreme + 1) / (permutations + 1).
            q_value (Benjamini–Hochberg; rows without a p-value stay out), the family per file:
              alpha-tests.tsv, score-tests.tsv, links-alpha.tsv, links-beta.tsv, covariate-tests.tsv:
                every row of the file with a p-value
              beta-tests.tsv: per test type — PERMANOVA, PERMDISP and adonis rows are separate families
              differential-genera.tsv: per condition, site and method
              links-genera.tsv: per gut site × skin site

            \(statusSummary(result.design))

            \(reproduction(result))

            index.html              the report: cohort, one section per condition, gut–skin links, diet panel
            rarefied.biom           the rarefied table of the chosen samples (BIOM 2.1)
            groups/                 one grouping file per condition × site (QIIME 2 metadata: sample-id, group)
            samples.tsv             every sample of the table: subject, site, reads, used or why not
            per-person.tsv          per person and site: chosen sample, status (control, unknown or the
                                    conditions), alpha diversity and scores
            alpha-tests.tsv         Shannon, observed features, Faith's PD: cases vs controls per condition
                                    and site; Mann–Whitney U (SciPy's mannwhitneyu, two-sided), rank-biserial r
                                    (positive: higher in cases)
            beta-tests.tsv          Bray–Curtis, unweighted and weighted (unnormalized, QIIME 2's weighted_unifrac)
                                    UniFrac: PERMANOVA pseudo-F (with R²), PERMDISP F (spatial median), and with
                                    --covariate the condition's term of adonis (covariates first, sequential SS)
            differential-genera.tsv genera present in at least \(Int(s.differentialPrevalence * 100))% of the tested people: ANCOM-BC
                                    (pseudocount 1, BH; log_fold_change natural log, log_base e, statistic W) and the
                                    ALDEx2-style method (\(s.aldexInstances) Monte Carlo instances; log_fold_change median base-2
                                    CLR difference, log_base 2 as ALDEx2 reports it (multiply by ln 2 ≈ 0.6931 for the
                                    natural log), statistic effect size; p/q expected Welch values).
                                    Every condition × site has rows: a comparison not run (too few, or the method
                                    failed) is one row per method with no genus and the reason in note
            score-tests.tsv         per-person scores, cases vs controls (Mann–Whitney): dysbiosis = median
                                    Bray–Curtis distance to the site's controls (this cohort); the others are
                                    the per-person report's scores against the built-in healthy HMP references
                                    (dysbiosis_score, md_index, *_producers, proteobacteria, enterobacteriaceae,
                                    mucin_degraders at gut sites; staphylococcus, cutibacterium, corynebacterium,
                                    skin_atypicality at skin sites); shares of reads are fractions 0–1, also in
                                    per-person.tsv
            links-alpha.tsv         gut vs skin alpha diversity of the same people (Spearman)
            links-beta.tsv          gut vs skin distance matrices of the same people: Mantel r (Pearson) and
                                    Procrustes on the first \(s.procrustesDimensions) PCoA axes (correlation = √(1 − disparity),
                                    disparity as scipy.spatial.procrustes; PROTEST p as vegan)
            links-genera.tsv        every gut genus × skin genus present in at least \(Int(s.linkPrevalence * 100))% of the paired
                                    people: Spearman on CLR values (pseudocount 1), BH q, and permutation_p_value from
                                    shuffling which skin sample belongs to which person
            covariate-tests.tsv     each --covariate against gut alpha diversity and butyrate-producer share:
                                    Spearman (numeric), Mann–Whitney or Kruskal–Wallis (categorical; levels with
                                    fewer than \(s.minimumGroupSize) people left out)

            """
    }
}
