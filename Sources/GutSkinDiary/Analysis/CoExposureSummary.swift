/// Exposures that travel together (pizza days are dairy, gluten and refined-carbohydrate days):
/// for the exposures among the leading candidates, every pair whose days overlap by at least half
/// (days with both / days with either, the Jaccard index), so a reader knows an association may
/// belong to its companion.
enum CoExposureSummary {
    static let minimumOverlap = 0.5
    static let leadingCandidates = 10

    static func pairs(of candidates: [DiaryAnalysisResult.Candidate], series: DailySeries) -> [DiaryAnalysisResult.CoExposure] {
        var leading: [String] = []
        for candidate in candidates where candidate.pValue != nil {
            guard (candidate.pValue ?? 1) < 0.05 || leading.count < leadingCandidates else { break }
            if !leading.contains(candidate.exposure) { leading.append(candidate.exposure) }
        }
        var result: [DiaryAnalysisResult.CoExposure] = []
        for first in leading {
            guard let a = series.exposures.first(where: { $0.name == first }) else { continue }
            for b in series.exposures where b.name != first {
                if leading.contains(b.name) && leading.firstIndex(of: b.name)! < leading.firstIndex(of: first)! { continue }
                var both = 0
                var onlyA = 0
                var onlyB = 0
                for t in 0..<series.dayCount where series.logged[t] {
                    switch (a.present[t], b.present[t]) {
                    case (true, true): both += 1
                    case (true, false): onlyA += 1
                    case (false, true): onlyB += 1
                    default: break
                    }
                }
                let either = both + onlyA + onlyB
                guard either > 0, Double(both) / Double(either) >= minimumOverlap else { continue }
                result.append(
                    .init(
                        first: first, second: b.name, daysBoth: both, daysFirst: both + onlyA, daysSecond: both + onlyB,
                        overlap: Double(both) / Double(either)))
            }
        }
        return result.sorted { ($0.overlap, $1.first, $1.second) > ($1.overlap, $0.first, $0.second) }
    }
}
