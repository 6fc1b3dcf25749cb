import Testing

@testable import GutSkinRendering

@Suite struct LinearScaleTests {
    /// A huge or infinite span (a reading of 1e308 in a breath test) gives no ticks instead of looping.
    @Test func extremeDomainsEndWithoutTicks() {
        #expect(LinearScale(domain: 0...Double.infinity, range: 0...100).ticks().isEmpty)
        #expect(LinearScale(domain: 0...1.7e308, range: 0...100).nice().ticks().count <= 22)
        #expect(LinearScale(domain: 0...10, range: 0...100).ticks() == [0, 2, 4, 6, 8, 10])
    }
}
