import Foundation
import GutSkinCore
import GutSkinKernels
import GutSkinMultivariate

/// What links gut to skin within people: for every gut site × skin site, over the people with a
/// sample at both — gut against skin alpha diversity (Spearman), Mantel (Pearson) and
/// Procrustes/PROTEST between the two sites' distance matrices, and every prevalent gut genus
/// against every prevalent skin genus on CLR values (Spearman, BH q, and a permutation check
/// that shuffles which skin sample belongs to which gut sample).
enum GutSkinLinks {
    static func link(profiles: [SiteProfile], settings: CohortSettings, into result: inout CohortAnalysisResult) throws {
        let guts = profiles.filter { $0.site.role == .gut }
        let skins = profiles.filter { $0.site.role == .skin }
        if guts.isEmpty || skins.isEmpty {
            result.linkNotes.append(
                "Gut–skin links need paired subjects (a gut and a skin sample of the same people); this analysis has \(guts.isEmpty ? "no gut site" : "no skin site")."
            )
            return
        }
        let minimum = settings.minimumGroupSize
        for gut in guts {
            for skin in skins {
                let skinIndex = Dictionary(uniqueKeysWithValues: skin.subjects.enumerated().map { ($1, $0) })
                let pairs = gut.subjects.enumerated().compactMap { gutIndex, subject in skinIndex[subject].map { (gutIndex, $0) } }
                let people = pairs.map { gut.subjects[$0.0] }
                guard pairs.count >= minimum else {
                    result.linkNotes.append(
                        "\(gut.site.value) × \(skin.site.value): gut–skin links need paired subjects; \(pairs.count) people have samples at both (at least \(minimum) needed)."
                    )
                    continue
                }
                // Alpha.
                for (metric, gutValues) in gut.alpha {
                    guard let skinValues = skin.alphaValues(metric) else { continue }
                    let kept = pairs.filter { !gutValues[$0.0].isNaN && !skinValues[$0.1].isNaN }
                    let x = kept.map { gutValues[$0.0] }
                    let y = kept.map { skinValues[$0.1] }
                    let test = try? spearman(x, y)
                    result.linkAlpha.append(
                        LinkAlphaRow(
                            gutSite: gut.site.value, skinSite: skin.site.value, metric: metric.rawValue, count: kept.count,
                            rho: test?.statistic ?? .nan, pValue: test?.pValue ?? .nan, note: test == nil ? "not testable" : ""))
                }
                // Distances.
                for (metric, gutMatrix) in gut.distances {
                    guard let skinMatrix = skin.matrix(metric) else { continue }
                    let first = try gutMatrix.filtered(to: people)
                    let second = try skinMatrix.filtered(to: people)
                    func row(_ test: String, _ name: String, _ statistic: Double, _ disparity: Double, _ p: Double?, _ note: String = "")
                        -> LinkBetaRow
                    {
                        LinkBetaRow(
                            gutSite: gut.site.value, skinSite: skin.site.value, metric: metric.rawValue, test: test, count: people.count,
                            statisticName: name, statistic: statistic, disparity: disparity, pValue: p ?? .nan, note: note)
                    }
                    do {
                        let mantelResult = try mantel(
                            first, second, method: .pearson, permutations: settings.permutations, seed: settings.seed,
                            threads: settings.threads)
                        result.linkBeta.append(row("Mantel", "r (Pearson)", mantelResult.testStatistic, .nan, mantelResult.pValue))
                    } catch {
                        result.linkBeta.append(row("Mantel", "r (Pearson)", .nan, .nan, nil, "not testable: \(error)"))
                    }
                    do {
                        let dimensions = min(settings.procrustesDimensions, people.count - 1)
                        let a = try PrincipalCoordinates(first, dimensions: dimensions)
                        let b = try PrincipalCoordinates(second, dimensions: dimensions)
                        let fit = try Procrustes(
                            a.coordinates, b.coordinates, dimensions: dimensions, permutations: settings.permutations,
                            seed: settings.seed, threads: settings.threads)
                        result.linkBeta.append(
                            row(
                                "Procrustes (PROTEST)", "correlation", fit.correlation, fit.disparity, fit.pValue, "\(dimensions) PCoA axes"
                            ))
                    } catch {
                        result.linkBeta.append(row("Procrustes (PROTEST)", "correlation", .nan, .nan, nil, "not testable: \(error)"))
                    }
                }
                // Genera.
                if let gutGenera = gut.genera, let skinGenera = skin.genera {
                    result.linkGenera += genusLinks(
                        gut: gut, gutGenera: gutGenera, skin: skin, skinGenera: skinGenera, pairs: pairs, settings: settings)
                }
            }
        }
        adjustInPlace(&result.linkAlpha, p: \.pValue, q: \.qValue)
        adjustInPlace(&result.linkBeta, p: \.pValue, q: \.qValue)
    }

