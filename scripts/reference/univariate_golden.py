#!/usr/bin/env python3
"""Golden values for gutskin's univariate statistics and distributions, computed with SciPy.

Usage: univariate_golden.py OUT_FILE   (gutskin writes Tests/GutSkinKernelsTests/Golden/univariate-scipy.json.gz)

Every case is generated from numpy.random.default_rng(20261121) so the file is reproducible.
Numbers are stored as repr strings ("0.25", "nan", "inf") so Swift reads them exactly.

Sections and the SciPy calls behind them:
  special     scipy.special.gammainc/gammaincc(a, x), betainc/betaincc(a, b, x) on grids incl. deep tails
  dist        scipy.special.ndtr(z), scipy.stats.t.sf/cdf(t, df), chi2.sf(x, k), f.sf(x, d1, d2)
  mwu         scipy.stats.mannwhitneyu(x, y, alternative=alt)                (method="auto", use_continuity=True)
  kruskal     scipy.stats.kruskal(*groups)
  wilcoxon    scipy.stats.wilcoxon(x, y, alternative=alt)                    (zero_method="wilcox", correction=False),
              plus integer data with zero differences under every zero_method, correction False/True
  pearson     scipy.stats.pearsonr(x, y);  spearman  scipy.stats.spearmanr(x, y)
  fisher      scipy.stats.fisher_exact(table, alternative=alt)
  ttest       scipy.stats.ttest_ind(x, y, equal_var=False)
  bh          statsmodels-equivalent fdr_bh, computed here in numpy (statsmodels is not in the venv):
              sorted p, q_(i) = min_{j>=i} m/j p_(j), capped at 1, NaN excluded
"""
import gzip
import json
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
import scipy
from scipy import special, stats

rng = np.random.default_rng(20261121)
ALTS = ["two-sided", "less", "greater"]


def r(v):
    return repr(float(v))


def vec(a):
    return [r(v) for v in a]


# High-precision P(a, x), Q(a, x) (60 significant digits, Python's decimal) as an independent check
# where SciPy itself is not accurate: Cephes' igam/igamc form the prefactor as
# exp(a ln x - x - lgamma(a)) when |x - a| > 0.4 a, which loses about |lgamma(a)| ulps
# (1e-11 relative at a = 6,600). The test holds gutskin to these at 1e-12.
getcontext().prec = 60


def _bernoulli_even(count):
    """B_2, B_4, ... B_2count as Fractions (Akiyama-Tanigawa)."""
    out, a = [], []
    for m in range(2 * count + 1):
        a.append(Fraction(1, m + 1))
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        if m >= 2 and m % 2 == 0:
            out.append(a[0])
    return out


_BERNOULLI = _bernoulli_even(20)
_PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899")


def hp_lgamma(a):
    a = Decimal(a)
    shift = Decimal(0)
    while a < 60:  # recurrence up to where Stirling's series gives 60 digits
        shift += a.ln()
        a += 1
    result = (a - Decimal("0.5")) * a.ln() - a + (2 * _PI).ln() / 2
    for k, b in enumerate(_BERNOULLI, start=1):
        result += Decimal(b.numerator) / Decimal(b.denominator) / (2 * k * (2 * k - 1) * a ** (2 * k - 1))
    return result - shift


def hp_gamma(a, x):
    a, x = Decimal(a), Decimal(x)
    log_prefactor = a * x.ln() - x - hp_lgamma(a)  # ln(x^a e^-x / Gamma(a))
    if x < a + 1:
        term = Decimal(1) / a
        total = term
        n = 1
        while True:
            term *= x / (a + n)
            total += term
            if term < total * Decimal("1e-62"):
                break
            n += 1
        lower = (log_prefactor).exp() * total
        return lower, 1 - lower
    # Legendre's continued fraction, modified Lentz, in 60 digits.
    tiny = Decimal("1e-400")
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    i = 1
    while True:
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if d == 0 else d
        c = b + an / c
        c = tiny if c == 0 else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < Decimal("1e-58"):
            break
        i += 1
    upper = log_prefactor.exp() * h
    return 1 - upper, upper


special_cases = []
for a in [0.5, 1.0, 1.5, 3.0, 7.5, 25.0, 100.0, 1000.0, 1e5]:
    for mult in [1e-3, 0.1, 0.5, 0.9, 1.0, 1.1, 2.0, 5.0, 20.0, 80.0]:
        x = a * mult
        special_cases.append({"kind": "gamma", "a": r(a), "x": r(x), "P": r(special.gammainc(a, x)),
                              "Q": r(special.gammaincc(a, x))})
for x in [50.0, 200.0, 600.0, 700.0]:
    for a in [0.5, 2.0, 10.0]:
        special_cases.append({"kind": "gamma", "a": r(a), "x": r(x), "P": r(special.gammainc(a, x)),
                              "Q": r(special.gammaincc(a, x))})
