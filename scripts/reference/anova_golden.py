#!/usr/bin/env python3
"""Golden values for gutskin longitudinal anova: statsmodels' anova_lm(ols(formula, data).fit(), typ=t)
for t = 1, 2, 3 on the committed cohort (Tests/GutSkinLongitudinalTests/Golden/cohort-metadata.tsv;
the row with a missing shannon is dropped, the formula API's default).

Versions: statsmodels 0.15.0, patsy 1.0.3, pandas 3.1.1.
Usage: .venv/bin/python scripts/reference/anova_golden.py
"""
import json
import os

import pandas as pd
import statsmodels
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "GutSkinLongitudinalTests", "Golden")


def main():
    cohort = pd.read_csv(os.path.join(OUT, "cohort-metadata.tsv"), sep="\t", index_col=0)
    golden = {"tool": f"statsmodels {statsmodels.__version__} anova_lm, pandas {pd.__version__}", "cases": []}
    for formula in ["shannon ~ arm * week", "shannon ~ C(week) * arm", "shannon ~ week + arm"]:
        fit = smf.ols(formula, cohort).fit()
        for typ in (1, 2, 3):
            table = anova_lm(fit, typ=typ)
            rows = [[name, repr(float(r["df"])), repr(float(r["sum_sq"])), repr(float(r["F"])), repr(float(r["PR(>F)"]))]
                    for name, r in table.iterrows()]
            golden["cases"].append({"formula": formula, "type": ["I", "II", "III"][typ - 1], "rows": rows})
    with open(os.path.join(OUT, "anova-statsmodels.json"), "w") as handle:
        json.dump(golden, handle, indent=1)


if __name__ == "__main__":
    main()
