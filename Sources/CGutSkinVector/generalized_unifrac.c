// Generalized UniFrac's α = 0.5 terms with AVX-512 or AVX2 (both with FMA), chosen at run time.
// Each term needs 1/√s; a square root and a division per term kept the kernel waiting on the
// divider, so 1/√s comes from a bit-pattern seed refined by four Newton steps on the multiply
// units (within 2 ulp of the exact value). Every operation is the scalar formula's
// (`UniFracKernel.halfPowerTerms`), in its order and with the same fused multiply-adds, so every
// path gives the same bits; list tails go through the vector path too (masked), so a term does
// not depend on which entries share its vector.
#include "gutskin_vector.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

#define GS_RSQRT_MAGIC 0x5FE6EB50C7B537A9LL

/// y ≈ 1/√s: the magic-constant seed (3.4 % off), then y ← y (1.5 − (s/2) y²) four times.
__attribute__((target("avx512f,fma"))) static inline __m512d reciprocal_root_avx512(__m512d s) {
    const __m512d half = _mm512_mul_pd(_mm512_set1_pd(0.5), s);
    __m512d y = _mm512_castsi512_pd(
        _mm512_sub_epi64(_mm512_set1_epi64(GS_RSQRT_MAGIC), _mm512_srli_epi64(_mm512_castpd_si512(s), 1)));
    for (int step = 0; step < 4; step++) {
        y = _mm512_mul_pd(y, _mm512_fnmadd_pd(half, _mm512_mul_pd(y, y), _mm512_set1_pd(1.5)));
    }
    return y;
}

__attribute__((target("avx2,fma"))) static inline __m256d reciprocal_root_avx2(__m256d s) {
    const __m256d half = _mm256_mul_pd(_mm256_set1_pd(0.5), s);
    __m256d y = _mm256_castsi256_pd(
        _mm256_sub_epi64(_mm256_set1_epi64x(GS_RSQRT_MAGIC), _mm256_srli_epi64(_mm256_castpd_si256(s), 1)));
    for (int step = 0; step < 4; step++) {
        y = _mm256_mul_pd(y, _mm256_fnmadd_pd(half, _mm256_mul_pd(y, y), _mm256_set1_pd(1.5)));
    }
    return y;
}

/// 8 entries at a time, the last (partial) vector masked; sums gathered and scattered (a node's
/// list names each sample once, so the lanes of one vector never share a sample).
__attribute__((target("avx512f,fma"))) static void entries_avx512(double b, double u, double uPower, int64_t begin,
                                                                 int64_t end, const int32_t *samples,
                                                                 const double *proportions, const double *powers,
                                                                 double *num, double *den) {
    const __m512d bb = _mm512_set1_pd(b), uu = _mm512_set1_pd(u), up = _mm512_set1_pd(uPower);
    const __m512i signless = _mm512_set1_epi64(0x7FFFFFFFFFFFFFFF);
    for (int64_t e = begin; e < end; e += 8) {
        const __mmask8 lanes = end - e >= 8 ? 0xFF : (__mmask8)((1u << (end - e)) - 1);
        const __m512d w = _mm512_maskz_loadu_pd(lanes, proportions + e);
        const __m512d s = _mm512_add_pd(uu, w);
        const __m512d y = _mm512_mul_pd(bb, reciprocal_root_avx512(s));
        const __m512d singles = _mm512_add_pd(up, _mm512_maskz_loadu_pd(lanes, powers + e));
        const __m512d difference =
            _mm512_castsi512_pd(_mm512_and_si512(_mm512_castpd_si512(_mm512_sub_pd(uu, w)), signless));
        const __m512d numerator = _mm512_fmsub_pd(difference, y, singles);
        const __m512d denominator = _mm512_fmsub_pd(s, y, singles);
        const __m256i index = _mm512_castsi512_si256(_mm512_maskz_loadu_epi32((__mmask16)lanes, samples + e));
        const __m512d zero = _mm512_setzero_pd();
        _mm512_mask_i32scatter_pd(
            num, lanes, index, _mm512_add_pd(_mm512_mask_i32gather_pd(zero, lanes, index, num, 8), numerator), 8);
        _mm512_mask_i32scatter_pd(
            den, lanes, index, _mm512_add_pd(_mm512_mask_i32gather_pd(zero, lanes, index, den, 8), denominator), 8);
    }
}

/// 4 entries at a time; the last partial vector is padded (w = u, √w = 0) and only its real
/// lanes are added.
__attribute__((target("avx2,fma"))) static void entries_avx2(double b, double u, double uPower, int64_t begin,
                                                            int64_t end, const int32_t *samples,
                                                            const double *proportions, const double *powers,
                                                            double *num, double *den) {
    const __m256d bb = _mm256_set1_pd(b), uu = _mm256_set1_pd(u), up = _mm256_set1_pd(uPower);
    const __m256d signless = _mm256_castsi256_pd(_mm256_set1_epi64x(0x7FFFFFFFFFFFFFFF));
    for (int64_t e = begin; e < end; e += 4) {
        const int count = end - e >= 4 ? 4 : (int)(end - e);
        const double *wFrom = proportions + e, *powerFrom = powers + e;
        double wPad[4] = {u, u, u, u}, powerPad[4] = {0, 0, 0, 0};
        if (count < 4) {  // only the last vector is padded
            for (int lane = 0; lane < count; lane++) wPad[lane] = wFrom[lane], powerPad[lane] = powerFrom[lane];
            wFrom = wPad, powerFrom = powerPad;
        }
        const __m256d w = _mm256_loadu_pd(wFrom);
        const __m256d s = _mm256_add_pd(uu, w);
        const __m256d y = _mm256_mul_pd(bb, reciprocal_root_avx2(s));
        const __m256d singles = _mm256_add_pd(up, _mm256_loadu_pd(powerFrom));
        const __m256d difference = _mm256_and_pd(_mm256_sub_pd(uu, w), signless);
        double numerator[4], denominator[4];
        _mm256_storeu_pd(numerator, _mm256_fmsub_pd(difference, y, singles));
        _mm256_storeu_pd(denominator, _mm256_fmsub_pd(s, y, singles));
        for (int lane = 0; lane < count; lane++) {
            num[samples[e + lane]] += numerator[lane];
            den[samples[e + lane]] += denominator[lane];
        }
    }
}

int64_t gs_generalized_half_entries(int level, double b, double u, double uPower, int64_t begin, int64_t end,
                                    const int32_t *samples, const double *proportions, const double *powers,
                                    double *num, double *den) {
    if (level >= 2) {
        entries_avx512(b, u, uPower, begin, end, samples, proportions, powers, num, den);
        return end;
    }
    if (level == 1) {
        entries_avx2(b, u, uPower, begin, end, samples, proportions, powers, num, den);
        return end;
    }
    return begin;
}

#else

int64_t gs_generalized_half_entries(int level, double b, double u, double uPower, int64_t begin, int64_t end,
                                    const int32_t *samples, const double *proportions, const double *powers,
                                    double *num, double *den) {
    (void)level, (void)b, (void)u, (void)uPower, (void)end, (void)samples, (void)proportions, (void)powers, (void)num,
        (void)den;
    return begin;
}

#endif
