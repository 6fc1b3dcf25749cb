import GutSkinMultivariate
import Testing

/// Without a method, matrices up to 20,000 samples are decomposed exactly; larger ones get ten
/// axes by fast SVD unless the caller names the axes.
struct PrincipalCoordinatesDefaultMethodTests {
    @Test func exactUpToTheLimit() {
        let limit = PrincipalCoordinates.Method.exactSampleLimit
        #expect(limit == 20_000)
        #expect(PrincipalCoordinates.Method.automatic(sampleCount: 5, dimensions: nil) == (.eigh, nil))
        #expect(PrincipalCoordinates.Method.automatic(sampleCount: limit, dimensions: nil) == (.eigh, nil))
        #expect(PrincipalCoordinates.Method.automatic(sampleCount: limit, dimensions: 3) == (.eigh, 3))
    }

    @Test func fastSVDBeyondIt() {
        let beyond = PrincipalCoordinates.Method.exactSampleLimit + 1
        #expect(PrincipalCoordinates.Method.automatic(sampleCount: beyond, dimensions: nil) == (.fsvd, 10))
        #expect(PrincipalCoordinates.Method.automatic(sampleCount: 100_000, dimensions: 25) == (.fsvd, 25))
    }
}
