import GutSkinAxis

/// The text `gutskin reference inspect` prints.
enum ReferenceSummary {
    static func text(_ reference: GutSkinReference) -> String {
        var lines = [
            "Reference   \(reference.name)",
            "Site        \(reference.site.rawValue): \(reference.siteDetail)",
            "Samples     \(grouped(reference.samples.count)) (of \(grouped(reference.provenance.selectedSamples)) selected; \(reference.provenance.droppedBelowDepth) below the depth)",
            "Subjects    \(reference.subjectCount.map(grouped) ?? "not recorded")",
            "Depth       \(grouped(reference.depth)) reads (rarefied, seed \(reference.seed))",
            "Platform    \(reference.platform)",
            "Taxonomy    \(reference.taxonomy); \(grouped(reference.genera.count)) genera",
            "Built from  \(reference.provenance.table)\(reference.provenance.metadata.map { " + \($0)" } ?? "")\(reference.provenance.tree.map { " + \($0)" } ?? "")"
                + (reference.provenance.selection.isEmpty ? "" : " where \(reference.provenance.selection.joined(separator: ", "))"),
            "Built by    \(reference.provenance.builtBy)",
            "Map         PCoA of \(reference.map.distance): axis 1 \(percent(reference.map.proportionExplained.first ?? 0)), axis 2 \(percent(reference.map.proportionExplained.dropFirst().first ?? 0))",
            "",
            "Score                                   10th pct     median   90th pct   samples",
        ]
        for distribution in reference.scores {
            let q = distribution.quantiles
            let show = distribution.score.formatted
            let title = distribution.score.title.padding(toLength: 38, withPad: " ", startingAt: 0)
            lines.append(
                "\(title)  \(show(q[percentile: 10]).leftPadded(9))  \(show(q.median).leftPadded(9))  \(show(q[percentile: 90]).leftPadded(9))   \(distribution.definedCount)"
                    + (distribution.undefinedCount > 0 ? " (+\(distribution.undefinedCount) undefined)" : ""))
        }
        if let usual = reference.usualChange {
            lines += [
                "",
                "Usual change between two visits (\(usual.people) people; \(usual.visitColumn)\(usual.matchColumn.map { ", same \($0)" } ?? ""))",
                "Score                                  median |Δ|  95th pct |Δ|   people",
            ]
            for change in usual.scores {
                let show = change.score.formatted
                let title = change.score.title.padding(toLength: 38, withPad: " ", startingAt: 0)
                lines.append(
                    "\(title)  \(show(change.absoluteChangeMedian).leftPadded(9))  \(show(change.bound).leftPadded(11))   \(change.people)")
            }
        } else {
            lines += ["", "Usual change between two visits: not recorded (built without --state-column)"]
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
