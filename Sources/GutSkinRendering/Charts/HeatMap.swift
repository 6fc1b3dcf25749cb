import GutSkinAxis

/// A heat map of values in [−1, 1] (correlations) on a diverging blue–white–orange scale, with
/// row and column labels and a mark on cells flagged (e.g. q < 0.05).
public struct HeatMap: Sendable {
    public let title: String
    public let rowLabels: [String], columnLabels: [String]
    /// values[row][column], NaN drawn grey.
    public let values: [[Double]]
    public let marked: Set<[Int]>

    public init(title: String, rowLabels: [String], columnLabels: [String], values: [[Double]], marked: Set<[Int]> = []) {
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.marked = marked
    }

    static func colour(_ value: Double) -> String {
        guard value.isFinite else { return "#eeeeee" }
        let v = min(max(value, -1), 1)
        // White to Okabe–Ito blue (negative) or orange (positive).
        let target: (Double, Double, Double) = v < 0 ? (0, 114, 178) : (230, 159, 0)
        let t = abs(v)
        func mix(_ end: Double) -> Int { Int((255 + (end - 255) * t).rounded()) }
        return "rgb(\(mix(target.0)),\(mix(target.1)),\(mix(target.2)))"
    }

    /// Labels longer than this many characters are cut.
    static let maximumLabel = 28
    /// A generous width of one character at the labels' 9 px font (wide letters ≈ 0.62 em).
    static let characterWidth = 5.6

    /// The drawn length of a label (cut to `maximumLabel` characters), in px.
    static func labelLength(_ label: String) -> Double { Double(min(label.count, maximumLabel)) * characterWidth }

    public func render(cell: Double = 14) -> String {
        // Margins measured from the labels: row labels end at the grid; column labels are turned 60°
        // up and to the right, so they need height L·sin 60° and reach L·cos 60° past their column.
        let labelWidth = (rowLabels.map(Self.labelLength).max() ?? 20) + 10
        let sin60 = 0.8660254037844386
        let gridRight = labelWidth + Double(columnLabels.count) * cell
        var labelHeight = 8.0
        var rightEdge = gridRight + 10
        for (column, label) in columnLabels.enumerated() {
            let length = Self.labelLength(label)
            labelHeight = max(labelHeight, length * sin60 + 8)
            rightEdge = max(rightEdge, labelWidth + (Double(column) + 0.5) * cell + 3 + length * 0.5 + 6)
        }
        let legendRight = labelWidth + 136 + 95  // "+1  (• q < 0.05)" after the 11-step scale
        let titleRight = 4 + Double(title.count) * 6.8
        let width = max(rightEdge, legendRight, titleRight, 260)
        let height = 24 + labelHeight + Double(rowLabels.count) * cell + 30
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 4, y: 15, size: 12, bold: true)
        let top = 24 + labelHeight
        for (column, label) in columnLabels.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * cell
            canvas.text(String(label.prefix(Self.maximumLabel)), x: x + 3, y: top - 4, size: 9, rotate: -60)
        }
        for (row, label) in rowLabels.enumerated() {
            let y = top + Double(row) * cell
            canvas.text(String(label.prefix(Self.maximumLabel)), x: labelWidth - 4, y: y + cell * 0.75, anchor: .end, size: 9)
            for column in columnLabels.indices {
                let value = values[row][column]
                canvas.rect(
                    x: labelWidth + Double(column) * cell, y: y, width: cell - 1, height: cell - 1, fill: Self.colour(value),
                    title: "\(rowLabels[row]) × \(columnLabels[column]): \(HTMLText.number(value))")
                if marked.contains([row, column]) {
                    canvas.text("•", x: labelWidth + (Double(column) + 0.5) * cell, y: y + cell * 0.8, anchor: .middle, size: 11)
                }
            }
        }
        let legendY = top + Double(rowLabels.count) * cell + 12
        for step in 0...10 {
            let value = Double(step) / 5 - 1
            canvas.rect(x: labelWidth + Double(step) * 12, y: legendY, width: 12, height: 8, fill: Self.colour(value))
        }
        canvas.text("−1", x: labelWidth - 3, y: legendY + 8, anchor: .end, size: 9)
        canvas.text("+1  (• q < 0.05)", x: labelWidth + 136, y: legendY + 8, size: 9)
        return canvas.render(title: title)
    }
}
