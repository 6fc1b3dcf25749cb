import GutSkinAxis

/// A horizontal gauge of a percentile against the reference: zones below the 10th (low),
/// 10th–90th (typical) and above the 90th (high) percentile, with the person's marker.
public enum PercentileGauge {
    public static func svg(percentile: Double?, title: String) -> String {
        let width = 260.0
        let left = 10.0
        let right = 250.0
        let top = 10.0
        let barHeight = 12.0
        var canvas = SVGCanvas(width: width, height: 50)
        let scale = LinearScale(domain: 0...100, range: left...right)
        canvas.rect(x: scale(0), y: top, width: scale(10) - scale(0), height: barHeight, fill: "#f6d7b0")
        canvas.rect(x: scale(10), y: top, width: scale(90) - scale(10), height: barHeight, fill: "#cfe8d6")
        canvas.rect(x: scale(90), y: top, width: scale(100) - scale(90), height: barHeight, fill: "#e6d3f0")
        for tick in [0.0, 10, 50, 90, 100] {
            canvas.line(scale(tick), top + barHeight, scale(tick), top + barHeight + 4, stroke: Palette.axis)
        }
        // Labels at the band edges and the median; 0 and 100 are the ends of the bar.
        for tick in [10.0, 50, 90] {
            canvas.text(HTMLText.ordinal(tick), x: scale(tick), y: top + barHeight + 18, anchor: .middle, size: 13, fill: Palette.muted)
        }
        if let percentile {
            let x = scale(min(max(percentile, 0), 100))
            canvas.raw("<path d=\"M\(x - 6),\(top - 8) L\(x + 6),\(top - 8) L\(x),\(top + 1) Z\" fill=\"\(Palette.person)\"/>")
            canvas.line(x, top, x, top + barHeight, stroke: Palette.person, width: 3)
        } else {
            canvas.text("no percentile", x: scale(50), y: top + 10, anchor: .middle, size: 12, fill: Palette.muted)
        }
        return canvas.render(title: title, className: "plot gauge")
    }
}
