#!/usr/bin/env python3
"""Golden values for the diary analysis (Tests/GutSkinDiaryTests/Golden/diary_golden.json).

- Newey–West (HAC) OLS: statsmodels OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": m}) —
  coefficients, standard errors (statsmodels' HAC default: no small-sample correction), 95% normal intervals.
- Detrending: residuals of numpy.linalg.lstsq on the constant and cos(pi k (t + 1/2) / n), k = 1..floor(2n/P),
  over the logged days (the DCT high-pass of docs/diary.md).

Run with the reference virtual environment: .venv/bin/python scripts/reference/diary_golden.py
"""
import json
import math
import sys

import numpy as np
import statsmodels
import statsmodels.api as sm


def hac_case(name, y, X, maxlags):
    fit = sm.OLS(np.asarray(y, float), np.asarray(X, float)).fit(cov_type="HAC", cov_kwds={"maxlags": maxlags})
    ci = fit.conf_int(0.05)
    return {"name": name, "y": list(map(float, y)), "x": [list(map(float, r)) for r in X], "maxlags": maxlags,
            "params": fit.params.tolist(), "bse": fit.bse.tolist(), "ci_low": ci[:, 0].tolist(), "ci_high": ci[:, 1].tolist(),
            "pvalues": fit.pvalues.tolist()}


def detrend_case(name, values, period):
    n = len(values)
    observed = [t for t in range(n) if not math.isnan(values[t])]
    k = int(math.floor(2 * n / period)) if period > 0 else 0
    k = min(k, max(0, len(observed) // 3 - 1))
    basis = np.array([[1.0] + [math.cos(math.pi * j * (t + 0.5) / n) for j in range(1, k + 1)] for t in range(n)])
    coef, *_ = np.linalg.lstsq(basis[observed], np.asarray(values)[observed], rcond=None)
    fitted = basis @ coef
    residuals = [None if math.isnan(values[t]) else float(values[t] - fitted[t]) for t in range(n)]
    return {"name": name, "values": [None if math.isnan(v) else v for v in values], "period": period, "residuals": residuals}


def main():
    rng = np.random.default_rng(20261204)
    cases = []
    # An AR(1) symptom and a binary exposure one day earlier, as the diary's intervals use them.
    n = 60
    e = rng.normal(size=n)
    y = np.zeros(n)
    for t in range(n):
        y[t] = (0.5 * y[t - 1] if t else 0) + e[t]
    x = (rng.random(n) < 0.4).astype(float)
    y = y + 4 + 1.5 * np.roll(x, 1)
    cases.append(hac_case("binary exposure, 60 days, maxlags 3", y.round(3), np.column_stack([np.ones(n), x]), 3))
    # Three exposures, 90 days, maxlags 4.
    n = 90
    X = np.column_stack([np.ones(n)] + [(rng.random(n) < p).astype(float) for p in (0.3, 0.5, 0.2)])
    y = X @ np.array([3.0, 1.0, -0.5, 0.0]) + rng.normal(size=n) * 1.3
    cases.append(hac_case("three exposures, 90 days, maxlags 4", y.round(3), X, 4))
    # A small hand-checkable case, maxlags 1.
    cases.append(hac_case("eight days, maxlags 1", [2, 3, 5, 4, 6, 5, 7, 8], [[1, 0], [1, 1], [1, 1], [1, 0], [1, 1], [1, 0], [1, 1], [1, 1]], 1))

    trends = []
    t = np.arange(60)
    drift = 0.05 * t + np.sin(t / 9.0) + rng.normal(size=60) * 0.5
    trends.append(detrend_case("60 days, period 28", drift.round(3).tolist(), 28.0))
    gappy = drift.round(3).tolist()
    for index in (3, 4, 17, 30, 31, 32, 58):
        gappy[index] = float("nan")
    trends.append(detrend_case("60 days with 7 missing, period 28", gappy, 28.0))
    trends.append(detrend_case("20 days, period 0 (mean only)", drift[:20].round(3).tolist(), 0.0))

    out = {"tool": f"statsmodels {statsmodels.__version__}, numpy {np.__version__}", "hac": cases, "detrending": trends}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
