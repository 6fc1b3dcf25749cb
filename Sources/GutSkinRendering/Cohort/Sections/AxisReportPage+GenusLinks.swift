import GutSkinAxis

extension AxisReportPage {
    /// One gut site × skin site: the heat map of the genera with the strongest associations, and
    /// the 10 genus pairs with the smallest p. `rows` are all of that pair's genus rows.
    static func genusLinks(_ rows: [LinkGenusRow]) -> String {
        guard let first = rows.first else { return "" }
        let gutGenera = strongest(rows, \.gutGenus)
        let skinGenera = strongest(rows, \.skinGenus)
        var lookup = [String: LinkGenusRow]()
        for row in rows { lookup[row.gutGenus + "\u{1}" + row.skinGenus] = row }
        var values = [[Double]]()
        var marked = Set<[Int]>()
        for (r, g) in gutGenera.enumerated() {
            values.append(
                skinGenera.enumerated().map { c, s in
                    let row = lookup[g + "\u{1}" + s]
                    if let row, row.qValue < 0.05 { marked.insert([r, c]) }
                    return row?.rho ?? .nan
                })
        }
        var html = "<h3>Gut genus × skin genus: \(esc(first.gutSite)) × \(esc(first.skinSite)) (n = \(first.count))</h3>\n"
        let map = HeatMap(
            title: "Spearman rho on CLR values (rows: gut, columns: skin)", rowLabels: gutGenera,
            columnLabels: skinGenera, values: values, marked: marked)
        html += """
            <figure>\(map.render())<figcaption>\(rows.count) pairs tested; shown: the genera with the strongest \
            associations. All pairs are in links-genera.tsv.</figcaption></figure>

            """
        let top = rows.filter { $0.pValue.isFinite }.sorted { $0.pValue < $1.pValue }.prefix(10)
        html += "<p class=\"note\">q: Benjamini–Hochberg over every genus pair of this gut site × skin site (links-genera.tsv).</p>"
        html += table(
            ["gut genus", "skin genus", "n", "rho", "p", "q", "permutation p"],
            top.map {
                [$0.gutGenus, $0.skinGenus, "\($0.count)", num($0.rho), p($0.pValue), p($0.qValue), p($0.permutationPValue)]
            },
            numeric: [2, 3, 4, 5, 6])
        return html
    }

    /// The 25 genera (by `key`) with the strongest association of any pair, in name order.
    static func strongest(_ rows: [LinkGenusRow], _ key: (LinkGenusRow) -> String) -> [String] {
        var best = [String: Double]()
        for row in rows where row.rho.isFinite { best[key(row)] = max(best[key(row)] ?? 0, abs(row.rho)) }
        return best.keys.sorted { (best[$0]!, $1) > (best[$1]!, $0) }.prefix(25).sorted()
    }
}
