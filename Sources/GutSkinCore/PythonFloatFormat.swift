/// Python's `repr(float)` (also NumPy's `str(np.float64)`): the shortest digits that read back to
/// the same double, written in positional notation when the decimal exponent is in −4 ..< 16 and
/// as `d.ddde±XX` otherwise; `nan`, `inf`, `-inf`. scikit-bio writes ordination files this way.
public enum PythonFloatFormat {
    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description also gives the shortest round-trip digits; only the layout differs.
        // Fast path: where Swift already writes positional digits within Python's positional range.
        let magnitude = Swift.abs(value)
        if magnitude >= 1e-4 && magnitude < 1e15 {
            let direct = value.description
            if !direct.utf8.contains(UInt8(ascii: "e")) { return direct }
        }
        var text = magnitude.description
        let sign = value < 0 ? "-" : ""
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        // Split into digits and the position of the decimal point.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(parts[0])
        let fractionPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerPart + fractionPart
        var pointPosition = integerPart.count + exponent  // digits before the decimal point
        // Strip leading zeros (0.00123 → digits "123", point moves left).
        while digits.count > 1 && digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let decimalExponent = pointPosition - 1  // value = d.ddd × 10^decimalExponent
        if decimalExponent >= -4 && decimalExponent < 16 {
            if pointPosition <= 0 {
                return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
            }
            if pointPosition >= digits.count {
                return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
            }
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        let exponentText = Swift.abs(decimalExponent) < 10 ? "0\(Swift.abs(decimalExponent))" : "\(Swift.abs(decimalExponent))"
        return sign + mantissa + "e" + (decimalExponent < 0 ? "-" : "+") + exponentText
    }
}
