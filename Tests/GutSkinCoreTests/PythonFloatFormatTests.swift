import GutSkinCore
import Testing

/// `PythonFloatFormat.repr` against what Python's `repr(float)` prints.
@Suite struct PythonFloatFormatTests {
    @Test func matchesPythonRepr() {
        let cases: [(Double, String)] = [
            (0, "0.0"), (-0.0, "-0.0"), (1, "1.0"), (0.1, "0.1"), (-2.5, "-2.5"), (1e-05, "1e-05"),
            (0.0001, "0.0001"), (0.00012345, "0.00012345"), (1e16, "1e+16"), (9_999_999_999_999_998, "9999999999999998.0"),
            (123_456_789_012_345_680, "1.2345678901234568e+17"), (5.055021306721455, "5.055021306721455"),
            (-4.546761394790036e-16, "-4.546761394790036e-16"), (1.5e300, "1.5e+300"), (5e-324, "5e-324"),
            (.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"), (100, "100.0"), (1234.5, "1234.5"),
        ]
        for (value, expected) in cases { #expect(PythonFloatFormat.repr(value) == expected, "\(value)") }
    }
}
