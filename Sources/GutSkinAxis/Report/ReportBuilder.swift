/// Turns scored samples into a `GutSkinReport`: percentiles and bands against the references,
/// plain-words summary sentences, warnings, and the list of sources cited.
public struct ReportBuilder: Sendable {
    /// One scored site: the scores, the scorer (reference) they came from, the table's file name.
    public struct ScoredSite: Sendable {
        public var scores: SampleScores
        public var scorer: SampleScorer
        public var table: String
        /// Taxonomy style of the person's table (`TaxonomyStyle.describe`).
        public var taxonomy: String
        /// Gut only: the GMHI when the table is a MetaPhlAn species profile.
        public var gmhi: Double?

        public init(scores: SampleScores, scorer: SampleScorer, table: String, taxonomy: String, gmhi: Double? = nil) {
            self.scores = scores
            self.scorer = scorer
            self.table = table
            self.taxonomy = taxonomy
            self.gmhi = gmhi
        }
    }

    public var gut: ScoredSite?
    public var skin: ScoredSite?
    public var questionnaire: Questionnaire?
    public var breathTest: BreathTestReport?
    public var generatedBy: String
    public var warnings: [String] = []

    public init(gut: ScoredSite?, skin: ScoredSite?, generatedBy: String) {
        self.gut = gut
        self.skin = skin
        self.generatedBy = generatedBy
    }

    /// The literature shown beside a breath test (rosacea and small-intestinal overgrowth, with its contrary result).
    public static let breathTestLiterature = ["rosacea-small-intestinal-overgrowth"].compactMap(LiteratureAssociation.standard)

    public static let disclaimer =
        "This report compares a microbiome profile with healthy reference people. It describes associations reported in the literature; it is not a diagnosis and does not recommend any product or treatment. Discuss health concerns with a clinician."

    public func build() -> GutSkinReport {
        var warnings = warnings
        let gutResult = gut.map { site(from: $0, warnings: &warnings) }
        let skinResult = skin.map { site(from: $0, warnings: &warnings) }
        let skinPH = SkinPHResult(readings: questionnaire?.skinPh ?? [])
        let questionnaireResult = questionnaire.map { QuestionnaireResult($0) }
        if let breathTest { warnings += breathTest.warnings.map { "Breath test: \($0)" } }

        var keys = [String]()
        func cite(_ key: String) { if !keys.contains(key) { keys.append(key) } }
        for result in [gutResult, skinResult].compactMap({ $0 }) {
            for score in result.scores where score.value != nil { score.citations.forEach(cite) }
            cite("gower-1968")
            cite("hmp-2012")
            if result.gmhi != nil { cite("gupta-2020") }
        }
        // The summary's butyrate sentence, when it is said, rests on `butyrate-colon-fuel`.
        if gutResult?.scores.contains(where: { $0.id == .butyrateProducers && $0.value != nil && $0.percentile != nil }) == true {
            LiteratureAssociation.standard("butyrate-colon-fuel")?.citations.forEach(cite)
        }
        let breathTestNotes = breathTest == nil ? [] : Self.breathTestLiterature.map(QuestionnaireResult.AssociationNote.init)
        if breathTest != nil { cite("rezaie-2017") }
        for note in breathTestNotes { note.citations.forEach(cite) }
        skinPH?.citations.forEach(cite)
        for answer in questionnaireResult?.answers ?? [] { answer.literature.forEach { $0.citations.forEach(cite) } }

        return GutSkinReport(
            generatedBy: generatedBy,
            summary: summary(gut: gutResult, skin: skinResult, skinPH: skinPH),
            gut: gutResult, skin: skinResult, breathTest: breathTest, breathTestLiterature: breathTestNotes, skinPh: skinPH,
            questionnaire: questionnaireResult,
            warnings: warnings, citations: keys.compactMap(Bibliography.citation), disclaimer: Self.disclaimer)
    }

