import Foundation
import GutSkinKernels
import Testing

@Suite struct CompositionTests {
    @Test func multiplicativeReplacementAsScikitBioDocuments() throws {
        // scikit-bio 0.7.4 docstring of multi_replace: [[.2, .4, .4, 0], [0, .5, .5, 0]] →
        // [[0.1875, 0.375, 0.375, 0.0625], [0.0625, 0.4375, 0.4375, 0.0625]].
        #expect(try Composition.multiplicativeReplacement([0.2, 0.4, 0.4, 0]) == [0.1875, 0.375, 0.375, 0.0625])
        #expect(try Composition.multiplicativeReplacement([0, 0.5, 0.5, 0]) == [0.0625, 0.4375, 0.4375, 0.0625])
        #expect(throws: CompositionError.self) { try Composition.multiplicativeReplacement([1, 0, 0], delta: 0.6) }
    }

    @Test func clrByHand() {
        // ln(1), ln(2), ln(4) have mean ln 2, so the CLR is (−ln 2, 0, ln 2).
        let result = Composition.clr([1, 2, 4])
        #expect(abs(result[0] + log(2.0)) < 1e-15 && abs(result[1]) < 1e-15 && abs(result[2] - log(2.0)) < 1e-15)
        #expect(Composition.closure([1, 3]) == [0.25, 0.75])
    }

    @Test func robustCLRIgnoresZeros() {
        let result = Composition.robustCLR([1, 0, 4])
        #expect(result[1] == nil)
        #expect(abs(result[0]! + log(2.0)) < 1e-15 && abs(result[2]! - log(2.0)) < 1e-15)
    }
}
