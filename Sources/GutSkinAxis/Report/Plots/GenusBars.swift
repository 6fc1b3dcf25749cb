/// Two stacked bars of genus shares — the person and the reference's median shares — with the
/// same colour for the same genus and the rest as "other".
public enum GenusBars {
    public static func svg(genera: [GutSkinReport.GenusShare], title: String, shown: Int = 8) -> String {
        let top = Array(genera.prefix(shown))
        let legendRows = top.count + 1
        let width = 640.0, left = 120.0, right = 620.0
        let height = 110.0 + Double(legendRows) * 20
        var canvas = SVGCanvas(width: width, height: height)
        let scale = LinearScale(domain: 0...1, range: left...right)
        let other = "#d0d7de"
        for (row, (label, shares)) in [("You", top.map(\.share)), ("Reference", top.map(\.referenceMedianShare))].enumerated() {
            let y = 12 + Double(row) * 34
            canvas.text(label, x: left - 8, y: y + 16, anchor: .end, size: 12, bold: row == 0)
            var start = 0.0
            for (index, share) in shares.enumerated() where share > 0 {
                canvas.rect(
                    x: scale(start), y: y, width: scale(start + share) - scale(start), height: 24,
                    fill: Palette.categories[index % Palette.categories.count],
                    title: "\(top[index].genus): \(HTMLText.percent(share))")
                start += share
            }
            canvas.rect(x: scale(start), y: y, width: scale(1) - scale(start), height: 24, fill: other, title: "other genera: \(HTMLText.percent(1 - start))")
        }
        for tick in [0.0, 0.25, 0.5, 0.75, 1] {
            canvas.line(scale(tick), 82, scale(tick), 86)
            canvas.text(HTMLText.percent(tick), x: scale(tick), y: 98, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for (index, genus) in (top.map(\.genus) + ["other genera"]).enumerated() {
            let x = 20.0, y = 118 + Double(index) * 20
            canvas.rect(x: x, y: y - 10, width: 12, height: 12, fill: index < top.count ? Palette.categories[index % Palette.categories.count] : other)
            let share = index < top.count ? " — you \(HTMLText.percent(top[index].share)), reference median \(HTMLText.percent(top[index].referenceMedianShare))" : ""
            canvas.text(genus + share, x: x + 18, y: y, size: 11)
        }
        return canvas.render(title: title)
    }
}
