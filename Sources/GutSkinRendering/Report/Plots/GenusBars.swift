import GutSkinAxis

/// Two stacked bars of genus shares — the person and the reference's median shares — with the
/// same colour for the same genus and the rest as "other".
public enum GenusBars {
    public static func svg(genera: [GutSkinReport.GenusShare], title: String, shown: Int = 8) -> String {
        let top = Array(genera.prefix(shown))
        let width = 640.0
        let left = 135.0
        let right = 615.0
        let height = 104.0
        var canvas = SVGCanvas(width: width, height: height)
        let scale = LinearScale(domain: 0...1, range: left...right)
        let other = "#d0d7de"
        for (row, (label, shares)) in [("You", top.map(\.share)), ("Reference", top.map(\.referenceMedianShare))].enumerated() {
            let y = 12 + Double(row) * 34
            canvas.text(label, x: left - 8, y: y + 19, anchor: .end, size: 20, bold: row == 0)
            var start = 0.0
            for (index, share) in shares.enumerated() where share > 0 {
                canvas.rect(
                    x: scale(start), y: y, width: scale(start + share) - scale(start), height: 24,
                    fill: Palette.categories[index % Palette.categories.count],
                    title: "\(top[index].genus): \(HTMLText.percent(share))")
                start += share
            }
            canvas.rect(
                x: scale(start), y: y, width: scale(1) - scale(start), height: 24, fill: other,
                title: "other genera: \(HTMLText.percent(1 - start))")
        }
        for tick in [0.0, 0.25, 0.5, 0.75, 1] {
            canvas.line(scale(tick), 82, scale(tick), 86)
            canvas.text(HTMLText.percent(tick), x: scale(tick), y: 100, anchor: .middle, size: 17, fill: Palette.muted)
        }
        return canvas.render(title: title)
    }

    /// The colour key as HTML (text stays readable at phone width, unlike text inside a scaled SVG).
    public static func legend(genera: [GutSkinReport.GenusShare], shown: Int = 8) -> String {
        var items = ""
        for (index, genus) in genera.prefix(shown).enumerated() {
            items +=
                "<li><span class=\"swatch\" style=\"background:\(Palette.categories[index % Palette.categories.count])\"></span>\(HTMLText.escape(genus.genus)): you \(HTMLText.percent(genus.share)), reference median \(HTMLText.percent(genus.referenceMedianShare))</li>"
        }
        items += "<li><span class=\"swatch\" style=\"background:#d0d7de\"></span>other genera</li>"
        return "<ul class=\"legend\">\(items)</ul>"
    }
}