    func site(from scored: ScoredSite, warnings: inout [String]) -> GutSkinReport.SiteResult {
        let reference = scored.scorer.reference
        let scores = scored.scores
        let where_ = "\(reference.site.rawValue) sample \(scores.sampleID)"
        let distanceScore: ScoreKind = reference.site == .gut ? .dysbiosisScore : .skinAtypicality
        let medianDistance = scores.value(distanceScore)
        let poorMatch =
            scores.originalReads == 0
            || (!medianDistance.isNaN && medianDistance > (reference.distribution(distanceScore)?.quantiles[percentile: 99] ?? .infinity))
        if poorMatch && scores.originalReads > 0 {
            warnings.append(
                "The \(where_) is further from the \(reference.name) samples (median Bray–Curtis \(HTMLText.number(medianDistance, decimals: 3))) than 99% of them are from each other: it may come from another body site, primer region or platform (the reference is \(reference.platform)), so its scores compare poorly and are not a finding about the person."
            )
        }
        let isProfile = scores.reads != scores.reads.rounded() || scores.reads <= 1
        if scores.originalReads == 0 {
            warnings.append("The \(where_) has no reads: there is nothing to score, and every value below is empty or meaningless.")
        } else if !scores.rarefied && isProfile {
            warnings.append(
                "The \(where_) holds relative abundances, not read counts (e.g. a MetaPhlAn profile), so it was not rarefied: its diversity cannot be compared with the reference and has no percentile; shares are compared with a reference from \(reference.platform), and platforms differ systematically."
            )
        } else if !scores.rarefied {
            warnings.append(
                "The \(where_) has \(HTMLText.number(scores.originalReads, decimals: 0)) reads, fewer than the reference depth of \(reference.depth), so it was not rarefied: its diversity cannot be compared with the reference and has no percentile."
            )
        }
        if scores.originalReads == 0 {
            // Nothing further to say about an empty sample.
        } else if scores.knownGenusShare < 0.5 {
            warnings.append(
                "Only \(HTMLText.percent(scores.knownGenusShare)) of the \(where_)'s reads are in genera the reference \(reference.name) knows: it may come from another platform or taxonomy (reference: \(reference.platform), \(reference.taxonomy); sample: \(scored.taxonomy)). Scores that compare genera are unreliable."
            )
        } else if scored.taxonomy != reference.taxonomy {
            warnings.append(
                "The \(where_) uses \(scored.taxonomy) names and the reference \(reference.taxonomy); genera were matched by name.")
        }
        var results = [GutSkinReport.ScoreResult]()
        for kind in ScoreKind.scores(at: reference.site) {
            guard let distribution = reference.distribution(kind) else { continue }
            let value = scores.value(kind)
            let comparable = scores.rarefied || kind.section != .diversity
            var note: String?
            if value.isNaN {
                note =
                    kind == .faithPD
                    ? "Not computed for this report: it needs a phylogenetic tree of the sample's bacteria."
                    : kind == .microbialDysbiosisIndex
                        ? "Undefined: none of the increased or none of the decreased genera were found." : "Undefined for this sample."
            } else if !comparable {
                note = "Not comparable: the sample could not be rarefied to the reference depth."
            }
            let percentile = !value.isNaN && comparable ? distribution.quantiles.percentile(of: value) : nil
            results.append(
                GutSkinReport.ScoreResult(
                    id: kind, title: kind.title, section: kind.section, unit: kind.unit, value: value.isNaN ? nil : value,
                    percentile: percentile, band: percentile.map { ScoreBand(percentile: $0) } ?? .none,
                    referenceP10: distribution.quantiles[percentile: 10], referenceMedian: distribution.quantiles.median,
                    referenceP90: distribution.quantiles[percentile: 90], explanation: kind.explanation,
                    citations: kind.citations, note: note))
        }
        let dysbiosis = scores.value(.dysbiosisScore)
        let top = scores.genusShares.prefix(10).map {
            GutSkinReport.GenusShare(
                genus: $0.label, share: $0.share, referenceMedianShare: scored.scorer.referenceMedianShare(ofGenus: $0.label))
        }
        return GutSkinReport.SiteResult(
            site: reference.site, sampleId: scores.sampleID, table: scored.table,
            reference: .init(
                name: reference.name, siteDetail: reference.siteDetail, samples: reference.samples.count,
                subjects: reference.subjectCount,
                depth: reference.depth,
                platform: reference.platform, taxonomy: reference.taxonomy,
                builtFrom: ([reference.provenance.table] + reference.provenance.selection).joined(separator: " where ")),
            reads: scores.originalReads, rarefiedTo: scores.rarefied ? reference.depth : nil, knownGenusShare: scores.knownGenusShare,
            scores: results, topGenera: Array(top), mapPosition: scores.mapPosition,
            dysbiotic: reference.site == .gut && !dysbiosis.isNaN && scores.originalReads > 0
                ? dysbiosis > (reference.distribution(.dysbiosisScore)?.quantiles[percentile: 90] ?? .infinity) : nil,
            poorMatch: poorMatch,
            gmhi: scored.gmhi)
    }

