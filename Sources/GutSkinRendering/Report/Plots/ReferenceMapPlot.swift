import Foundation
import GutSkinAxis

/// The reference samples on their first two principal coordinates, with the person placed
/// among them by Gower's add-a-point formula.
public enum ReferenceMapPlot {
    static let width = 420.0, height = 340.0, left = 50.0, right = 405.0, top = 15.0, bottom = 290.0

    /// The axes and reference dots, which are the same for every person: drawn once per map and
    /// reused (batches of thousands of reports draw them once).
    final class Background: @unchecked Sendable {
        let canvas: SVGCanvas
        let x: LinearScale
        let y: LinearScale

        init(map: ReferenceMap) {
            var canvas = SVGCanvas(width: ReferenceMapPlot.width, height: ReferenceMapPlot.height)
            let xs = map.coordinates.map { $0.first ?? 0 }
            let ys = map.coordinates.map { $0.count > 1 ? $0[1] : 0 }
            let x = LinearScale(domain: (xs.min() ?? 0)...(xs.max() ?? 1), range: left...right).nice()
            let y = LinearScale(domain: (ys.min() ?? 0)...(ys.max() ?? 1), from: bottom, to: top).nice()
            ReferenceMapPlot.drawBackground(&canvas, map: map, x: x, y: y)
            self.canvas = canvas
            self.x = x
            self.y = y
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var backgrounds = [ReferenceMap: Background]()

    static func background(for map: ReferenceMap) -> Background {
        lock.lock()
        defer { lock.unlock() }
        if let background = backgrounds[map] { return background }
        if backgrounds.count > 8 { backgrounds.removeAll() }
        let background = Background(map: map)
        backgrounds[map] = background
        return background
    }

    public static func svg(map: ReferenceMap, person: [Double], label: String, title: String) -> String {
        let background = background(for: map)
        var canvas = background.canvas
        let (x, y) = (background.x, background.y)
        // A person outside the reference's extent is drawn at the edge, and the label says so.
        let rawX = person.first ?? 0
        let rawY = person.count > 1 ? person[1] : 0
        let px = min(max(x(rawX), left), right)
        let py = min(max(y(rawY), top), bottom)
        let outside = px != x(rawX) || py != y(rawY)
        canvas.circle(x: px, y: py, radius: 8, fill: Palette.person, stroke: "#ffffff", title: label)
        canvas.text(
            outside ? label + " (beyond the map's edge)" : label, x: px > right - 90 ? px - 11 : px + 11,
            y: py < top + 14 ? py + 20 : py - 8,
            anchor: px > right - 90 ? .end : .start, size: 13, fill: Palette.person, bold: true)
        return canvas.render(title: title, className: "plot map")
    }

    static func drawBackground(_ canvas: inout SVGCanvas, map: ReferenceMap, x: LinearScale, y: LinearScale) {
        for tick in x.ticks() {
            canvas.line(x(tick), top, x(tick), bottom, stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 2), x: x(tick), y: bottom + 14, anchor: .middle, size: 10, fill: Palette.muted)
        }
        for tick in y.ticks() {
            canvas.line(left, y(tick), right, y(tick), stroke: Palette.grid)
            canvas.text(HTMLText.number(tick, decimals: 2), x: left - 5, y: y(tick) + 3, anchor: .end, size: 10, fill: Palette.muted)
        }
        for point in map.coordinates {
            canvas.circle(x: x(point.first ?? 0), y: y(point.count > 1 ? point[1] : 0), radius: 3, fill: Palette.reference, opacity: 0.35)
        }
        let first = HTMLText.percent(map.proportionExplained.first ?? 0)
        let second = HTMLText.percent(map.proportionExplained.dropFirst().first ?? 0)
        canvas.text("PCoA axis 1 (\(first) of variation)", x: (left + right) / 2, y: height - 14, anchor: .middle, size: 11)
        canvas.text("PCoA axis 2 (\(second))", x: 12, y: (top + bottom) / 2, anchor: .middle, size: 11, rotate: -90)
    }
}
