import GutSkinAxis

extension AxisReportPage {
    /// Who is in the cohort: people and samples per site, controls and cases, inferred
    /// conditions, cases and controls per condition and site, samples not used, and the notes.
    static func cohortSection(_ result: CohortAnalysisResult) -> String {
        let design = result.design
        var html = "<h2>Cohort</h2>\n<div class=\"summary\"><p>"
        html += cohortSummary(result)
        html += """
            <p class="note">One sample per person and site: the deepest (ties: first in table order). Controls \
            are people with none of the named conditions; comparisons with fewer than \
            \(result.settings.minimumGroupSize) people per group are reported as “too few”.</p></div>

            """
        html += "<h3>Controls, cases and unknown people per site</h3>\n"
        html += statusTable(design)
        html += "<p class=\"note\">Rule: \(esc(design.statusRule)).</p>\n"
        if let inferred = design.inferredConditions {
            html += "<p>No --condition was named, so every non-missing answer other than the control's is a condition: "
            html += inferred.map { "\(esc($0.value)) (\($0.people) people)" }.joined(separator: ", ") + ".</p>\n"
        }
        if !design.conditions.isEmpty {
            html += "<h3>Cases / controls per site</h3>\n"
            html += casesPerSiteTable(result)
        }
        html += samplesNotUsed(design)
        for note in result.notes { html += "<p class=\"warning\">\(esc(note))</p>\n" }
        return html
    }

    /// People and samples per site, paired people, depth, seed and permutations (the text of
    /// the summary's first paragraph, without its opening tag).
    static func cohortSummary(_ result: CohortAnalysisResult) -> String {
        let design = result.design
        let perSite = design.sites.indices.map {
            "\(design.chosen[$0].count) at \(esc(design.sites[$0].value)) (\(design.sites[$0].role.rawValue))"
        }
        let guts = design.sites.indices.filter { design.sites[$0].role == .gut }
        let skins = design.sites.indices.filter { design.sites[$0].role == .skin }
        var paired = Set<String>()
        for g in guts { for s in skins { paired.formUnion(design.pairedSubjects(g, s)) } }
        var html = "\(design.subjects.count) people; "
        html += perSite.joined(separator: ", ")
        html += ". \(paired.count) people have both a gut and a skin sample (paired). "
        html += "Samples rarefied to \(result.settings.depth) reads, seed \(result.settings.seed), "
        html += "\(result.settings.permutations) permutations.</p>"
        return html
    }

    static func statusTable(_ design: CohortDesign) -> String {
        table(
            ["site", "controls", "cases (any condition)", "unknown (neither)"],
            design.sites.indices.map { index in
                let counts = design.statusCounts(site: index)
                return [design.sites[index].value, "\(counts.controls)", "\(counts.cases)", "\(counts.unknown)"]
            }, numeric: [1, 2, 3])
    }

    static func casesPerSiteTable(_ result: CohortAnalysisResult) -> String {
        var rows = [[String]]()
        for condition in result.design.conditions {
            var row = [condition]
            for profile in result.profiles {
                let (cases, controls) = profile.groups(for: condition)
                row.append("\(cases.count) / \(controls.count)")
            }
            rows.append(row)
        }
        return table(["condition"] + result.profiles.map(\.site.value), rows)
    }

    /// How many samples were not used, and (folded) each with its reason.
    static func samplesNotUsed(_ design: CohortDesign) -> String {
        let dropped = design.samples.filter { $0.fate.isDropped }
        let otherSite = design.samples.filter { $0.fate == .otherSite }.count
        let others = otherSite > 0 ? " (and \(otherSite) from other sites)" : ""
        var html = "<p>\(dropped.count) samples not used\(others); every sample and its fate are in samples.tsv.</p>\n"
        if !dropped.isEmpty {
            html += "<details><summary>Samples not used, with the reason</summary>"
            html += table(
                ["sample", "subject", "site", "reads", "reason"],
                dropped.map { [$0.id, $0.subject ?? "", $0.site ?? "", num($0.reads, 0), $0.fate.reason] },
                numeric: [3])
            html += "</details>\n"
        }
        return html
    }
}
