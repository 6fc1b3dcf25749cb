import GutSkinAxis

/// One score of a person's timeline as a small line over dates, with a dashed marker at each
/// event, so a reader sees the path of the score and where the events fell.
public enum TimelineChart {
    public static func svg(_ timeline: PersonTimeline, score: ScoreKind) -> String {
        let width = 640.0
        let height = 150.0
        let left = 44.0
        let right = 12.0
        let top = 22.0
        let bottom = 28.0
        var canvas = SVGCanvas(width: width, height: height)
        let points = timeline.points.compactMap { point -> (day: Double, value: Double, sample: String, date: TimelineDay)? in
            guard let value = point.scores.first(where: { $0.id == score })?.value, value.isFinite else { return nil }
            return (Double(point.date.ordinal), value, point.sampleId, point.date)
        }
        let days = timeline.points.map { Double($0.date.ordinal) } + timeline.events.map { Double($0.date.ordinal) }
        let x = LinearScale(domain: (days.min() ?? 0)...(days.max() ?? 1), from: left, to: width - right)
        let values = points.map(\.value)
        let y = LinearScale(domain: (values.min() ?? 0)...(values.max() ?? 1), from: height - bottom, to: top)
        for tick in y.ticks(count: 4) {
            canvas.line(left, y(tick), width - right, y(tick), stroke: Palette.grid)
            canvas.text(score.formatted(tick), x: left - 4, y: y(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        for (index, event) in timeline.events.enumerated() {
            let position = x(Double(event.date.ordinal))
            canvas.line(position, top - 4, position, height - bottom, stroke: Palette.person, dashed: true)
            let anchor: SVGCanvas.Anchor = position > width * 0.7 ? .end : .start
            canvas.text(
                "\(event.label) (\(event.date))", x: position + (anchor == .end ? -3 : 3), y: top - 8 + Double(index % 2) * 10,
                anchor: anchor, size: 10, fill: Palette.person)
        }
        if points.count > 1 { canvas.polyline(points.map { (x: x($0.day), y: y($0.value)) }, stroke: Palette.reference) }
        for point in points {
            canvas.circle(
                x: x(point.day), y: y(point.value), radius: 3.5, fill: Palette.reference,
                title: "\(point.date) (\(point.sample)): \(score.formatted(point.value))")
        }
        if let first = timeline.points.first?.date, let last = timeline.points.last?.date {
            canvas.text(first.description, x: left, y: height - 8, size: 10, fill: Palette.muted)
            if last != first { canvas.text(last.description, x: width - right, y: height - 8, anchor: .end, size: 10, fill: Palette.muted) }
        }
        if points.isEmpty {
            canvas.text("no value at any date", x: width / 2, y: height / 2, anchor: .middle, size: 12, fill: Palette.muted)
        }
        return canvas.render(title: "\(score.title) by date" + (timeline.events.isEmpty ? "" : ", with events marked"))
    }
}
