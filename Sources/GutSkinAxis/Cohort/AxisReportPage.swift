import Foundation
import GutSkinKernels

/// The cohort report (`index.html`): one self-contained page with the cohort summary, a section
/// per condition (box plots, PCoA by group, volcano plot, tables with n, p and q), the gut–skin
/// links (heat map) and the diet panel.
public enum AxisReportPage {
    static let caseColour = Palette.person, controlColour = Palette.reference

    public static func render(_ result: CohortAnalysisResult, commandLine: String, version: String) -> String {
        var body = "<h1>Gut–skin axis: cohort analysis</h1>\n"
        body += "<p class=\"muted\">gutskin \(esc(version)) · <code>\(esc(commandLine))</code></p>\n"
        body += cohortSection(result)
        for condition in result.design.conditions { body += conditionSection(condition, result) }
        if result.design.conditions.isEmpty {
            body += "<h2>Conditions</h2><p>No conditions were named, so there are no case–control comparisons; the per-site measures are in per-person.tsv.</p>\n"
        }
        body += linksSection(result)
        body += covariateSection(result)
        body += methodsSection(result)
        return HTMLPage.render(title: "Gut–skin axis cohort analysis", body: body)
    }

    static func esc(_ text: String) -> String { HTMLText.escape(text) }
    static func num(_ value: Double, _ decimals: Int = 3) -> String { HTMLText.number(value, decimals: decimals) }
    static func p(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value < 0.001 ? String(format: "%.1e", value) : HTMLText.number(value, decimals: 3)
    }

