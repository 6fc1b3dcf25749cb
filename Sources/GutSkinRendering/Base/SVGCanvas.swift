import GutSkinAxis

/// A small SVG drawing, written as text into self-contained HTML pages: no scripts, no fonts to
/// fetch, scales to the page width (viewBox), and carries a title for screen readers.
public struct SVGCanvas: Sendable {
    public let width: Double
    public let height: Double
    private var elements: [String] = []

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public enum Anchor: String, Sendable { case start, middle, end }

    public mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = Palette.axis, width: Double = 1, dashed: Bool = false
    ) {
        elements.append(
            "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
        )
    }

    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, radius: Double = 0, title: String? = nil
    ) {
        let strokeAttribute = stroke.map { " stroke=\"\($0)\"" } ?? ""
        let radiusAttribute = radius > 0 ? " rx=\"\(f(radius))\"" : ""
        let body =
            "x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(width, 0)))\" height=\"\(f(max(height, 0)))\" fill=\"\(fill)\"\(strokeAttribute)\(radiusAttribute)"
        elements.append(Self.element("rect", body, title: title))
    }

    public mutating func circle(
        x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil, opacity: Double = 1, title: String? = nil
    ) {
        let strokeAttribute = stroke.map { " stroke=\"\($0)\" stroke-width=\"1.5\"" } ?? ""
        let opacityAttribute = opacity < 1 ? " fill-opacity=\"\(f(opacity))\"" : ""
        elements.append(
            Self.element(
                "circle", "cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius))\" fill=\"\(fill)\"\(strokeAttribute)\(opacityAttribute)",
                title: title))
    }

    public mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2) {
        let list = points.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " ")
        elements.append(
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\" stroke-linejoin=\"round\"/>")
    }

    public mutating func text(
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, fill: String = Palette.text,
        bold: Bool = false, rotate: Double? = nil
    ) {
        let weight = bold ? " font-weight=\"600\"" : ""
        let rotation = rotate.map { " transform=\"rotate(\(f($0)) \(f(x)) \(f(y)))\"" } ?? ""
        elements.append(
            "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(f(size))\" fill=\"\(fill)\"\(weight)\(rotation)>\(HTMLText.escape(content))</text>"
        )
    }

    /// Raw SVG for shapes the helpers above do not cover.
    public mutating func raw(_ svg: String) { elements.append(svg) }

    /// The drawing as an `<svg>` element; `title` is announced by screen readers and shown on hover.
    public func render(title: String, className: String = "plot") -> String {
        "<svg class=\"\(className)\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"><title>\(HTMLText.escape(title))</title>"
            + elements.joined() + "</svg>"
    }

    private static func element(_ name: String, _ attributes: String, title: String?) -> String {
        guard let title else { return "<\(name) \(attributes)/>" }
        return "<\(name) \(attributes)><title>\(HTMLText.escape(title))</title></\(name)>"
    }

    /// Coordinates to two decimals: enough for screens and print, and small files.
    private func f(_ value: Double) -> String { HTMLText.plain(value, decimals: 2) }
}

/// Colours shared by every gutskin plot: readable in print and for common colour-vision deficiencies
/// (Okabe–Ito palette).
public enum Palette {
    public static let text = "#1f2328"
    public static let muted = "#656d76"
    public static let axis = "#8c959f"
    public static let grid = "#e6e8eb"
    public static let person = "#d55e00"
    public static let reference = "#0072b2"
    public static let low = "#e69f00"
    public static let typical = "#009e73"
    public static let high = "#cc79a7"
    /// Categorical colours for groups and taxa, in order.
    public static let categories = [
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999", "#000000", "#7f3c8d", "#11a579", "#3969ac",
    ]
}
