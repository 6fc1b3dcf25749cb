/// Exact fast paths for reading a decimal, each giving the same double as C `strtod`:
/// - Clinger's (Clinger 1990, "How to read floating point numbers accurately", PLDI): digits exact
///   in a double (at most 15) scaled by an exact power of ten (at most 10^22) in one correctly
///   rounded IEEE operation;
/// - where x86's 80-bit extended type exists, up to 19 digits (exact in its 64-bit significand, as
///   Python's 17-digit `repr` needs) times 10^k or the rounded 10^−k for k ≤ 27, rounded once more to
///   a double unless the extended result lies within two of its units of a halfway point between
///   two doubles (then the second rounding could differ, and `strtod` decides).
/// Digits are read eight at a time where they can be (Lemire 2021, "Number parsing at a gigabyte
/// per second", Software: Practice and Experience 51(8)).
/// Anything else (more digits, a larger scale, `nan`, `inf`) is nil, for `strtod` to read.
enum FastDecimal {
    /// The number from `start` up to the next tab or `limit`, and where it stopped; nil when
    /// anything else comes first (a space, a letter, too many digits).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit end: Int) -> (Double, Int)? {
        var index = start
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitCount = 0
        var scale = 0  // the value is mantissa × 10^scale
        // Digits before the point, then after it; leading zeros are not significant.
        func readDigits(countingScale: Bool) -> Bool {
            // Leading zeros one by one; then, once the digits are significant, eight at a time.
            while mantissa == 0 && index < end && bytes[index] == UInt8(ascii: "0") {
                if countingScale { scale -= 1 }
                digitCount += 1
                index += 1
            }
            while significantDigits <= 11 && end - index >= 8,
                let eight = eightDigits(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                mantissa = mantissa &* 100_000_000 &+ eight
                significantDigits += 8
                if countingScale { scale -= 8 }
                digitCount += 8
                index += 8
            }
            while index < end {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit <= 9 else { return true }
                if mantissa != 0 || digit != 0 {
                    significantDigits += 1
                    guard significantDigits <= 19 else { return false }
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                }
                if countingScale { scale -= 1 }
                digitCount += 1
                index += 1
            }
            return true
        }
        guard readDigits(countingScale: false) else { return nil }
        if index < end && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard readDigits(countingScale: true) else { return nil }
        }
        let sawDigit = digitCount > 0
        if index < end && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            var stop = index + 1
            while stop < end && bytes[stop] != UInt8(ascii: "\t") { stop += 1 }
            guard sawDigit, let exponent = exponent(bytes, (index + 1)..<stop) else { return nil }
            scale += exponent
            index = stop
        }
        guard index == end || bytes[index] == UInt8(ascii: "\t") else { return nil }
        guard sawDigit else { return nil }
        guard let magnitude = value(mantissa, scale: scale, digits: significantDigits) else { return nil }
        return (negative ? -magnitude : magnitude, index)
    }

    /// The value of eight ASCII digits loaded little-endian (the first digit in the lowest byte),
    /// or nil when any byte is not a digit: a byte-parallel check, then digit pairs, quads and
    /// the eight combined by three multiplications (the SWAR reading of Lemire's fast_float).
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        // Each byte 0x30–0x39 keeps a high nibble of 3 with 6 added; nothing else does both.
        let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let isDigits = (word & highNibbles) | (((word &+ 0x0606_0606_0606_0606) & highNibbles) >> 4) == 0x3333_3333_3333_3333
        guard isDigits else { return nil }
        var value = word &- 0x3030_3030_3030_3030
        value = (value &* 10) &+ (value >> 8)  // each even byte: two digits
        let pairs: UInt64 = 0x0000_00FF_0000_00FF
        value = ((value & pairs) &* (100 &+ (1_000_000 << 32)) &+ ((value >> 16) & pairs) &* (1 &+ (10_000 << 32))) >> 32
        return value
    }

    /// A short exponent (`-05`, `+3`, `12`), or nil.
    private static func exponent(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        guard index < range.upperBound else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < range.upperBound, range.upperBound - index <= 3 else { return nil }
        var value = 0
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        return negative ? -value : value
    }

    private static func value(_ mantissa: UInt64, scale: Int, digits: Int) -> Double? {
        if mantissa == 0 { return 0 }
        if digits <= 15 && abs(scale) <= 22 {
            let exact = Double(mantissa)
            return scale < 0 ? exact / powersOfTen[-scale] : exact * powersOfTen[scale]
        }
        #if arch(x86_64) && !os(Windows) && !os(Android)
            guard abs(scale) <= 27 else { return nil }
            let exact = Float80(mantissa)
            // A product by 10^k is one rounding of exact values (within half a unit of the 64-bit
            // significand); a product by 10^−k rounded (a multiplication, not the slower division)
            // is within one and a half units.
            let extended = scale < 0 ? exact * extendedNegativePowersOfTen[-scale] : exact * extendedPowersOfTen[scale]
            // The 11 bits a double drops from the 64-bit significand: 0x400 is exactly halfway, so a
            // result within two units of it could round either way once exact.
            let dropped = extended.significandBitPattern & 0x7FF
            guard dropped < 0x3FE || dropped > 0x402 else { return nil }
            let result = Double(extended)
            return result.isNormal ? result : nil
        #else
            return nil
        #endif
    }

    /// 10^k for 0 ≤ k ≤ 22, each exact in a double (5^22 < 2^53).
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    #if arch(x86_64) && !os(Windows) && !os(Android)
        /// 10^k for 0 ≤ k ≤ 27, each exact in the 80-bit type (5^27 < 2^64), made by exact products.
        private static let extendedPowersOfTen: [Float80] = {
            var powers: [Float80] = [1]
            for _ in 1...27 { powers.append(powers.last! * 10) }
            return powers
        }()

        /// 10^−k for 0 ≤ k ≤ 27, each correctly rounded to the 80-bit type (one division of exact values).
        private static let extendedNegativePowersOfTen: [Float80] = extendedPowersOfTen.map { 1 / $0 }
    #endif
}
