import GutSkinAxis
import GutSkinDiary

/// A calendar heat map of one symptom: one square per day, weeks as columns and Monday to Sunday
/// as rows, coloured from pale (0) to deep (the scale's top); days not logged are left grey.
enum DiaryCalendar {
    static func render(name: String, values: [Double], firstDay: DiaryDate, scale: SymptomScale) -> String {
        let cell = 13.0
        let gap = 2.0
        let left = 26.0
        let top = 16.0
        let lead = firstDay.weekday
        let weeks = (lead + values.count + 6) / 7
        var canvas = SVGCanvas(width: max(left + 150, left + Double(weeks) * (cell + gap) + 4), height: top + 8 * (cell + gap) + 10)
        for (row, label) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !label.isEmpty {
            canvas.text(label, x: 0, y: top + Double(row) * (cell + gap) + cell - 2, size: 9, fill: Palette.muted)
        }
        for (t, value) in values.enumerated() {
            let slot = lead + t
            let x = left + Double(slot / 7) * (cell + gap)
            let y = top + Double(slot % 7) * (cell + gap)
            let date = firstDay.adding(days: t)
            if date.components.day == 1 || t == 0 {
                canvas.text(monthName(date.components.month), x: x, y: 10, size: 9, fill: Palette.muted)
            }
            let fill =
                value.isNaN ? "#eef0f2" : colour((value - scale.range.lowerBound) / (scale.range.upperBound - scale.range.lowerBound))
            let label = value.isNaN ? "\(date): not logged" : "\(date): \(name) \(HTMLText.number(value, decimals: 1))"
            canvas.rect(x: x, y: y, width: cell, height: cell, fill: fill, radius: 2, title: label)
        }
        // Legend: the scale's ends and middle.
        let low = scale.range.lowerBound
        let high = scale.range.upperBound
        let legendY = top + 7 * (cell + gap) + 6
        for (index, value) in [low, (low + high) / 2, high].enumerated() {
            let x = left + Double(index) * 46
            canvas.rect(x: x, y: legendY, width: cell, height: cell, fill: colour((value - low) / (high - low)), radius: 2)
            canvas.text(HTMLText.number(value), x: x + cell + 4, y: legendY + cell - 2, size: 9, fill: Palette.muted)
        }
        return canvas.render(title: "Calendar of daily \(name)", className: "plot")
    }

    /// From pale yellow (0) to deep red-orange (1), readable in print.
    static func colour(_ fraction: Double) -> String {
        let f = min(1, max(0, fraction))
        let low = (255.0, 247.0, 220.0)
        let high = (179.0, 40.0, 0.0)
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * f).rounded())
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
    }

    static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
