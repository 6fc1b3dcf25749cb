import GutSkinAxis
import GutSkinDiary

/// One symptom day by day as a line, with a mark under each day of an exposure (its strongest
/// candidate), so a reader sees for themselves whether the flare-ups follow it.
enum DiarySymptomLine {
    static func render(
        name: String, values: [Double], firstDay: DiaryDate, scale: SymptomScale, exposure: (name: String, present: [Bool])?
    ) -> String {
        let width = 640.0
        let height = 200.0
        let left = 34.0
        let right = 10.0
        let top = 10.0
        let bottom = 40.0
        var canvas = SVGCanvas(width: width, height: height)
        let x = LinearScale(domain: 0...Double(max(1, values.count - 1)), from: left, to: width - right)
        let y = LinearScale(domain: scale.range, from: height - bottom, to: top)
        for tick in y.ticks(count: 5) {
            canvas.line(left, y(tick), width - right, y(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick), x: left - 4, y: y(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        var run: [(x: Double, y: Double)] = []
        for (t, value) in values.enumerated() {
            if value.isNaN {
                if run.count > 1 { canvas.polyline(run, stroke: Palette.reference) }
                run = []
            } else {
                run.append((x(Double(t)), y(value)))
            }
        }
        if run.count > 1 { canvas.polyline(run, stroke: Palette.reference) }
        for (t, value) in values.enumerated()
        where !value.isNaN && (t == 0 || values[t - 1].isNaN) && (t + 1 == values.count || values[t + 1].isNaN) {
            canvas.circle(x: x(Double(t)), y: y(value), radius: 2, fill: Palette.reference)
        }
        canvas.text(firstDay.description, x: left, y: height - 6, size: 10, fill: Palette.muted)
        canvas.text(
            firstDay.adding(days: values.count - 1).description, x: width - right, y: height - 6, anchor: .end, size: 10,
            fill: Palette.muted)
        if let exposure {
            for (t, present) in exposure.present.enumerated() where present {
                canvas.rect(
                    x: x(Double(t)) - 1.5, y: height - bottom + 6, width: 3, height: 10, fill: Palette.person,
                    title: "\(exposure.name), \(firstDay.adding(days: t))")
            }
            canvas.text("▮ days with \(exposure.name)", x: left + 80, y: height - 6, size: 11, fill: Palette.person)
        }
        return canvas.render(title: "Daily \(name)" + (exposure.map { " with days of \($0.name) marked" } ?? ""), className: "plot")
    }
}