for a, b in [(0.5, 0.5), (1, 1), (2.5, 0.5), (0.5, 7), (5, 5), (20, 3), (50, 50), (300, 200), (1e4, 1e4), (1e3, 0.5)]:
    mean = a / (a + b)
    for x in [1e-6, 1e-3, 0.05, mean * 0.5, mean * 0.95, mean, min(0.999999, mean * 1.05), 0.9, 0.999, 1 - 1e-6]:
        special_cases.append({"kind": "beta", "a": r(a), "b": r(b), "x": r(x),
                              "I": r(special.betainc(a, b, x)), "Ic": r(special.betaincc(a, b, x))})

# Random grid: parameters log-uniform in [0.05, 2e4], x spread over both tails (log-uniform distances).
for _ in range(400):
    a = float(np.exp(rng.uniform(np.log(0.05), np.log(2e4))))
    x = float(a * np.exp(rng.uniform(np.log(1e-3), np.log(30.0))))
    special_cases.append({"kind": "gamma", "a": r(a), "x": r(x), "P": r(special.gammainc(a, x)),
                          "Q": r(special.gammaincc(a, x))})
for _ in range(400):
    a = float(np.exp(rng.uniform(np.log(0.05), np.log(2e4))))
    b = float(np.exp(rng.uniform(np.log(0.05), np.log(2e4))))
    x = float(rng.choice([rng.uniform(), np.exp(rng.uniform(np.log(1e-12), 0)), 1 - np.exp(rng.uniform(np.log(1e-12), 0))]))
    if 0 < x < 1:
        special_cases.append({"kind": "beta", "a": r(a), "b": r(b), "x": r(x),
                              "I": r(special.betainc(a, b, x)), "Ic": r(special.betaincc(a, b, x))})

dist_cases = []
for z in [-38.0, -30.0, -20.0, -8.5, -3.0, -1.0, -0.5, -1e-3, 0.0, 0.3, 0.7071, 2.0, 6.0, 9.0]:
    dist_cases.append({"kind": "normal", "x": r(z), "cdf": r(special.ndtr(z))})
for df in [1.0, 2.0, 3.5, 7.0, 29.3, 100.0, 1e4]:
    for t in [-300.0, -40.0, -9.0, -2.5, -0.7, 0.0, 0.4, 1.96, 6.0, 25.0, 1e3]:
        dist_cases.append({"kind": "t", "x": r(t), "df": r(df), "cdf": r(stats.t.cdf(t, df)),
                           "sf": r(stats.t.sf(t, df))})
for k in [1.0, 2.0, 5.0, 17.0, 99.0]:
    for x in [1e-4, 0.5, 3.0, 10.0, 40.0, 150.0, 500.0, 1300.0]:
        dist_cases.append({"kind": "chi2", "x": r(x), "df": r(k), "sf": r(stats.chi2.sf(x, k))})
for d1, d2 in [(1, 1), (2, 10), (5, 30), (30, 5), (100, 200)]:
    for x in [1e-3, 0.5, 1.0, 2.5, 10.0, 100.0, 1e4]:
        dist_cases.append({"kind": "F", "x": r(x), "d1": r(d1), "d2": r(d2), "sf": r(stats.f.sf(x, d1, d2))})


def sample(n, ties):
    if ties:
        return rng.integers(0, 6, size=n).astype(float)
    return rng.normal(size=n)


mwu = []
for n1, n2, ties, shift in [(3, 4, False, 0), (5, 8, False, 1), (8, 8, False, 2), (2, 30, False, 1), (7, 9, False, 0.5),
                            (6, 6, True, 0), (8, 5, True, 1), (12, 15, False, 0.3), (25, 30, True, 0.5),
                            (40, 35, False, 1.0), (200, 180, False, 1.5), (150, 150, True, 2.0), (1, 1, False, 0)]:
    x = sample(n1, ties) + shift
    y = sample(n2, ties)
    for alt in ALTS:
        res = stats.mannwhitneyu(x, y, alternative=alt)
        mwu.append({"x": vec(x), "y": vec(y), "alternative": alt, "statistic": r(res.statistic), "p": r(res.pvalue)})

kruskal = []
for sizes, ties, shift in [([3, 4], False, 0), ([5, 5, 5], True, 0.5), ([10, 12, 8, 9], False, 0.3),
                           ([50, 60, 40], True, 1), ([300, 300], False, 2.5), ([4, 1, 6], False, 0)]:
    groups = [sample(n, ties) + shift * i for i, n in enumerate(sizes)]
    res = stats.kruskal(*groups)
    kruskal.append({"groups": [vec(g) for g in groups], "statistic": r(res.statistic), "p": r(res.pvalue)})

