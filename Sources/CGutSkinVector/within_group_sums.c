// PERMANOVA's and ANOSIM's within-group sums with AVX-512 or AVX2 masked sums, chosen at run time:
// Swift compiles for the baseline x86-64 (SSE2) and cannot target one function at a wider unit.
// Rows are walked in segments that stay in the first-level cache while every labelling of the
// batch reads them; group codes are bytes. Each labelling's sum is formed in a fixed order for a
// given level, whatever the batch or thread.
#include "gutskin_vector.h"

#include <stdlib.h>

/// Columns per segment: 256 doubles (2 KB) and a batch of 128 labellings' codes (32 KB) fit a 48 KB
/// first-level cache.
#define GS_SEGMENT 256

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/// Adds the segment's masked values into `lanes` (4 × 8 running sums; the 33rd slot takes the
/// values past the last whole 32).
__attribute__((target("avx512f,avx512bw,avx512vl"))) static void segment_sum_avx512(const double *v, const uint8_t *c,
                                                                                   int64_t length, uint8_t code,
                                                                                   double *lanes) {
    const __m128i target = _mm_set1_epi8((char)code);
    __m512d a = _mm512_loadu_pd(lanes), b = _mm512_loadu_pd(lanes + 8);
    __m512d d = _mm512_loadu_pd(lanes + 16), e = _mm512_loadu_pd(lanes + 24);
    int64_t t = 0;
    for (; t + 32 <= length; t += 32) {
        const __mmask16 first = _mm_cmpeq_epi8_mask(_mm_loadu_si128((const __m128i *)(c + t)), target);
        const __mmask16 second = _mm_cmpeq_epi8_mask(_mm_loadu_si128((const __m128i *)(c + t + 16)), target);
        a = _mm512_mask_add_pd(a, (__mmask8)first, a, _mm512_loadu_pd(v + t));
        b = _mm512_mask_add_pd(b, (__mmask8)(first >> 8), b, _mm512_loadu_pd(v + t + 8));
        d = _mm512_mask_add_pd(d, (__mmask8)second, d, _mm512_loadu_pd(v + t + 16));
        e = _mm512_mask_add_pd(e, (__mmask8)(second >> 8), e, _mm512_loadu_pd(v + t + 24));
    }
    _mm512_storeu_pd(lanes, a);
    _mm512_storeu_pd(lanes + 8, b);
    _mm512_storeu_pd(lanes + 16, d);
    _mm512_storeu_pd(lanes + 24, e);
    for (; t < length; t++) lanes[32] += c[t] == code ? v[t] : 0;
}

/// segment_sum_avx512 for four labellings at once: each value is loaded once for all four, and the
/// 16 running sums hide the additions' latency. Each labelling's sums are segment_sum_avx512's, in
/// its order, so the bits are the same.
__attribute__((target("avx512f,avx512bw,avx512vl"))) static void segment_sum4_avx512(const double *v,
                                                                                    const uint8_t *const c[4],
                                                                                    int64_t length,
                                                                                    const uint8_t code[4],
                                                                                    double *const lanes[4]) {
    __m512d sums[4][4];
    __m128i targets[4];
    for (int l = 0; l < 4; l++) {
        targets[l] = _mm_set1_epi8((char)code[l]);
        for (int q = 0; q < 4; q++) sums[l][q] = _mm512_loadu_pd(lanes[l] + 8 * q);
    }
    int64_t t = 0;
    for (; t + 32 <= length; t += 32) {
        const __m512d x0 = _mm512_loadu_pd(v + t), x1 = _mm512_loadu_pd(v + t + 8);
        const __m512d x2 = _mm512_loadu_pd(v + t + 16), x3 = _mm512_loadu_pd(v + t + 24);
#pragma GCC unroll 4
        for (int l = 0; l < 4; l++) {
            const __mmask16 first = _mm_cmpeq_epi8_mask(_mm_loadu_si128((const __m128i *)(c[l] + t)), targets[l]);
            const __mmask16 second = _mm_cmpeq_epi8_mask(_mm_loadu_si128((const __m128i *)(c[l] + t + 16)), targets[l]);
            sums[l][0] = _mm512_mask_add_pd(sums[l][0], (__mmask8)first, sums[l][0], x0);
            sums[l][1] = _mm512_mask_add_pd(sums[l][1], (__mmask8)(first >> 8), sums[l][1], x1);
            sums[l][2] = _mm512_mask_add_pd(sums[l][2], (__mmask8)second, sums[l][2], x2);
            sums[l][3] = _mm512_mask_add_pd(sums[l][3], (__mmask8)(second >> 8), sums[l][3], x3);
        }
    }
    for (int l = 0; l < 4; l++) {
        for (int q = 0; q < 4; q++) _mm512_storeu_pd(lanes[l] + 8 * q, sums[l][q]);
        for (int64_t u = t; u < length; u++) lanes[l][32] += c[l][u] == code[l] ? v[u] : 0;
    }
}

