import Foundation

/// Escaping and number formatting for the HTML and SVG gutskin writes.
public enum HTMLText {
    /// Text safe inside HTML/SVG elements and double-quoted attributes.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A number for people: `digits` significant decimals, no trailing zeros, `–` for NaN.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        let text = plain(value, decimals: decimals)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// ASCII decimal with at most `decimals` decimals and no trailing zeros (for SVG coordinates).
    public static func plain(_ value: Double, decimals: Int) -> String {
        // Fast path for the coordinates plots are made of (Foundation's String(format:) is slow).
        if decimals <= 4 && value.isFinite && abs(value) < 1e12 {
            let scale = [1.0, 10, 100, 1_000, 10_000][decimals]
            var units = Int((abs(value) * scale).rounded())
            if units == 0 { return "0" }
            var fraction = units % Int(scale)
            units /= Int(scale)
            var digits = decimals
            while digits > 0 && fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            var text = value < 0 ? "-" : ""
            text += String(units)
            if digits > 0 {
                let fractionText = String(fraction)
                text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
            }
            return text
        }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A fraction as a percentage for people (`0.1234` → `12.3%`); small shares keep two decimals.
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "–" }
        let value = fraction * 100
        return number(value, decimals: abs(value) < 1 && value != 0 ? 2 : 1) + "%"
    }

    /// An ordinal percentile for people: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st.
    public static func ordinal(_ percentile: Double) -> String {
        let whole = Int(percentile.rounded())
        let suffix: String
        switch (whole % 100, whole % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(whole)\(suffix)"
    }
}