wilcoxon = []
for n, ties, shift in [(5, False, 0.5), (10, False, 0.8), (20, False, 0.3), (50, False, 1.0), (51, False, 0.2),
                       (8, True, 0.5), (12, True, 1), (30, True, 0.5), (200, False, 0.4), (40, True, 0.0)]:
    x = sample(n, ties) + shift
    y = sample(n, ties)
    for alt in ALTS:
        res = stats.wilcoxon(x, y, alternative=alt)
        wilcoxon.append({"x": vec(x), "y": vec(y), "alternative": alt, "statistic": r(res.statistic), "p": r(res.pvalue)})

# Zero differences (integer data), the other zero methods and the continuity correction.
for n in [9, 13, 30]:
    x = rng.integers(0, 4, size=n).astype(float)
    y = rng.integers(0, 4, size=n).astype(float)
    for zero_method in ["wilcox", "pratt", "zsplit"]:
        for correction in [False, True]:
            for alt in ALTS:
                res = stats.wilcoxon(x, y, zero_method=zero_method, correction=correction, alternative=alt)
                wilcoxon.append({"x": vec(x), "y": vec(y), "alternative": alt, "zero_method": zero_method,
                                 "correction": correction, "statistic": r(res.statistic), "p": r(res.pvalue)})

pearson, spearman = [], []
for n, rho, ties in [(3, 0.5, False), (5, 0.9, False), (10, 0.0, False), (30, 0.6, True), (100, 0.2, False),
                     (500, 0.8, False), (2000, 0.5, False), (20, 0.99, False)]:
    x = sample(n, ties)
    y = rho * x + np.sqrt(1 - rho ** 2) * sample(n, ties)
    res = stats.pearsonr(x, y)
    pearson.append({"x": vec(x), "y": vec(y), "statistic": r(res.statistic), "p": r(res.pvalue)})
    res = stats.spearmanr(x, y)
    spearman.append({"x": vec(x), "y": vec(y), "statistic": r(res.statistic), "p": r(res.pvalue)})

fisher = []
tables = [[[3, 1], [1, 3]], [[8, 2], [1, 5]], [[0, 5], [5, 0]], [[10, 10], [10, 10]], [[1, 9], [11, 3]],
          [[100, 50], [30, 120]], [[2, 0], [0, 2]], [[0, 0], [3, 4]], [[500, 480], [460, 520]], [[7, 12], [0, 40]],
          [[40, 2], [3, 60]]]
for _ in range(10):
    tables.append(rng.integers(0, 30, size=(2, 2)).tolist())
for table in tables:
    for alt in ALTS:
        res = stats.fisher_exact(table, alternative=alt)
        fisher.append({"table": table, "alternative": alt, "statistic": r(res.statistic), "p": r(res.pvalue)})

ttest = []
for n1, n2, shift, scale in [(2, 3, 0.5, 1), (5, 12, 1.0, 3), (30, 25, 0.2, 0.5), (100, 80, 2.0, 1), (10, 10, 8, 0.2)]:
    x = rng.normal(size=n1) + shift
    y = rng.normal(size=n2) * scale
    res = stats.ttest_ind(x, y, equal_var=False)
    ttest.append({"x": vec(x), "y": vec(y), "statistic": r(res.statistic), "p": r(res.pvalue)})


def fdr_bh(p):
    p = np.asarray(p, float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    order = np.argsort(q, kind="mergesort")
    m = q.size
    adj = q[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(adj[::-1])[::-1]
    back = np.empty(m)
    back[order] = np.minimum(adj, 1)
    out[ok] = back
    return out


bh = []
for p in [[0.01, 0.04, 0.03, 0.5, float("nan"), 0.001], rng.uniform(size=50).tolist(),
          (rng.uniform(size=30) ** 4).tolist(), [1e-300, 0.2, 0.2, 0.9]]:
    bh.append({"p": vec(p), "q": vec(fdr_bh(p))})

for case in special_cases:
    if case["kind"] == "gamma":
        lower, upper = hp_gamma(float(case["a"]), float(case["x"]))
        case["P_hp"], case["Q_hp"] = r(float(lower)), r(float(upper))

out = {"tool": f"scipy {scipy.__version__}, numpy {np.__version__}", "special": special_cases, "dist": dist_cases,
       "mwu": mwu, "kruskal": kruskal, "wilcoxon": wilcoxon, "pearson": pearson, "spearman": spearman,
       "fisher": fisher, "ttest": ttest, "bh": bh}
with open(sys.argv[1], "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as packed:
    packed.write(json.dumps(out).encode())  # mtime=0: the same inputs give the same bytes
print(f"wrote {sys.argv[1]} ({out['tool']})")
