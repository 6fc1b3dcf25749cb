import Foundation
import GutSkinAxis

/// A volcano plot: effect (log fold change) against −log10 p, points with q below the threshold
/// coloured and the strongest few labelled.
public struct VolcanoPlot: Sendable {
    public struct Point: Sendable {
        public let label: String
        public let effect: Double, pValue: Double, qValue: Double
        public init(label: String, effect: Double, pValue: Double, qValue: Double) {
            self.label = label
            self.effect = effect
            self.pValue = pValue
            self.qValue = qValue
        }
    }

    public let title: String, xLabel: String
    public let points: [Point]
    public let threshold: Double

    public init(title: String, xLabel: String, points: [Point], threshold: Double = 0.05) {
        self.title = title
        self.xLabel = xLabel
        self.points = points.filter { $0.effect.isFinite && $0.pValue.isFinite && $0.pValue > 0 }
        self.threshold = threshold
    }

    public func render(width: Double = 360, height: Double = 280) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let left = 44.0
        let right = width - 10
        let top = 24.0
        let bottom = height - 40
        canvas.text(title, x: width / 2, y: 15, anchor: .middle, size: 12, bold: true)
        guard !points.isEmpty else {
            canvas.text("no genera tested", x: width / 2, y: height / 2, anchor: .middle, fill: Palette.muted)
            return canvas.render(title: title)
        }
        let reach = max(points.map { abs($0.effect) }.max() ?? 1, 1e-9)
        let heights = points.map { -log10($0.pValue) }
        let xScale = LinearScale(domain: -reach...reach, range: left...right).nice(count: 5)
        let yScale = LinearScale(domain: 0...max(heights.max() ?? 1, 1), from: bottom, to: top).nice(count: 4)
        for tick in xScale.ticks(count: 5) {
            canvas.line(xScale(tick), top, xScale(tick), bottom, stroke: Palette.grid)
            canvas.text(HTMLText.number(tick), x: xScale(tick), y: bottom + 13, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for tick in yScale.ticks(count: 4) {
            canvas.line(left, yScale(tick), right, yScale(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 1), x: left - 4, y: yScale(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        canvas.line(xScale(0), top, xScale(0), bottom, stroke: Palette.axis)
        canvas.text(xLabel, x: (left + right) / 2, y: bottom + 28, anchor: .middle, size: 10, fill: Palette.muted)
        canvas.text("−log10 p", x: 11, y: (top + bottom) / 2, anchor: .middle, size: 10, fill: Palette.muted, rotate: -90)
        for (index, point) in points.enumerated() {
            let passed = point.qValue < threshold
            let fill = passed ? (point.effect > 0 ? Palette.high : Palette.reference) : "#c4c9cf"
            canvas.circle(
                x: xScale(point.effect), y: yScale(heights[index]), radius: passed ? 4 : 3, fill: fill, opacity: 0.85,
                title:
                    "\(point.label): effect \(HTMLText.number(point.effect)), p \(HTMLText.number(point.pValue, decimals: 4)), q \(HTMLText.number(point.qValue, decimals: 4))"
            )
        }
        for index in points.indices.sorted(by: { points[$0].pValue < points[$1].pValue }).prefix(5) where points[index].qValue < threshold {
            let point = points[index]
            let x = xScale(point.effect)
            let onRight = x > (left + right) / 2
            canvas.text(point.label, x: onRight ? x - 5 : x + 5, y: yScale(heights[index]) - 6, anchor: onRight ? .end : .start, size: 9)
        }
        return canvas.render(title: title)
    }
}
