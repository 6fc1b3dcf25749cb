import GutSkinAxis
import GutSkinDiary

/// Plain-word sentences for the diary page: what a comparison found, how often chance alone would
/// give it, and what a too-few comparison still needs. Associations only, never causes.
public enum DiarySentence {
    /// "On the day after dairy your itch score was 1.8 points higher on average …". With `permutations`,
    /// a p-value at its smallest possible value, 1/(permutations + 1), is said as "at most".
    public static func candidate(_ c: DiaryAnalysisResult.Candidate, tests: Int, permutations: Int? = nil) -> String {
        let when: String =
            switch c.lag {
            case 0: "On days with \(c.exposure)"
            case 1: "On the day after \(c.exposure)"
            default: "\(c.lag) days after \(c.exposure)"
            }
        if c.tooFew {
            var needs: [String] = []
            if c.moreExposedDaysNeeded > 0 {
                needs.append("\(c.moreExposedDaysNeeded) more day\(c.moreExposedDaysNeeded == 1 ? "" : "s") with \(c.exposure)")
            }
            if c.moreUnexposedDaysNeeded > 0 {
                needs.append("\(c.moreUnexposedDaysNeeded) more day\(c.moreUnexposedDaysNeeded == 1 ? "" : "s") without it")
            }
            return "Too few days to compare \(c.symptom) with \(c.exposure) yet: it needs \(needs.joined(separator: " and "))."
        }
        let direction = c.effect >= 0 ? "higher" : "lower"
        var sentence =
            "\(when) your \(c.symptom) score was \(HTMLText.number(abs(c.effect), decimals: 1)) "
            + "point\(abs(c.effect) == 1 ? "" : "s") \(direction) on average"
        if let low = c.ciLow, let high = c.ciHigh {
            sentence += " (95% interval \(HTMLText.number(low, decimals: 1)) to \(HTMLText.number(high, decimals: 1)))"
        }
        if let p = c.pValue {
            let smallest = permutations.map { p <= 1 / Double($0 + 1) * (1 + 1e-9) } ?? false
            let odds = smallest ? chance(p).replacingOccurrences(of: "about", with: "at most") : chance(p)
            sentence += "; a difference this large would come up by chance \(odds)"
            if let q = c.qValue, tests > 1 {
                sentence +=
                    q < 0.05
                    ? ", and it still stands out after allowing for all \(tests) comparisons (q = \(HTMLText.number(q, decimals: 3)))"
                    : ", which is not rare among \(tests) comparisons (q = \(HTMLText.number(q, decimals: 2)))"
            }
        }
        return sentence + "."
    }

    /// "about 1 time in 200", from a p-value.
    public static func chance(_ p: Double) -> String {
        guard p < 0.5 else { return "about as often as not" }
        let times = 1 / p
        let rounded: Double = times < 20 ? times.rounded() : times < 200 ? (times / 5).rounded() * 5 : (times / 50).rounded() * 50
        return "about 1 time in \(Int(rounded).formatted())"
    }
}

extension Int {
    /// 12,345 (thousands separated by commas, independent of locale).
    fileprivate func formatted() -> String {
        let digits = String(self)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
