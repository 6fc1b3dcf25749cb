import GutSkinAxis

/// A scatter plot of labelled points in colour groups — a PCoA coloured by group, or one measure
/// against another. Reusable by any report (the per-person report can mark one person's point).
public struct ScatterPlot: Sendable {
    public struct Point: Sendable {
        public let x: Double, y: Double
        public let group: String
        public let label: String
        public init(x: Double, y: Double, group: String, label: String) {
            self.x = x
            self.y = y
            self.group = group
            self.label = label
        }
    }

    public let title: String
    public let xLabel: String, yLabel: String
    public let points: [Point]
    /// Group names in legend order with their colours; groups not listed are drawn grey.
    public let groups: [(name: String, colour: String)]
    /// Points to draw larger, outlined (e.g. the person a report is about).

    public init(title: String, xLabel: String, yLabel: String, points: [Point], groups: [(name: String, colour: String)]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.points = points.filter { $0.x.isFinite && $0.y.isFinite }
        self.groups = groups
    }

    public func render(width: Double = 360, height: Double = 300) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let left = 48.0
        let right = width - 10
        let top = 24.0
        let bottom = height - 58
        canvas.text(title, x: width / 2, y: 15, anchor: .middle, size: 12, bold: true)
        guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
            let minY = points.map(\.y).min(), let maxY = points.map(\.y).max()
        else {
            canvas.text("no points", x: width / 2, y: height / 2, anchor: .middle, fill: Palette.muted)
            return canvas.render(title: title)
        }
        let xScale = LinearScale(domain: minX...maxX, range: left...right).nice(count: 5)
        let yScale = LinearScale(domain: minY...maxY, from: bottom, to: top).nice(count: 5)
        for tick in xScale.ticks(count: 5) {
            canvas.line(xScale(tick), top, xScale(tick), bottom, stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 3), x: xScale(tick), y: bottom + 13, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for tick in yScale.ticks(count: 5) {
            canvas.line(left, yScale(tick), right, yScale(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 3), x: left - 4, y: yScale(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        canvas.text(xLabel, x: (left + right) / 2, y: bottom + 28, anchor: .middle, size: 10, fill: Palette.muted)
        canvas.text(yLabel, x: 11, y: (top + bottom) / 2, anchor: .middle, size: 10, fill: Palette.muted, rotate: -90)
        let colour = Dictionary(groups.map { ($0.name, $0.colour) }, uniquingKeysWith: { first, _ in first })
        // Ungrouped (grey) points first, so coloured groups stay visible on top.
        let ordered = points.filter { colour[$0.group] == nil } + points.filter { colour[$0.group] != nil }
        for point in ordered {
            let fill = colour[point.group] ?? "#c4c9cf"
            canvas.circle(
                x: xScale(point.x), y: yScale(point.y), radius: 3.5, fill: fill, opacity: 0.8,
                title: "\(point.label) (\(point.group))")
        }
        var legendX = left
        for group in groups {
            let count = points.filter { $0.group == group.name }.count
            let text = "\(group.name) (\(count))"
            canvas.circle(x: legendX + 5, y: height - 12, radius: 4, fill: group.colour)
            canvas.text(text, x: legendX + 13, y: height - 8, size: 10)
            legendX += 24 + Double(text.count) * 5.6
        }
        return canvas.render(title: title)
    }
}
