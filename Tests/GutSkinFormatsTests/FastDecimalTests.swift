import Foundation
import Testing

@testable import GutSkinFormats

/// Clinger's fast path must give `strtod`'s double for every text it accepts, and leave the rest to it.
struct FastDecimalTests {
    private func fast(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { FastDecimal.parse($0, 0..<$0.count) }
    }

    @Test func agreesWithStrtodOnRandomDecimals() {
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<200_000 {
            let digits = Int.random(in: 1...17, using: &generator)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let point = Int.random(in: 0...digits, using: &generator)
            if point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if Bool.random(using: &generator) { text = "-" + text }
            guard let value = fast(text) else { continue }
            accepted += 1
            #expect(value.bitPattern == strtod(text, nil).bitPattern, "\(text)")
        }
        #expect(accepted > 50_000)
    }

    @Test(arguments: [
        ("0.1", 0.1), ("-0", -0.0), ("5.", 5.0), (".5", 0.5), ("+2.25", 2.25), ("0.000000000000000000001", 1e-21),
        ("123456789012345", 123_456_789_012_345.0),
    ])
    func readsPlainDecimals(text: String, expected: Double) {
        #expect(fast(text)?.bitPattern == expected.bitPattern)
    }

    @Test(arguments: ["1e-05", "nan", "inf", "", "-", ".", "1.2.3", "0.12345678901234567", "1234567890123456", "1 "])
    func leavesTheRestToStrtod(text: String) {
        #expect(fast(text) == nil)
    }
}
