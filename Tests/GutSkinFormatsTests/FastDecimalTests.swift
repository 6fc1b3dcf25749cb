import Foundation
import Testing

@testable import GutSkinFormats

/// The fast paths must give `strtod`'s double, bit for bit, for every text they accept, and leave
/// the rest to it.
struct FastDecimalTests {
    private func fast(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            FastDecimal.parse(bytes, from: 0, limit: bytes.count).flatMap { $0.1 == bytes.count ? $0.0 : nil }
        }
    }

    private func expectStrtod(_ text: String) -> Bool {
        guard let value = fast(text) else { return false }
        #expect(value.bitPattern == strtod(text, nil).bitPattern, "\(text)")
        return true
    }

    @Test func agreesWithStrtodOnRandomDecimals() {
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<300_000 {
            let digits = Int.random(in: 1...20, using: &generator)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let point = Int.random(in: 0...digits, using: &generator)
            if point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
            if Bool.random(using: &generator) { text = "-" + text }
            if expectStrtod(text) { accepted += 1 }
        }
        #expect(accepted > 150_000)
    }

    /// What scikit-bio, QIIME 2 and gutskin write: each double's shortest round-trip text.
    @Test func readsShortestRoundTripTextOfRandomDoubles() {
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for index in 0..<300_000 {
            let value =
                index % 3 == 0
                ? Double.random(in: 0...1, using: &generator)
                : Double.random(in: 0...1, using: &generator) * pow(10, Double(Int.random(in: -8...8, using: &generator)))
            let text = value.description
            if expectStrtod(text) {
                accepted += 1
                #expect(fast(text)?.bitPattern == value.bitPattern)
            }
        }
        #expect(accepted > 290_000)
    }

    /// Decimals exactly halfway between two doubles, and a hair either side: strtod decides or agrees.
    @Test func halfwayCasesAgreeWithStrtod() {
        for text in [
            "9007199254740993", "9007199254740993.0", "9007199254740992.5", "9007199254740993.000001", "9007199254740992.999999",
            "4503599627370496.5", "4503599627370497.5", "0.500000000000000166533453693773481063544750213623046875",
            "1.00000000000000011102230246251565404236316680908203125", "1.0000000000000001110223024625156540",
        ] {
            _ = expectStrtod(text)
        }
    }

    #if arch(x86_64) && !os(Windows) && !os(Android)
        /// 19-digit decimals within a few 80-bit units of a point halfway between two doubles, where
        /// a guard too narrow for the extended result's error would round the wrong way.
        @Test func nearHalfwayNineteenDigitDecimalsAgreeWithStrtod() {
            var generator = SystemRandomNumberGenerator()
            var accepted = 0
            for _ in 0..<50_000 {
                let value = Double.random(in: 0.5..<1, using: &generator) * pow(10, Double(Int.random(in: -6...6, using: &generator)))
                let halfway = (Float80(value) + Float80(value.nextUp)) / 2  // exact: 54 bits
                let parts = halfway.description.split(separator: "e", maxSplits: 1)
                var kept = ""
                var significant = 0
                for character in parts[0] where significant < 19 {
                    kept.append(character)
                    if character.isNumber && (significant > 0 || character != "0") { significant += 1 }
                }
                let exponent = parts.count > 1 ? "e" + parts[1] : ""
                if expectStrtod(kept + exponent) { accepted += 1 }
                if let last = kept.last?.wholeNumberValue, last < 9 {
                    _ = expectStrtod(String(kept.dropLast()) + String(last + 1) + exponent)
                }
            }
            // Most are too near halfway for the fast path; the few it takes are checked above.
            #expect(accepted < 5_000)
        }
    #endif

    @Test(arguments: [
        ("0.1", 0.1), ("-0", -0.0), ("5.", 5.0), (".5", 0.5), ("+2.25", 2.25), ("0.000000000000000000001", 1e-21),
        ("123456789012345", 123_456_789_012_345.0), ("1e-05", 1e-05), ("0.12345678901234567", 0.12345678901234567),
        ("1.5E3", 1500),
    ])
    func readsPlainDecimals(text: String, expected: Double) {
        #expect(fast(text)?.bitPattern == expected.bitPattern)
    }

    @Test(arguments: [
        "nan", "inf", "", "-", ".", "1.2.3", "1 ", "12345678901234567890", "1e400", "1e", "1e+", ".e5", "0.0000000000000000000000000001",
    ])
    func leavesTheRestToStrtod(text: String) {
        #expect(fast(text) == nil)
    }
}

/// The eight-at-a-time digit reading against the plain one.
struct FastDecimalEightDigitsTests {
    private func word(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test func readsEveryRunOfEightDigits() {
        var generator = SystemRandomNumberGenerator()
        for text in ["00000000", "99999999", "12345678", "00000001", "10000000"]
            + (0..<20_000).map({ _ in String(format: "%08d", Int.random(in: 0..<100_000_000, using: &generator)) })
        {
            #expect(FastDecimal.eightDigits(word(text)) == UInt64(text), "\(text)")
        }
    }

    @Test func refusesEveryNonDigitByteInEveryPlace() {
        for place in 0..<8 {
            for byte in UInt8.min...UInt8.max where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var bytes = Array("31415926".utf8)
                bytes[place] = byte
                #expect(FastDecimal.eightDigits(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }) == nil, "\(bytes)")
            }
        }
    }

    @Test(arguments: ["1234567.", "/1234567", "1234567:", "12 45678", "1234567\t", "-1234567", "1e345678", "１２"])
    func refusesAnyByteThatIsNotADigit(text: String) {
        let padded = Array(text.utf8.prefix(8)) + Array(repeating: UInt8(ascii: "0"), count: max(0, 8 - text.utf8.count))
        #expect(FastDecimal.eightDigits(padded.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }) == nil, "\(text)")
    }
}
