// Generalized UniFrac's α = 0.5 terms with AVX-512 or AVX2, chosen at run time: the kernel is bound
// by its square roots and divisions, which these units take 8 or 4 at a time. Square root and
// division are correctly rounded at any width, and every other operation is the scalar formula's,
// in its order (no fused multiply-add), so the terms are the same bits.
#include "gutskin_vector.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

__attribute__((target("avx512f"))) static int64_t entries_avx512(double b, double u, double uPower, int64_t begin,
                                                                 int64_t end, const int32_t *samples,
                                                                 const double *proportions, const double *powers,
                                                                 double *num, double *den) {
    const __m512d bb = _mm512_set1_pd(b), uu = _mm512_set1_pd(u), up = _mm512_set1_pd(uPower);
    const __m512d signless = _mm512_castsi512_pd(_mm512_set1_epi64(0x7FFFFFFFFFFFFFFF));
    int64_t e = begin;
    for (; e + 8 <= end; e += 8) {
        const __m512d w = _mm512_loadu_pd(proportions + e);
        const __m512d sum = _mm512_add_pd(uu, w);
        const __m512d root = _mm512_sqrt_pd(sum);
        const __m512d singles = _mm512_add_pd(up, _mm512_loadu_pd(powers + e));
        const __m512d difference = _mm512_castsi512_pd(
            _mm512_and_si512(_mm512_castpd_si512(_mm512_sub_pd(uu, w)), _mm512_castpd_si512(signless)));
        double numerator[8], denominator[8];
        _mm512_storeu_pd(numerator,
                         _mm512_mul_pd(bb, _mm512_sub_pd(_mm512_div_pd(_mm512_mul_pd(root, difference), sum), singles)));
        _mm512_storeu_pd(denominator, _mm512_mul_pd(bb, _mm512_sub_pd(root, singles)));
        for (int lane = 0; lane < 8; lane++) {
            num[samples[e + lane]] += numerator[lane];
            den[samples[e + lane]] += denominator[lane];
        }
    }
    return e;
}

__attribute__((target("avx2"))) static int64_t entries_avx2(double b, double u, double uPower, int64_t begin,
                                                            int64_t end, const int32_t *samples,
                                                            const double *proportions, const double *powers,
                                                            double *num, double *den) {
    const __m256d bb = _mm256_set1_pd(b), uu = _mm256_set1_pd(u), up = _mm256_set1_pd(uPower);
    const __m256d signless = _mm256_castsi256_pd(_mm256_set1_epi64x(0x7FFFFFFFFFFFFFFF));
    int64_t e = begin;
    for (; e + 4 <= end; e += 4) {
        const __m256d w = _mm256_loadu_pd(proportions + e);
        const __m256d sum = _mm256_add_pd(uu, w);
        const __m256d root = _mm256_sqrt_pd(sum);
        const __m256d singles = _mm256_add_pd(up, _mm256_loadu_pd(powers + e));
        const __m256d difference = _mm256_and_pd(_mm256_sub_pd(uu, w), signless);
        double numerator[4], denominator[4];
        _mm256_storeu_pd(numerator,
                         _mm256_mul_pd(bb, _mm256_sub_pd(_mm256_div_pd(_mm256_mul_pd(root, difference), sum), singles)));
        _mm256_storeu_pd(denominator, _mm256_mul_pd(bb, _mm256_sub_pd(root, singles)));
        for (int lane = 0; lane < 4; lane++) {
            num[samples[e + lane]] += numerator[lane];
            den[samples[e + lane]] += denominator[lane];
        }
    }
    return e;
}

int64_t gs_generalized_half_entries(int level, double b, double u, double uPower, int64_t begin, int64_t end,
                                    const int32_t *samples, const double *proportions, const double *powers,
                                    double *num, double *den) {
    const int used = level;
    if (used >= 2) return entries_avx512(b, u, uPower, begin, end, samples, proportions, powers, num, den);
    if (used == 1) return entries_avx2(b, u, uPower, begin, end, samples, proportions, powers, num, den);
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