    /// CLR values (pseudocount 1, over all genera of the sample) of the genera present in at
    /// least `prevalence` of the given rows; returns names and one column per genus.
    static func clrColumns(_ table: FeatureTable, rows: [Int], prevalence: Double) -> (names: [String], columns: [[Double]]) {
        let g = table.featureCount
        var dense = [[Double]](repeating: [Double](repeating: 0, count: g), count: rows.count)
        var present = [Int](repeating: 0, count: g)
        for (position, row) in rows.enumerated() {
            for entry in table.entryRange(ofSample: row) {
                let feature = Int(table.featureIndices[entry])
                dense[position][feature] = table.values[entry]
                if table.values[entry] > 0 { present[feature] += 1 }
            }
        }
        let clr = dense.map { counts -> [Double] in
            let logs = counts.map { log($0 + 1) }
            let mean = logs.reduce(0, +) / Double(max(g, 1))
            return logs.map { $0 - mean }
        }
        let kept = (0..<g).filter { Double(present[$0]) >= prevalence * Double(rows.count) && present[$0] > 0 }
        return (kept.map { GenusLabel.short(table.featureIDs[$0]) }, kept.map { feature in clr.map { $0[feature] } })
    }

    static func genusLinks(
        gut: SiteProfile, gutGenera: FeatureTable, skin: SiteProfile, skinGenera: FeatureTable, pairs: [(Int, Int)],
        settings: CohortSettings
    ) -> [LinkGenusRow] {
        let (gutNames, gutColumns) = clrColumns(gutGenera, rows: pairs.map(\.0), prevalence: settings.linkPrevalence)
        let (skinNames, skinColumns) = clrColumns(skinGenera, rows: pairs.map(\.1), prevalence: settings.linkPrevalence)
        let n = pairs.count
        guard !gutNames.isEmpty, !skinNames.isEmpty else { return [] }
        // Standardised ranks: Spearman's rho is then a dot product, cheap to permute.
        func standardizedRanks(_ values: [Double]) -> [Double] {
            let ranks = Ranking.averageRanks(values).ranks
            let mean = ranks.reduce(0, +) / Double(n)
            let centred = ranks.map { $0 - mean }
            let norm = centred.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? centred.map { $0 / norm } : centred.map { _ in .nan }
        }
        let gutRanks = gutColumns.map(standardizedRanks)
        let skinRanks = skinColumns.map(standardizedRanks)
        let orders = (0..<settings.permutations).map { PermutationStreams.order(count: n, seed: settings.seed, permutation: $0) }
        let rows: [[LinkGenusRow]] = Parallel.map(count: gutNames.count, threads: settings.threads) { g in
            var rows = [LinkGenusRow]()
            for s in skinNames.indices {
                let test = try? spearman(gutColumns[g], skinColumns[s])
                let rho = test?.statistic ?? .nan
                var permutationP = Double.nan
                if !rho.isNaN && !orders.isEmpty {
                    let a = gutRanks[g]
                    let b = skinRanks[s]
                    var observed = 0.0
                    for i in 0..<n { observed += a[i] * b[i] }
                    let threshold = abs(observed) - 1e-12
                    var count = 0
                    for order in orders {
                        var dot = 0.0
                        for i in 0..<n { dot += a[i] * b[order[i]] }
                        if abs(dot) >= threshold { count += 1 }
                    }
                    permutationP = Double(count + 1) / Double(orders.count + 1)
                }
                rows.append(
                    LinkGenusRow(
                        gutSite: gut.site.value, skinSite: skin.site.value, gutGenus: gutNames[g], skinGenus: skinNames[s], count: n,
                        rho: rho, pValue: test?.pValue ?? .nan, permutationPValue: permutationP))
            }
            return rows
        }
        var flat = rows.flatMap { $0 }
        adjustInPlace(&flat, p: \.pValue, q: \.qValue)
        return flat
    }
}
