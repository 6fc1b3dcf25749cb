/// Clinger's fast path for reading a decimal (Clinger 1990, "How to read floating point numbers
/// accurately", PLDI): when the digits, as an integer, are exact in a double (at most 15 of them)
/// and at most 22 follow the point, their value is one IEEE division by an exact power of ten,
/// which rounds correctly: the same double as `strtod`. Anything else (an exponent, more digits,
/// `nan`) is nil, for `strtod` to read.
enum FastDecimal {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var sawDigit = false
        var sawPoint = false
        var fractionDigits = 0
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if mantissa != 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
                guard significantDigits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard sawDigit, fractionDigits <= 22 else { return nil }
        let value = Double(mantissa) / powerOfTen(fractionDigits)
        return negative ? -value : value
    }

    /// 10^k for 0 ≤ k ≤ 22, each exact in a double (5^22 < 2^53).
    private static func powerOfTen(_ k: Int) -> Double { powersOfTen[k] }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]
}
