#!/usr/bin/env python3
"""Golden values for gutskin longitudinal linear-mixed-effects: statsmodels' MixedLM fitted by REML,
as q2-longitudinal's linear-mixed-effects calls it (`mixedlm(formula, data, groups, re_formula).fit()`,
REML being statsmodels' default), on committed cases in Tests/GutSkinLongitudinalTests/Golden:

  interaction   shannon ~ week * arm        (cohort-metadata.tsv; one missing shannon: the row is dropped,
                                             missing='drop')
  categorical   shannon ~ C(week) + arm     (cohort-metadata.tsv)
  slope         y ~ day * diet, re_formula ~day   (slopes-metadata.tsv: 40 subjects x 6 days, random slopes)
  slope-only    y ~ day, re_formula ~day          (slopes-metadata.tsv)

For each: the fixed-effect names, Coef. and Std.Err. (`fe_params`, `bse`), the random-effect rows of
summary() (Coef. = cov_re entries, Std.Err. = sqrt(scale) * bse), scale and llf.
Two fits per case: "statsmodels" is fit(reml=True, gtol=1e-10) -- statsmodels' own optimiser run to
the optimum -- which tests compare with at 1e-6 relative; "statsmodels_default" is fit(reml=True) as
q2-longitudinal calls it, whose BFGS stops at gtol=1e-5 and so can sit ~1e-4 (relative) away in the
variance parameters and the standard errors that depend on them (tests compare at 1e-3).

Versions: statsmodels 0.15.0, patsy 1.0.3, pandas 3.1.1, numpy 2.4.6 (scripts/reference/requirements.txt).
Usage: .venv/bin/python scripts/reference/mixedlm_golden.py
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import patsy
import statsmodels
import statsmodels.formula.api as smf

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "GutSkinLongitudinalTests", "Golden")


def make_slopes():
    rng = np.random.default_rng(42)
    rows = []
    for k in range(40):
        diet = "fibre" if k % 2 else "usual"
        intercept, slope = rng.normal(5, 0.8), rng.normal(0.2 if diet == "fibre" else 0.0, 0.3)
        for day in range(6):
            rows.append((f"s{k:02d}.d{day}", f"s{k:02d}", diet, day, round(intercept + slope * day + rng.normal(0, 0.4), 3)))
    return pd.DataFrame(rows, columns=["sample-id", "subject", "diet", "day", "y"]).set_index("sample-id")


def record(result):
    names = list(result.model.exog_names)
    k_fe = len(names)
    summary = result.summary().tables[1]
    re_rows = [[name, repr(float(result.params.iloc[k_fe + j] * result.scale)),
                repr(float(np.sqrt(result.scale) * result.bse.iloc[k_fe + j]))]
               for j, name in enumerate(summary.index[k_fe:])]
    return {
        "names": names,
        "coef": [repr(float(v)) for v in result.fe_params],
        "stderr": [repr(float(v)) for v in result.bse.iloc[:k_fe]],
        "random": re_rows,
        "scale": repr(float(result.scale)),
        "llf": repr(float(result.llf)),
        "converged": bool(result.converged),
        "observations": int(result.nobs),
    }


def fit(data, formula, groups, re_formula=None):
    model = smf.mixedlm(formula, data, groups=groups, re_formula=re_formula, missing="drop")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        default = model.fit(reml=True)
        tight = model.fit(reml=True, gtol=1e-10)
    return {"formula": formula, "groups": groups, "re_formula": re_formula, "statsmodels": record(tight),
            "statsmodels_default": record(default)}


def main():
    cohort = pd.read_csv(os.path.join(OUT, "cohort-metadata.tsv"), sep="\t", index_col=0)
    slopes = make_slopes()
    slopes.to_csv(os.path.join(OUT, "slopes-metadata.tsv"), sep="\t")
    golden = {
        "tool": f"statsmodels {statsmodels.__version__} MixedLM.fit(reml=True), patsy {patsy.__version__}, pandas {pd.__version__}",
        "interaction": fit(cohort, "shannon ~ week * arm", "subject"),
        "categorical": fit(cohort, "shannon ~ C(week) + arm", "subject"),
        "slope": fit(slopes, "y ~ day * diet", "subject", "~day"),
        "slope-only": fit(slopes, "y ~ day", "subject", "~day"),
    }
    # patsy's column names (and order) for formulas exercising its term ordering and redundancy coding.
    design = {}
    for formula in ["week * arm", "arm - 1", "week:arm", "arm:C(week) + week", "C(week) * arm - 1", "week * arm * shannon"]:
        frame = cohort.dropna()
        design[formula] = {"names": patsy.dmatrix(formula, frame).design_info.column_names}
    golden["design"] = design
    with open(os.path.join(OUT, "mixedlm-statsmodels.json"), "w") as handle:
        json.dump(golden, handle, indent=1)
    for name in ("interaction", "categorical", "slope", "slope-only"):
        print(name, "converged:", golden[name]["statsmodels"]["converged"])


if __name__ == "__main__":
    main()