    /// `wide`: a table with many columns — smaller type and wrapping text cells, so p and q stay in
    /// view at laptop widths; it still scrolls sideways on narrow screens.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], wide: Bool = false) -> String {
        var html = "<div class=\"table-scroll\(wide ? " wide" : "")\"><table><thead><tr>"
        for (index, cell) in header.enumerated() { html += "<th\(numeric.contains(index) ? " class=\"number\"" : "")>\(esc(cell))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() { html += "<td\(numeric.contains(index) ? " class=\"number\"" : "")>\(esc(cell))</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table></div>\n"
    }

    // MARK: Cohort

    static func cohortSection(_ result: CohortAnalysisResult) -> String {
        let design = result.design
        var html = "<h2>Cohort</h2>\n<div class=\"summary\"><p>"
        html += "\(design.subjects.count) people; "
        html += design.sites.indices.map { "\(design.chosen[$0].count) at \(esc(design.sites[$0].value)) (\(design.sites[$0].role.rawValue))" }.joined(separator: ", ")
        let guts = design.sites.indices.filter { design.sites[$0].role == .gut }, skins = design.sites.indices.filter { design.sites[$0].role == .skin }
        var paired = Set<String>()
        for g in guts { for s in skins { paired.formUnion(design.pairedSubjects(g, s)) } }
        html += ". \(paired.count) people have both a gut and a skin sample (paired). "
        html += "Samples rarefied to \(result.settings.depth) reads, seed \(result.settings.seed), \(result.settings.permutations) permutations.</p>"
        html += "<p class=\"note\">One sample per person and site: the deepest (ties: first in table order). Controls are people with none of the named conditions; comparisons with fewer than \(result.settings.minimumGroupSize) people per group are reported as “too few”.</p></div>\n"
        html += "<h3>Controls, cases and unknown people per site</h3>\n"
        html += table(["site", "controls", "cases (any condition)", "unknown (neither)"],
                      design.sites.indices.map { index in
                          let counts = design.statusCounts(site: index)
                          return [design.sites[index].value, "\(counts.controls)", "\(counts.cases)", "\(counts.unknown)"]
                      }, numeric: [1, 2, 3])
        html += "<p class=\"note\">Rule: \(esc(design.statusRule)).</p>\n"
        if let inferred = design.inferredConditions {
            html += "<p>No --condition was named, so every non-missing answer other than the control's is a condition: "
            html += inferred.map { "\(esc($0.value)) (\($0.people) people)" }.joined(separator: ", ") + ".</p>\n"
        }
        if !design.conditions.isEmpty {
            var rows = [[String]]()
            for condition in design.conditions {
                var row = [condition]
                for profile in result.profiles {
                    let (cases, controls) = profile.groups(for: condition)
                    row.append("\(cases.count) / \(controls.count)")
                }
                rows.append(row)
            }
            html += "<h3>Cases / controls per site</h3>\n"
            html += table(["condition"] + result.profiles.map(\.site.value), rows)
        }
        let dropped = design.samples.filter { $0.fate.isDropped }
        let otherSite = design.samples.filter { $0.fate == .otherSite }.count
        html += "<p>\(dropped.count) samples not used\(otherSite > 0 ? " (and \(otherSite) from other sites)" : ""); every sample and its fate are in samples.tsv.</p>\n"
        if !dropped.isEmpty {
            html += "<details><summary>Samples not used, with the reason</summary>"
            html += table(["sample", "subject", "site", "reads", "reason"], dropped.map { [$0.id, $0.subject ?? "", $0.site ?? "", num($0.reads, 0), $0.fate.reason] }, numeric: [3])
            html += "</details>\n"
        }
        for note in result.notes { html += "<p class=\"warning\">\(esc(note))</p>\n" }
        return html
    }

    // MARK: Conditions

    static func groupRows(_ rows: [GroupTestRow]) -> [[String]] {
        rows.map { [$0.measure, "\($0.caseCount)", "\($0.controlCount)", num($0.caseMedian), num($0.controlMedian),
                    $0.note.isEmpty ? num($0.effect, 2) : "–", $0.note.isEmpty ? p($0.pValue) : $0.note, p($0.qValue)] }
    }

    static func conditionSection(_ condition: String, _ result: CohortAnalysisResult) -> String {
        var html = "<h2>\(esc(condition))</h2>\n"
        for profile in result.profiles {
            let site = profile.site.value
            let (cases, controls) = profile.groups(for: condition)
            html += "<h3>\(esc(condition)) at \(esc(site)): \(cases.count) cases, \(controls.count) controls</h3>\n"
            if cases.count < result.settings.minimumGroupSize || controls.count < result.settings.minimumGroupSize {
                html += "<p class=\"warning\">Too few people to test (fewer than \(result.settings.minimumGroupSize) per group): measures are described, no p-values are given.</p>\n"
            }
            // Alpha box plots.
            html += "<figure>"
            for (metric, values) in profile.alpha {
                let plot = BoxPlot(title: metric.rawValue, yLabel: metric.rawValue, groups: [
                    .init(label: "cases", values: cases.map { values[$0] }, colour: caseColour),
                    .init(label: "controls", values: controls.map { values[$0] }, colour: controlColour),
                ])
                html += "<div style=\"display:inline-block;width:32%;min-width:220px\">\(plot.render())</div>"
            }
            html += "<figcaption>Alpha diversity of cases and controls (one sample per person).</figcaption></figure>\n"
            let alphaRows = result.alphaTests.filter { $0.condition == condition && $0.site == site }
            let scoreRows = result.scoreTests.filter { $0.condition == condition && $0.site == site }
            html += "<p class=\"note\">q: Benjamini–Hochberg over every alpha-diversity test (all conditions and sites, alpha-tests.tsv); score rows over every score test (score-tests.tsv).</p>"
            html += table(["measure", "n cases", "n controls", "median cases", "median controls", "rank-biserial r", "p (Mann–Whitney)", "q"],
                          groupRows(alphaRows), numeric: [1, 2, 3, 4, 5, 6, 7])
            if !scoreRows.isEmpty {
                html += table(["score (shares: fraction of reads, 0–1)", "n cases", "n controls", "median cases", "median controls", "rank-biserial r", "p (Mann–Whitney)", "q"],
                              groupRows(scoreRows).map { row in [ScoreKind(rawValue: row[0])?.isShare == true ? row[0] + " (fraction 0–1)" : row[0]] + row.dropFirst() },
                              numeric: [1, 2, 3, 4, 5, 6, 7])
            }
            // PCoA.
            if let ordination = result.ordinations["\(site)|braycurtis"] {
                let caseSet = Set(cases), controlSet = Set(controls)
                let points = (0..<profile.count).map { person in
                    ScatterPlot.Point(
                        x: ordination.x[person], y: ordination.y[person],
                        group: caseSet.contains(person) ? "cases" : (controlSet.contains(person) ? "controls" : "other / unknown"),
                        label: profile.subjects[person])
                }
                let plot = ScatterPlot(
                    title: "PCoA, Bray–Curtis, \(site)", xLabel: "PC1 (\(HTMLText.percent(ordination.explained.0)))",
                    yLabel: "PC2 (\(HTMLText.percent(ordination.explained.1)))", points: points,
                    groups: [("cases", caseColour), ("controls", controlColour)])
                html += "<figure>\(plot.render())<figcaption>Everyone with a sample at the site; grey: other conditions or unknown.</figcaption></figure>\n"
            }
            let betaRows = result.betaTests.filter { $0.condition == condition && $0.site == site }
            html += "<p class=\"note\">q: Benjamini–Hochberg per test type over all conditions, sites and metrics (PERMANOVA, PERMDISP and adonis are separate families; beta-tests.tsv).</p>"
            html += table(["metric", "test", "n cases", "n controls", "statistic", "R²", "p", "q", "note"],
                          betaRows.map { [$0.metric, $0.test, "\($0.caseCount)", "\($0.controlCount)", num($0.statistic), num($0.rSquared), p($0.pValue), p($0.qValue), $0.note] },
                          numeric: [2, 3, 4, 5, 6, 7], wide: true)
            // Differential genera.
            let ancom = result.differential.filter { $0.condition == condition && $0.site == site && $0.method == "ANCOM-BC" && !$0.genus.isEmpty }
            let aldex = result.differential.filter { $0.condition == condition && $0.site == site && $0.method == "ALDEx2" && !$0.genus.isEmpty }
            if !ancom.isEmpty {
                let plot = VolcanoPlot(
                    title: "ANCOM-BC, \(condition) vs controls, \(site)", xLabel: "natural-log fold change (ANCOM-BC)",
                    points: ancom.map { .init(label: $0.genus, effect: $0.logFoldChange, pValue: $0.pValue, qValue: $0.qValue) })
                html += "<figure>\(plot.render())<figcaption>Cases vs controls. Coloured: q &lt; 0.05 (ANCOM-BC, Benjamini–Hochberg over the genera tested for this condition at this site).</figcaption></figure>\n"
            }
            for rows in [ancom, aldex] where !rows.isEmpty {
                let top = rows.sorted { ($0.pValue.isNaN ? 2 : $0.pValue) < ($1.pValue.isNaN ? 2 : $1.pValue) }.prefix(10)
                let unit = rows[0].method == "ALDEx2" ? "log2 fold change" : "natural-log fold change"
                html += "<p class=\"note\">\(esc(rows[0].method)): the 10 genera with the smallest p of \(rows.count) tested (all in differential-genera.tsv). q: Benjamini–Hochberg over the genera tested by \(esc(rows[0].method)) for this condition at this site.</p>"
                html += table(["genus", "n cases", "n controls", unit, rows[0].method == "ANCOM-BC" ? "W" : "effect", "p", "q"],
                              top.map { [$0.genus, "\($0.caseCount)", "\($0.controlCount)", num($0.logFoldChange), num($0.statistic), p($0.pValue), p($0.qValue)] },
                              numeric: [1, 2, 3, 4, 5, 6])
            }
            for skipped in result.skippedDifferential where skipped.condition == condition && skipped.site == site {
                html += "<p class=\"note\">\(esc(skipped.method)) (\(skipped.caseCount) cases, \(skipped.controlCount) controls): \(esc(skipped.reason)).</p>\n"
            }
        }
        return html
    }

    // MARK: Links

    static func linksSection(_ result: CohortAnalysisResult) -> String {
        var html = "<h2>Gut–skin links within people</h2>\n"
        for note in result.linkNotes { html += "<p class=\"warning\">\(esc(note))</p>\n" }
        if !result.linkAlpha.isEmpty {
            html += "<h3>Gut vs skin diversity (Spearman)</h3>\n<p class=\"note\">q: Benjamini–Hochberg over every row of this table (links-alpha.tsv).</p>\n"
            html += table(["gut site", "skin site", "metric", "n", "rho", "p", "q"],
                          result.linkAlpha.map { [$0.gutSite, $0.skinSite, $0.metric, "\($0.count)", num($0.rho), p($0.pValue), p($0.qValue)] },
                          numeric: [3, 4, 5, 6], wide: true)
            for gut in result.profiles where gut.site.role == .gut {
                for skin in result.profiles where skin.site.role == .skin {
                    guard let x = gut.alphaValues(.shannon), let y = skin.alphaValues(.shannon) else { continue }
                    let index = Dictionary(uniqueKeysWithValues: skin.subjects.enumerated().map { ($1, $0) })
                    let points = gut.subjects.enumerated().compactMap { person, subject in
                        index[subject].map { ScatterPlot.Point(x: x[person], y: y[$0], group: "people", label: subject) }
                    }
                    guard points.count >= result.settings.minimumGroupSize else { continue }
                    let plot = ScatterPlot(title: "Shannon: \(gut.site.value) vs \(skin.site.value)", xLabel: "gut Shannon", yLabel: "skin Shannon",
                                           points: points, groups: [("people", Palette.reference)])
                    html += "<figure>\(plot.render())</figure>\n"
                }
            }
        }
        if !result.linkBeta.isEmpty {
            html += "<h3>Gut vs skin communities: Mantel and Procrustes</h3>\n<p class=\"note\">q: Benjamini–Hochberg over every row of this table (links-beta.tsv).</p>\n"
            html += table(["gut × skin site", "metric", "test", "n", "statistic", "p", "q", "disparity"],
                          result.linkBeta.map { ["\($0.gutSite) × \($0.skinSite)", $0.metric, $0.test, "\($0.count)", "\($0.statisticName) \(num($0.statistic))", p($0.pValue), p($0.qValue), num($0.disparity)] },
                          numeric: [3, 5, 6, 7], wide: true)
        }
        let pairs = Array(Set(result.linkGenera.map { "\($0.gutSite)\u{1}\($0.skinSite)" })).sorted()
        for pair in pairs {
            let rows = result.linkGenera.filter { "\($0.gutSite)\u{1}\($0.skinSite)" == pair }
            guard let first = rows.first else { continue }
            // The 25 gut and skin genera with the strongest associations.
            func strongest(_ key: (LinkGenusRow) -> String) -> [String] {
                var best = [String: Double]()
                for row in rows where row.rho.isFinite { best[key(row)] = max(best[key(row)] ?? 0, abs(row.rho)) }
                return best.keys.sorted { (best[$0]!, $1) > (best[$1]!, $0) }.prefix(25).sorted()
            }
            let gutGenera = strongest(\.gutGenus), skinGenera = strongest(\.skinGenus)
            var lookup = [String: LinkGenusRow]()
            for row in rows { lookup[row.gutGenus + "\u{1}" + row.skinGenus] = row }
            var values = [[Double]](), marked = Set<[Int]>()
            for (r, g) in gutGenera.enumerated() {
                values.append(skinGenera.enumerated().map { c, s in
                    let row = lookup[g + "\u{1}" + s]
                    if let row, row.qValue < 0.05 { marked.insert([r, c]) }
                    return row?.rho ?? .nan
                })
            }
            html += "<h3>Gut genus × skin genus: \(esc(first.gutSite)) × \(esc(first.skinSite)) (n = \(first.count))</h3>\n"
            let map = HeatMap(title: "Spearman rho on CLR values (rows: gut, columns: skin)", rowLabels: gutGenera, columnLabels: skinGenera, values: values, marked: marked)
            html += "<figure>\(map.render())<figcaption>\(rows.count) pairs tested; shown: the genera with the strongest associations. All pairs are in links-genera.tsv.</figcaption></figure>\n"
            let top = rows.filter { $0.pValue.isFinite }.sorted { $0.pValue < $1.pValue }.prefix(10)
            html += "<p class=\"note\">q: Benjamini–Hochberg over every genus pair of this gut site × skin site (links-genera.tsv).</p>"
            html += table(["gut genus", "skin genus", "n", "rho", "p", "q", "permutation p"],
                          top.map { [$0.gutGenus, $0.skinGenus, "\($0.count)", num($0.rho), p($0.pValue), p($0.qValue), p($0.permutationPValue)] },
                          numeric: [2, 3, 4, 5, 6])
        }
        return html
    }

    // MARK: Diet

    static func covariateSection(_ result: CohortAnalysisResult) -> String {
        var html = "<h2>Diet and lifestyle</h2>\n"
        guard !result.covariates.isEmpty else {
            return html + "<p>No --covariate columns were named.</p>\n"
        }
        if result.covariateTests.isEmpty { return html + "<p>No gut site, so there is no diet panel.</p>\n" }
        html += "<p class=\"note\">q: Benjamini–Hochberg over every row of this table (covariate-tests.tsv).</p>"
        html += table(["covariate", "site", "outcome", "test", "n", "groups", "median per group", "statistic", "effect size", "p", "q", "note"],
                      result.covariateTests.map { [$0.covariate, $0.site, $0.outcome, $0.test, "\($0.count)", $0.groups, $0.medians, num($0.statistic),
                                                   $0.effectName.isEmpty ? "–" : "\($0.effectName) \(num($0.effect))", p($0.pValue), p($0.qValue), $0.note] },
                      numeric: [4, 7, 9, 10], wide: true)
        return html
    }

    static func methodsSection(_ result: CohortAnalysisResult) -> String {
        """
        <h2>Methods and files</h2>
        <ul>
        <li>Alpha diversity (Shannon, observed features, Faith's PD) and distances (Bray–Curtis, unweighted and weighted UniFrac) as scikit-bio 0.7.4; Mann–Whitney U and Spearman as SciPy 1.17.</li>
        <li>PERMANOVA, PERMDISP (spatial median) and Mantel as scikit-bio; adonis as vegan's adonis2 (by terms, covariates first); Procrustes as scipy.spatial.procrustes, PROTEST as vegan's protest.</li>
        <li>ANCOM-BC as scikit-bio's ancombc (pseudocount 1, Benjamini–Hochberg); the ALDEx2-style method: \(result.settings.aldexInstances) Dirichlet Monte Carlo CLR instances, Welch t.</li>
        <li>Every number on this page is in a TSV of this folder; README.txt says which.</li>
        </ul>

        """
    }
}
