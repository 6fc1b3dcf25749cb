import GutSkinAxis

/// Box plots of a measure for a few groups (median, quartiles, whiskers to the most extreme value
/// within 1.5 IQR, every value drawn as a point with a deterministic jitter).
public struct BoxPlot: Sendable {
    public struct Group: Sendable {
        public let label: String
        public let values: [Double]
        public let colour: String
        public init(label: String, values: [Double], colour: String) {
            self.label = label
            self.values = values.filter { $0.isFinite }
            self.colour = colour
        }
    }

    public let title: String
    public let yLabel: String
    public let groups: [Group]

    public init(title: String, yLabel: String, groups: [Group]) {
        self.title = title
        self.yLabel = yLabel
        self.groups = groups
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    public func render(width: Double = 260, height: Double = 220) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let left = 46.0
        let right = width - 8
        let top = 22.0
        let bottom = height - 34
        let all = groups.flatMap(\.values)
        canvas.text(title, x: width / 2, y: 14, anchor: .middle, size: 12, bold: true)
        guard let low = all.min(), let high = all.max() else {
            canvas.text("no values", x: width / 2, y: height / 2, anchor: .middle, fill: Palette.muted)
            return canvas.render(title: title)
        }
        let scale = LinearScale(domain: low...high, from: bottom, to: top).nice(count: 4)
        for tick in scale.ticks(count: 4) {
            canvas.line(left, scale(tick), right, scale(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 3), x: left - 4, y: scale(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        canvas.text(yLabel, x: 11, y: (top + bottom) / 2, anchor: .middle, size: 10, fill: Palette.muted, rotate: -90)
        let slot = (right - left) / Double(max(groups.count, 1))
        for (index, group) in groups.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            let half = min(slot * 0.28, 30)
            canvas.text("\(group.label) (n=\(group.values.count))", x: centre, y: bottom + 16, anchor: .middle, size: 10)
            let sorted = group.values.sorted()
            guard !sorted.isEmpty else { continue }
            let q1 = Self.quantile(sorted, 0.25)
            let q2 = Self.quantile(sorted, 0.5)
            let q3 = Self.quantile(sorted, 0.75)
            let iqr = q3 - q1
            let lowWhisker = sorted.first { $0 >= q1 - 1.5 * iqr } ?? q1
            let highWhisker = sorted.last { $0 <= q3 + 1.5 * iqr } ?? q3
            canvas.line(centre, scale(lowWhisker), centre, scale(highWhisker), stroke: Palette.muted)
            canvas.rect(
                x: centre - half, y: scale(q3), width: 2 * half, height: scale(q1) - scale(q3), fill: "#ffffff", stroke: group.colour)
            canvas.line(centre - half, scale(q2), centre + half, scale(q2), stroke: group.colour, width: 2)
            for (position, value) in group.values.enumerated() {
                // Deterministic jitter from the position (golden-ratio sequence).
                let offset = ((Double(position) * 0.618_033_988_75).truncatingRemainder(dividingBy: 1) - 0.5) * half * 1.4
                canvas.circle(
                    x: centre + offset, y: scale(value), radius: 2.6, fill: group.colour, opacity: 0.7,
                    title: "\(group.label): \(HTMLText.number(value, decimals: 3))")
            }
        }
        return canvas.render(title: title)
    }
}
