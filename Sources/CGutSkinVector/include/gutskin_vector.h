#ifndef GUTSKIN_VECTOR_H
#define GUTSKIN_VECTOR_H

#include <stdint.h>

/// The widest vector instructions this CPU has that gs_within_group_sums can use:
/// 2 = AVX-512F, 1 = AVX2 with FMA, 0 = none (another CPU family, or an older x86).
int gs_vector_level(void);

/// For each of k labellings (codes[l * n + i] is sample i's group, < 256, in labelling l), adds
/// Σ_i (1 / divisors[code_i]) · Σ_{j > i, code_j = code_i} values[pair (i, j)] to totals[l],
/// over the condensed upper triangle `values` of an n × n matrix, with masked vector sums.
/// Uses at most `level` (gs_vector_level's scale) and returns the level used; 0 means nothing was
/// done and the caller must compute the sums itself.
int gs_within_group_sums(int level, const double *values, int64_t n, const uint8_t *codes, int64_t k,
                         const double *divisors, double *totals);

/// Generalized UniFrac's terms for α = 0.5 on one tree node (branch length b, this row's
/// proportion u and u^0.5), for entries [begin, end) of the node's list: with w = proportions[e],
/// s = u + w and y ≈ 1/√s (Newton steps, see generalized_unifrac.c),
/// num[samples[e]] += b (|u − w| y − u^0.5 − powers[e]) and den[samples[e]] += b (s y − u^0.5 − powers[e]),
/// in entry order and bit for bit as the scalar formula, 8 (AVX-512) or 4 (AVX2 with FMA) entries
/// at a time. `level` must not exceed gs_vector_level() (it is not checked here, in the inner
/// loop); returns end, or begin when no vector unit was used, for the caller to do them all.
int64_t gs_generalized_half_entries(int level, double b, double u, double uPower, int64_t begin, int64_t end,
                                    const int32_t *samples, const double *proportions, const double *powers,
                                    double *num, double *den);

/// A hint to bring the cache line holding `address` closer; never faults, whatever the address.
static inline void gs_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
