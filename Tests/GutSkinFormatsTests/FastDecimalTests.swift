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
