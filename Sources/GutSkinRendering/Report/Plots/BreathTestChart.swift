import GutSkinAxis

/// Hydrogen (and methane) over time with the North American Consensus thresholds: baseline +
/// 20 ppm hydrogen up to 90 minutes, and 10 ppm methane.
public enum BreathTestChart {
    public static func svg(_ test: BreathTestReport) -> String {
        let width = 440.0
        let height = 300.0
        let left = 50.0
        let right = 425.0
        let top = 20.0
        let bottom = 235.0
        var canvas = SVGCanvas(width: width, height: height)
        let minutes = test.readings.map(\.minutes)
        let threshold = test.baselineHydrogenPPM + BreathTestInterpretation.hydrogenRiseThresholdPPM
        let values =
            test.readings.map(\.hydrogenPPM) + test.readings.compactMap(\.methanePPM) + [
                threshold, BreathTestInterpretation.methaneThresholdPPM,
            ]
        let x = LinearScale(domain: 0...max(minutes.max() ?? 90, 90), range: left...right).nice(count: 6)
        let y = LinearScale(domain: 0...max(values.max() ?? 1, 1), from: bottom, to: top).nice()
        for tick in y.ticks() {
            canvas.line(left, y(tick), right, y(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 0), x: left - 6, y: y(tick) + 4, anchor: .end, size: 13, fill: Palette.muted)
        }
        for tick in x.ticks(count: 6) {
            canvas.text(HTMLText.number(tick, decimals: 0), x: x(tick), y: bottom + 16, anchor: .middle, size: 13, fill: Palette.muted)
        }
        canvas.line(x(90), top, x(90), bottom, stroke: Palette.muted, dashed: true)
        canvas.text("90 min", x: x(90) + 4, y: top + 10, size: 12, fill: Palette.muted)
        canvas.line(x(0), y(threshold), x(90), y(threshold), stroke: Palette.reference, width: 1.5, dashed: true)
        canvas.text("H₂ baseline + 20 ppm", x: x(0) + 4, y: y(threshold) - 5, size: 12, fill: Palette.reference)
        canvas.polyline(test.readings.map { (x($0.minutes), y($0.hydrogenPPM)) }, stroke: Palette.reference)
        for reading in test.readings {
            canvas.circle(
                x: x(reading.minutes), y: y(reading.hydrogenPPM), radius: 3.5, fill: Palette.reference,
                title: "\(HTMLText.number(reading.minutes, decimals: 0)) min: H₂ \(HTMLText.number(reading.hydrogenPPM, decimals: 1)) ppm")
        }
        let methane = test.readings.compactMap { reading in reading.methanePPM.map { (reading.minutes, $0) } }
        if !methane.isEmpty {
            canvas.line(
                x.range.lowerBound, y(BreathTestInterpretation.methaneThresholdPPM), x.range.upperBound,
                y(BreathTestInterpretation.methaneThresholdPPM), stroke: Palette.low, width: 1.5, dashed: true)
            canvas.text(
                "CH₄ 10 ppm", x: right - 4, y: y(BreathTestInterpretation.methaneThresholdPPM) - 5, anchor: .end, size: 12,
                fill: Palette.low)
            canvas.polyline(methane.map { (x($0.0), y($0.1)) }, stroke: Palette.low)
            for (minute, value) in methane {
                canvas.circle(
                    x: x(minute), y: y(value), radius: 3.5, fill: Palette.low,
                    title: "\(HTMLText.number(minute, decimals: 0)) min: CH₄ \(HTMLText.number(value, decimals: 1)) ppm")
            }
        }
        canvas.line(left, bottom, right, bottom)
        canvas.line(left, top, left, bottom)
        canvas.text("Minutes after the substrate", x: (left + right) / 2, y: height - 22, anchor: .middle, size: 13)
        canvas.text("Gas in breath (ppm)", x: 14, y: (top + bottom) / 2, anchor: .middle, size: 12, rotate: -90)
        canvas.rect(x: left + 10, y: height - 14, width: 12, height: 4, fill: Palette.reference)
        canvas.text("hydrogen (H₂)", x: left + 26, y: height - 8, size: 13)
        if !methane.isEmpty {
            canvas.rect(x: left + 150, y: height - 14, width: 12, height: 4, fill: Palette.low)
            canvas.text("methane (CH₄)", x: left + 166, y: height - 8, size: 13)
        }
        return canvas.render(title: "Breath test: hydrogen\(methane.isEmpty ? "" : " and methane") over time")
    }
}