/// As segment_sum_avx512, 4 doubles at a time (the lanes are used as 8 × 4).
__attribute__((target("avx2"))) static void segment_sum_avx2(const double *v, const uint8_t *c, int64_t length,
                                                             uint8_t code, double *lanes) {
    const __m128i target = _mm_set1_epi8((char)code);
    __m256d a = _mm256_loadu_pd(lanes), b = _mm256_loadu_pd(lanes + 4);
    __m256d d = _mm256_loadu_pd(lanes + 8), e = _mm256_loadu_pd(lanes + 12);
    int64_t t = 0;
    for (; t + 16 <= length; t += 16) {
        // 16 byte compares; each all-ones or zero byte, widened to 64 bits, masks one double.
        const __m128i equal = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(c + t)), target);
        a = _mm256_add_pd(a, _mm256_and_pd(_mm256_castsi256_pd(_mm256_cvtepi8_epi64(equal)), _mm256_loadu_pd(v + t)));
        b = _mm256_add_pd(b, _mm256_and_pd(_mm256_castsi256_pd(_mm256_cvtepi8_epi64(_mm_srli_si128(equal, 4))),
                                           _mm256_loadu_pd(v + t + 4)));
        d = _mm256_add_pd(d, _mm256_and_pd(_mm256_castsi256_pd(_mm256_cvtepi8_epi64(_mm_srli_si128(equal, 8))),
                                           _mm256_loadu_pd(v + t + 8)));
        e = _mm256_add_pd(e, _mm256_and_pd(_mm256_castsi256_pd(_mm256_cvtepi8_epi64(_mm_srli_si128(equal, 12))),
                                           _mm256_loadu_pd(v + t + 12)));
    }
    _mm256_storeu_pd(lanes, a);
    _mm256_storeu_pd(lanes + 4, b);
    _mm256_storeu_pd(lanes + 8, d);
    _mm256_storeu_pd(lanes + 12, e);
    for (; t < length; t++) lanes[32] += c[t] == code ? v[t] : 0;
}

/// The lanes' total in a fixed order (pairs, then pairs of pairs), then the tail slot.
static double lanes_total(const double *lanes) {
    double partial[16];
    for (int i = 0; i < 16; i++) partial[i] = lanes[2 * i] + lanes[2 * i + 1];
    for (int width = 8; width >= 1; width /= 2) {
        for (int i = 0; i < width; i++) partial[i] = partial[2 * i] + partial[2 * i + 1];
    }
    return partial[0] + lanes[32];
}

int gs_vector_level(void) {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) {
        return 2;
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
    return 0;
}

int gs_within_group_sums(int level, const double *values, int64_t n, const uint8_t *codes, int64_t k,
                         const double *divisors, double *totals) {
    const int available = gs_vector_level();
    const int used = level < available ? level : available;
    if (used <= 0 || k <= 0) return 0;
    // 33 running sums per labelling (see segment_sum_avx512), kept across a row's segments.
    double *lanes = malloc((size_t)k * 33 * sizeof(double));
    if (lanes == NULL) return 0;
    int64_t rowStart = 0;
    for (int64_t row = 0; row + 1 < n; row++) {
        const int64_t length = n - row - 1;
        const double *v = values + rowStart;
        for (int64_t i = 0; i < k * 33; i++) lanes[i] = 0;
        for (int64_t start = 0; start < length; start += GS_SEGMENT) {
            const int64_t count = length - start < GS_SEGMENT ? length - start : GS_SEGMENT;
            int64_t l = 0;
            if (used == 2) {
                for (; l + 4 <= k; l += 4) {
                    const uint8_t *c[4];
                    uint8_t code[4];
                    double *sums[4];
                    for (int m = 0; m < 4; m++) {
                        code[m] = codes[(l + m) * n + row];
                        c[m] = codes + (l + m) * n + row + 1 + start;
                        sums[m] = lanes + (l + m) * 33;
                    }
                    segment_sum4_avx512(v + start, c, count, code, sums);
                }
            }
            for (; l < k; l++) {
                const uint8_t code = codes[l * n + row];
                const uint8_t *c = codes + l * n + row + 1 + start;
                if (used == 2) {
                    segment_sum_avx512(v + start, c, count, code, lanes + l * 33);
                } else {
                    segment_sum_avx2(v + start, c, count, code, lanes + l * 33);
                }
            }
        }
        for (int64_t l = 0; l < k; l++) totals[l] += lanes_total(lanes + l * 33) / divisors[codes[l * n + row]];
        rowStart += length;
    }
    free(lanes);
    return used;
}

#else

int gs_vector_level(void) { return 0; }

int gs_within_group_sums(int level, const double *values, int64_t n, const uint8_t *codes, int64_t k,
                         const double *divisors, double *totals) {
    (void)level, (void)values, (void)n, (void)codes, (void)k, (void)divisors, (void)totals;
    return 0;
}

#endif
