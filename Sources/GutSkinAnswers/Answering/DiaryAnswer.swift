import GutSkinAxis

/// Answers from a person's diary analysis: the top candidates with their q-values, and the pairs
/// with too few days to test. Candidates are associations in one person's diary, not causes.
enum DiaryAnswer {
    static let cues: Set<String> = [
        "diary", "trigger", "triggers", "triggered", "triggering", "flare", "flares", "flareup", "flareups",
        "tracked", "tracking", "logged", "log", "pattern", "patterns", "candidates",
    ]

    /// "What makes my itch worse?", "what triggers my flares", "what did my diary find".
    static func isDiaryQuestion(_ words: [String]) -> Bool {
        let text = " " + words.joined(separator: " ") + " "
        return words.contains(where: cues.contains)
            || [" what makes my ", " what make my ", " what causes my ", " whats making my "]
                .contains(where: text.contains)
    }

    static func answer(_ diary: DiaryAnalysis) -> Answer {
        let top = diary.ranked.prefix(3)
        var lines: [String] = []
        if top.isEmpty {
            lines.append("Your diary analysis has no tested candidates yet.")
        } else {
            lines.append("In your diary, the strongest candidates (associations in your own records, not causes):")
            for candidate in top { lines.append("- " + describe(candidate)) }
        }
        let tooFew = diary.tooFew
        if !tooFew.isEmpty {
            // One name per exposure and symptom (the analysis lists each lag).
            var names: [String] = []
            for candidate in tooFew {
                let name = [candidate.exposure, candidate.symptom].compactMap { $0 }.joined(separator: " → ")
                if !names.contains(name) { names.append(name) }
            }
            lines.append(
                "Too few days to test: \(names.prefix(5).joined(separator: ", "))\(names.count > 5 ? " and \(names.count - 5) more" : "").")
        }
        return Answer(kind: .answer, text: lines.joined(separator: "\n"))
    }

    /// "dairy → itch, 1 day later: effect 0.8, q = 0.03".
    static func describe(_ candidate: DiaryAnalysis.Candidate) -> String {
        var text = candidate.exposure + (candidate.symptom.map { " → \($0)" } ?? "")
        if let lag = candidate.lag { text += ", \(HTMLText.number(lag, decimals: 1)) day\(lag == 1 ? "" : "s") later" }
        if let effect = candidate.effect { text += ": effect \(HTMLText.number(effect, decimals: 3))" }
        text += candidate.qValue.map { $0 < 0.001 ? ", q < 0.001" : ", q = \(HTMLText.number($0, decimals: 3))" } ?? ", q not given"
        return text
    }
}
