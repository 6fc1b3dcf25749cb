import GutSkinAxis
import GutSkinCore
import GutSkinLongitudinal

/// The volatility page: one self-contained HTML file in the project's plot style (no scripts),
/// with each individual's line, the group means and the control limits, plus the TSVs beside it.
public enum VolatilityPage {
    public static func html(_ volatility: Volatility) -> String {
        let title = "Volatility of \(volatility.metric) over \(volatility.stateColumn)"
        let groups = Array(Set(volatility.series.map(\.group))).sorted()
        let colour = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, Palette.categories[$0 % Palette.categories.count]) })
        let individuals = volatility.series.count
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p class=\"summary\">\(volatility.rows.count) samples from \(individuals) individuals"
        body += " in \(groups.count) group\(groups.count == 1 ? "" : "s")."
        body += " Global mean \(HTMLText.number(volatility.globalMean, decimals: 4)),"
        body += " standard deviation \(HTMLText.number(volatility.globalStandardDeviation, decimals: 4)); dashed lines mark ±2 and ±3"
        body += " standard deviations around the global mean (a control chart, as q2-longitudinal's volatility). Points outside"
        body += " them are unusual for this cohort; they are associations with time, not evidence of a cause.</p>\n"
        body += "<figure>" + chart(volatility, colour: colour, groups: groups, title: title)
        body += "<figcaption>Thin lines: individuals; thick lines: group means at each state.</figcaption></figure>\n"
        body += "<h2>Group means</h2>\n<div class=\"table-scroll\"><table><tr><th>group</th>"
        body += "<th class=\"number\">\(HTMLText.escape(volatility.stateColumn))</th>"
        body += "<th class=\"number\">mean</th><th class=\"number\">n</th></tr>\n"
        for mean in volatility.groupMeans {
            body += "<tr><td>\(HTMLText.escape(mean.group))</td><td class=\"number\">\(HTMLText.number(mean.state, decimals: 4))</td>"
            body += "<td class=\"number\">\(HTMLText.number(mean.mean, decimals: 4))</td><td class=\"number\">\(mean.count)</td></tr>\n"
        }
        body += "</table></div>\n<p class=\"note\">The data are beside this page as TSV files.</p>\n"
        return HTMLPage.render(title: title, body: body)
    }

    static func chart(_ volatility: Volatility, colour: [String: String], groups: [String], title: String) -> String {
        let width = 720.0
        let height = 420.0
        let left = 56.0
        let right = width - 16
        let top = 28.0
        let bottom = height - 64
        var canvas = SVGCanvas(width: width, height: height)
        let states = volatility.rows.map(\.state)
        let values = volatility.rows.map(\.value) + volatility.controlLimits
        let x = LinearScale(domain: states.min()!...states.max()!, range: left...right).nice(count: 6)
        let y = LinearScale(domain: values.min()!...values.max()!, from: bottom, to: top).nice(count: 6)
        for tick in x.ticks(count: 6) {
            canvas.line(x(tick), top, x(tick), bottom, stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 3), x: x(tick), y: bottom + 14, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for tick in y.ticks(count: 6) {
            canvas.line(left, y(tick), right, y(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 3), x: left - 4, y: y(tick) + 4, anchor: .end, size: 10, fill: Palette.muted)
        }
        canvas.text(volatility.stateColumn, x: (left + right) / 2, y: bottom + 30, anchor: .middle, size: 11, fill: Palette.muted)
        canvas.text(volatility.metric, x: 12, y: (top + bottom) / 2, anchor: .middle, size: 11, fill: Palette.muted, rotate: -90)
        canvas.line(left, y(volatility.globalMean), right, y(volatility.globalMean), stroke: Palette.text, width: 1.2)
        canvas.text("mean", x: right - 2, y: y(volatility.globalMean) - 3, anchor: .end, size: 9, fill: Palette.muted)
        for (limit, label) in zip(volatility.controlLimits, ["−3 SD", "−2 SD", "+2 SD", "+3 SD"]) {
            canvas.line(left, y(limit), right, y(limit), stroke: Palette.axis, width: 1, dashed: true)
            canvas.text(label, x: right - 2, y: y(limit) - 3, anchor: .end, size: 9, fill: Palette.muted)
        }
        for series in volatility.series {
            let points = series.points.map { (x: x($0.state), y: y($0.value)) }
            let stroke = colour[series.group] ?? Palette.axis
            if points.count > 1 {
                let path = points.map { HTMLText.plain($0.x, decimals: 2) + "," + HTMLText.plain($0.y, decimals: 2) }.joined(separator: " ")
                canvas.raw("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"1\" stroke-opacity=\"0.35\"/>")
            }
            for point in points { canvas.circle(x: point.x, y: point.y, radius: 2, fill: stroke, opacity: 0.5, title: series.individual) }
        }
        for group in groups {
            let means = volatility.groupMeans.filter { $0.group == group }.map { (x: x($0.state), y: y($0.mean)) }
            canvas.polyline(means, stroke: colour[group]!, width: 3)
        }
        var legendX = left
        for group in groups {
            canvas.rect(x: legendX, y: height - 18, width: 14, height: 4, fill: colour[group]!)
            canvas.text(group, x: legendX + 18, y: height - 12, size: 10)
            legendX += 30 + Double(group.count) * 6
        }
        return canvas.render(title: title)
    }

    /// `<name>.tsv`: the samples drawn (sample id, individual, group, state, metric).
    public static func dataTSV(_ volatility: Volatility) -> String {
        var lines = ["#SampleID\tindividual\tgroup\t\(volatility.stateColumn)\t\(volatility.metric)"]
        for row in volatility.rows {
            let numbers = "\(PythonFloatFormat.repr(row.state))\t\(PythonFloatFormat.repr(row.value))"
            lines.append("\(row.sample)\t\(row.individual)\t\(row.group)\t" + numbers)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `<name>-means.tsv`: group means per state, then the global mean, SD and control limits.
    public static func meansTSV(_ volatility: Volatility) -> String {
        var lines = ["group\t\(volatility.stateColumn)\tmean\tn"]
        for mean in volatility.groupMeans {
            lines.append("\(mean.group)\t\(PythonFloatFormat.repr(mean.state))\t\(PythonFloatFormat.repr(mean.mean))\t\(mean.count)")
        }
        lines.append("")
        lines.append("statistic\tvalue")
        lines.append("global mean\t\(PythonFloatFormat.repr(volatility.globalMean))")
        lines.append("global standard deviation\t\(PythonFloatFormat.repr(volatility.globalStandardDeviation))")
        for (limit, label) in zip(volatility.controlLimits, ["mean - 3 SD", "mean - 2 SD", "mean + 2 SD", "mean + 3 SD"]) {
            lines.append("\(label)\t\(PythonFloatFormat.repr(limit))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