    func summary(gut: GutSkinReport.SiteResult?, skin: GutSkinReport.SiteResult?, skinPH: SkinPHResult?) -> [String] {
        var sentences = [String]()
        func score(_ result: GutSkinReport.SiteResult, _ kind: ScoreKind) -> GutSkinReport.ScoreResult? {
            result.scores.first { $0.id == kind }
        }
        func place(_ result: GutSkinReport.ScoreResult?) -> String? {
            guard let result, let percentile = result.percentile else { return nil }
            let word = result.band == .low ? "low" : result.band == .high ? "high" : "typical"
            return "at the \(HTMLText.ordinal(percentile)) percentile (\(word))"
        }
        if let gut {
            let people =
                "\(gut.reference.samples) samples from \(gut.reference.subjects.map { "\($0) " } ?? "")healthy people (\(gut.reference.name))"
            if let diversity = place(score(gut, .shannonEntropy)) {
                sentences.append("Your gut diversity is \(diversity) compared with \(people).")
            }
            if gut.reads == 0 {
                sentences.append("Your gut sample has no reads, so nothing could be scored.")
            } else if gut.poorMatch {
                sentences.append(
                    "Your gut sample is unlike every healthy reference sample, more than a sample of the same kind usually is: it may come from another body site or sequencing method, so the comparisons below should not be read as findings about you."
                )
            } else if let dysbiotic = gut.dysbiotic, let value = score(gut, .dysbiosisScore)?.value {
                sentences.append(
                    dysbiotic
                        ? "Your gut profile is less typical than 90% of the healthy reference samples are of each other (dysbiosis score \(HTMLText.number(value, decimals: 3))); Lloyd-Price et al. (2019) call profiles beyond this line dysbiotic. One healthy reference sample in ten lies beyond it too."
                        : "Your gut profile is within the range healthy reference samples show (dysbiosis score \(HTMLText.number(value, decimals: 3)), below the reference's 90th percentile)."
                )
            }
            if let butyrate = score(gut, .butyrateProducers), let value = butyrate.value, let where_ = place(butyrate) {
                sentences.append(
                    "Butyrate producers make up \(HTMLText.percent(value)) of your gut reads, \(where_); butyrate is a short-chain fatty acid that colon-lining cells use as their main fuel (shown in cells, not in people's health; Roediger 1980)."
                )
            }
            if let gmhi = gut.gmhi {
                sentences.append(
                    "Your Gut Microbiome Health Index is \(HTMLText.number(gmhi, decimals: 2)) (\(gmhi > 0 ? "above 0, the side of healthy profiles" : "0 or below, the side of profiles from people with disease") in Gupta et al. 2020)."
                )
            }
        }
        if let skin {
            if skin.reads == 0 {
                sentences.append("Your skin sample has no reads, so nothing could be scored.")
            } else if skin.poorMatch {
                sentences.append(
                    "Your skin sample is unlike every healthy skin reference sample: it may come from another body site or sequencing method, so its comparisons should not be read as findings about you."
                )
            }
            if let diversity = place(score(skin, .shannonEntropy)) {
                sentences.append(
                    "Your skin diversity is \(diversity) compared with \(skin.reference.samples) healthy \(skin.reference.siteDetail) skin samples."
                )
            }
            if let staphylococcus = score(skin, .staphylococcus), let value = staphylococcus.value, let where_ = place(staphylococcus) {
                sentences.append("Staphylococcus makes up \(HTMLText.percent(value)) of your skin reads, \(where_).")
            }
        }
        if let skinPH { sentences.append(skinPH.sentence) }
        if let breathTest {
            let hydrogen =
                breathTest.hydrogenPositive ? "positive for hydrogen (a rise of at least 20 ppm by 90 minutes)" : "negative for hydrogen"
            let methane =
                breathTest.methanePositive.map { $0 ? " and positive for methane (10 ppm or more)" : " and negative for methane" } ?? ""
            sentences.append(
                "Your breath test is \(hydrogen)\(methane) by the North American Consensus criteria; a breath test is not a diagnosis on its own."
            )
        }
        if sentences.isEmpty { sentences.append("No scores could be placed against the reference; see the warnings below.") }
        return sentences
    }
}
