import GutSkinAxis

/// An answer about the person's own numbers: each value, percentile and band exactly as the
/// report has them, what the score counts, the caveats the report gives, and cited statements.
struct OwnNumbersAnswer {
    let knowledge: Knowledge
    let report: GutSkinReport

    static func asksForSummary(_ words: [String]) -> Bool {
        words.contains { ["summary", "summarise", "summarize", "overall", "report", "results"].contains($0) }
    }

    /// The report's own summary sentences.
    func summary() -> Answer {
        Answer(kind: .answer, text: (["Your report's summary:"] + report.summary.map { "- \($0)" }).joined(separator: "\n"))
    }

    func answer(topics: [ReportTopics.Topic], site: BodySite?, retrieved: [String]) -> Answer {
        var lines: [String] = []
        var values: [Answer.ReportValue] = []
        var statementIDs: [String] = []
        var caveats: [String] = []
        for topic in topics.prefix(3) {
            statementIDs.append(definitionID(topic))
            switch topic {
            case .score(let kind):
                let chosen = site ?? (kind.sites.contains(.gut) ? .gut : .skin)
                guard kind.sites.contains(chosen), let result = chosen == .gut ? report.gut : report.skin else {
                    lines.append(missing(kind, site: chosen))
                    continue
                }
                guard let score = result.scores.first(where: { $0.id == kind }) else { continue }
                lines.append(sentence(score, site: chosen))
                values.append(.init(score: kind.rawValue, value: score.value, percentile: score.percentile, band: score.band.rawValue))
                if result.poorMatch {
                    caveats.append(
                        "Your \(chosen.rawValue) sample compares poorly with the reference (another site, primer region or platform), "
                            + "so its percentiles say little.")
                }
                if kind.trait != nil, !statementIDs.contains("stool-lower-bound") { statementIDs.append("stool-lower-bound") }
            case .skinPH:
                guard let ph = report.skinPh else {
                    lines.append("Your report has no skin pH readings.")
                    continue
                }
                lines.append(
                    "Your skin pH (the mean of your readings) is \(HTMLText.number(ph.mean, decimals: 2)), "
                        + "band: \(ph.band.rawValue) against the quoted range.")
                values.append(.init(score: "skin_ph", value: ph.mean, percentile: nil, band: ph.band.rawValue))
                statementIDs.append("skin-ph-reference-range")
            case .breathTest:
                guard let breath = report.breathTest else {
                    lines.append("Your report has no breath test.")
                    continue
                }
                let rise = breath.maximumHydrogenRiseBy90MinutesPPM.map { "\(HTMLText.number($0, decimals: 1)) ppm" } ?? "not measured"
                lines.append(
                    "Your breath test: the largest hydrogen rise by 90 minutes was \(rise), "
                        + "\(breath.hydrogenPositive ? "positive" : "negative") for hydrogen by the consensus criteria.")
                values.append(
                    .init(
                        score: "breath_test_h2_rise_ppm", value: breath.maximumHydrogenRiseBy90MinutesPPM, percentile: nil,
                        band: breath.hydrogenPositive ? "positive" : "negative"))
                if let methane = breath.maximumMethanePPM, let positive = breath.methanePositive {
                    lines.append(
                        "Methane peaked at \(HTMLText.number(methane, decimals: 1)) ppm, \(positive ? "positive" : "negative") for methane."
                    )
                    values.append(
                        .init(score: "breath_test_max_ch4_ppm", value: methane, percentile: nil, band: positive ? "positive" : "negative"))
                }
                caveats.append("A breath test is not a diagnosis on its own.")
            case .gmhi:
                guard let gmhi = report.gut?.gmhi else {
                    lines.append("Your report has no GMHI (it needs a MetaPhlAn species profile).")
                    continue
                }
                lines.append("Your Gut Microbiome Health Index is \(HTMLText.number(gmhi, decimals: 2)).")
                values.append(.init(score: "gmhi", value: gmhi, percentile: nil, band: "none"))
            }
        }
        for id in retrieved where statementIDs.count < 3 && !statementIDs.contains(id) { statementIDs.append(id) }
        let statements = statementIDs.compactMap(knowledge.statement)
        var text = lines
        text.append("What this counts and what is known:")
        text += statements.map(Answerer.line)
        let warnings = report.warnings + caveats
        if !warnings.isEmpty { text.append("Limits: " + warnings.joined(separator: " ")) }
        return Answer(
            kind: .answer, text: text.joined(separator: "\n"), statements: statements.map(\.id),
            citations: Answerer.sources(of: statements), reportValues: values)
    }

    /// "Your report has no skin butyrate producers score (it is scored only for gut)."
    func missing(_ kind: ScoreKind, site: BodySite) -> String {
        let sites = kind.sites.map(\.rawValue).joined(separator: " and ")
        let reason = kind.sites.contains(site) ? "no \(site.rawValue) sample was given" : "it is scored only for \(sites)"
        return "Your report has no \(site.rawValue) \(kind.title.lowercased()) score (\(reason))."
    }

    func definitionID(_ topic: ReportTopics.Topic) -> String {
        switch topic {
        case .score(let kind): "score-\(kind.rawValue)"
        case .skinPH: "score-skin_ph"
        case .breathTest: "score-breath_test"
        case .gmhi: "score-gmhi"
        }
    }

    /// "Your gut butyrate producers: 2.9% of reads, at the 44th percentile of the reference (band: typical)."
    func sentence(_ score: GutSkinReport.ScoreResult, site: BodySite) -> String {
        let first = score.title.split(separator: " ").first.map(String.init) ?? ""
        let title = Self.commonFirstWords.contains(first) ? score.title.prefix(1).lowercased() + score.title.dropFirst() : score.title
        let name = "Your \(site.rawValue) \(title)"
        guard let value = score.value else { return "\(name): \(score.note ?? "not computed.")" }
        let shown = score.id.formatted(value) + (score.id.isShare ? " of reads" : score.unit == "0–1" ? "" : " \(score.unit)")
        guard let percentile = score.percentile else { return "\(name): \(shown); no percentile. \(score.note ?? "")" }
        return
            "\(name): \(shown), at the \(HTMLText.ordinal(percentile)) percentile of the healthy reference (band: \(score.band.rawValue))."
    }

    /// Score titles whose first word is lower-cased inside a sentence (names such as Shannon keep their capital).
    static let commonFirstWords: Set<String> = [
        "Observed", "Dominance", "Dysbiosis", "Butyrate", "Propionate", "Acetate", "Tryptophan", "Linoleic-acid", "Mucin", "Distance",
    ]
}
