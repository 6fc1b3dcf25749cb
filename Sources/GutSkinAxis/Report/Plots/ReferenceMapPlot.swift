/// The reference samples on their first two principal coordinates, with the person placed
/// among them by Gower's add-a-point formula.
public enum ReferenceMapPlot {
    public static func svg(map: ReferenceMap, person: [Double], label: String, title: String) -> String {
        let width = 420.0, height = 340.0, left = 50.0, right = 405.0, top = 15.0, bottom = 290.0
        var canvas = SVGCanvas(width: width, height: height)
        let xs = map.coordinates.map { $0.first ?? 0 } + [person.first ?? 0]
        let ys = map.coordinates.map { $0.count > 1 ? $0[1] : 0 } + [person.count > 1 ? person[1] : 0]
        let x = LinearScale(domain: xs.min()!...xs.max()!, range: left...right).nice()
        let y = LinearScale(domain: ys.min()!...ys.max()!, from: bottom, to: top).nice()
        for tick in x.ticks() {
            canvas.line(x(tick), top, x(tick), bottom, stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 2), x: x(tick), y: bottom + 14, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for tick in y.ticks() {
            canvas.line(left, y(tick), right, y(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 2), x: left - 5, y: y(tick) + 3, anchor: .end, size: 10, fill: Palette.muted)
        }
        for point in map.coordinates {
            canvas.circle(x: x(point.first ?? 0), y: y(point.count > 1 ? point[1] : 0), radius: 3, fill: Palette.reference, opacity: 0.35)
        }
        let px = x(person.first ?? 0), py = y(person.count > 1 ? person[1] : 0)
        canvas.circle(x: px, y: py, radius: 8, fill: Palette.person, stroke: "#ffffff", title: label)
        canvas.text(label, x: px + 11, y: py - 8, size: 13, fill: Palette.person, bold: true)
        let first = HTMLText.percent(map.proportionExplained.first ?? 0)
        let second = HTMLText.percent(map.proportionExplained.dropFirst().first ?? 0)
        canvas.text("PCoA axis 1 (\(first) of variation)", x: (left + right) / 2, y: height - 14, anchor: .middle, size: 11)
        canvas.text("PCoA axis 2 (\(second))", x: 12, y: (top + bottom) / 2, anchor: .middle, size: 11, rotate: -90)
        return canvas.render(title: title, className: "plot map")
    }
}
