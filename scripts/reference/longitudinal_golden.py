#!/usr/bin/env python3
"""Golden values for gutskin longitudinal (q2-longitudinal's pairwise-differences, pairwise-distances,
first-differences, first-distances), written to Tests/GutSkinLongitudinalTests/Golden.

q2-longitudinal needs the QIIME 2 framework (conda only), so its formulas are re-implemented here
in a few lines from q2_longitudinal/_utilities.py (2018.x–2024.x: _get_group_pairs,
_get_pairwise_differences, _compare_pairwise_differences, _per_method_pairwise_stats,
_multiple_group_difference, _first_differences), calling the same SciPy/statsmodels functions:
    scipy.stats.wilcoxon(values)                               per group
    scipy.stats.mannwhitneyu(a, b, alternative='two-sided')    every two groups (dict order)
    scipy.stats.kruskal(*groups, nan_policy='omit')            across groups
    statsmodels multipletests(p, method='fdr_bh')              each family; tables sorted by index
Versions: SciPy 1.17.1, statsmodels 0.15.0, pandas 3.1.1 (scripts/reference/requirements.txt).

Usage: .venv/bin/python scripts/reference/longitudinal_golden.py [SHARED_DATA_DIR]

With SHARED_DATA_DIR (../shared/data), also writes longitudinal-hmp.json: HMP stool samples of
hmp-v35-even1k.biom (HMPbodysubsite == Stool), Shannon entropy per sample by scikit-bio 0.7.4
(`skbio.diversity.alpha_diversity("shannon", counts)`, natural log), and q2-longitudinal's
pairwise-differences between visitno 1 and 2 by sex (replicates dropped) and first-differences.
"""
import json
import os
import sys
from itertools import combinations

import numpy as np
import pandas as pd
import scipy
import statsmodels
from scipy.stats import kruskal, mannwhitneyu, wilcoxon
from statsmodels.stats.multitest import multipletests

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "GutSkinLongitudinalTests", "Golden")


def make_cohort():
    """Three arms (7, 14, 55 subjects), states 0, 4, 8, 12; one missing metric value, one subject
    without state 8, one subject with two samples at state 4 (for --replicate-handling drop)."""
    rng = np.random.default_rng(20261204)
    rows = []
    arms = [("control", 7, 0.0), ("probiotic", 14, 0.4), ("diet", 55, -0.2)]
    for arm, count, effect in arms:
        for k in range(count):
            subject = f"{arm[:3]}{k:02d}"
            base = rng.normal(3.0, 0.5)
            for week in (0, 4, 8, 12):
                if subject == "pro03" and week == 8:
                    continue
                value = round(base + effect * week / 8 + rng.normal(0, 0.3), 2)
                rows.append((f"{subject}.w{week}", subject, arm, week, value))
    rows.append(("dieXX.w4b", "die05", "diet", 4, 2.5))  # a replicate at week 4
    frame = pd.DataFrame(rows, columns=["sample-id", "subject", "arm", "week", "shannon"]).set_index("sample-id")
    frame.loc["con02.w8", "shannon"] = np.nan
    return frame


def make_distances(ids):
    """Euclidean distances of random points, rounded to 4 decimals (a small file), over the control
    and probiotic subjects and the first 12 diet subjects: the metadata is a superset of the
    matrix, and pairs outside it are skipped (skbio's MissingIDError in q2-longitudinal)."""
    ids = [i for i in ids if not i.startswith("die") or (i[3:5].isdigit() and int(i[3:5]) < 12)]
    rng = np.random.default_rng(7)
    points = rng.normal(size=(len(ids), 3))
    matrix = np.round(np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1)), 4)
    return pd.DataFrame(matrix, index=ids, columns=ids)


def group_pairs(df, group, group_column, states, handling):
    members = df if group_column is None else df[df[group_column] == group]
    pairs = []
    for subject in pd.unique(members["subject"]):  # first appearance; q2 iterates a set
        chosen = []
        for state in states:
            idx = members[(members["week"] == state) & (members["subject"] == subject)].index
            if len(idx) > 1:
                assert handling == "drop"
            elif len(idx) == 1:
                chosen.append(idx[0])
        if len(chosen) == 2:
            pairs.append(tuple(chosen))
    return pairs


def bh(frame):
    frame["FDR P-value"] = multipletests(frame["P-value"], method="fdr_bh")[1]
    return frame.sort_index()


def pairwise(df, group_column, states, dm=None):
    groups = ["all subjects"] if group_column is None else list(pd.unique(df[group_column]))
    values, pairs_out = {}, []
    for group in groups:
        values[group] = []
        for before, after in group_pairs(df, group, group_column, states, "drop"):
            if dm is None:
                value = float(df["shannon"][after]) - float(df["shannon"][before])
                label = df[group_column][before] if group_column else "None"
            else:
                if before not in dm.index or after not in dm.index:
                    continue
                value = dm.loc[before, after]
                label = df[group_column][after]
            if not np.isnan(value):
                values[group].append(value)
                pairs_out.append([after, df["subject"][after], repr(float(value)), label])
    result = {"pairs": pairs_out}
    if dm is None:
        rows = [(g, *wilcoxon(v)) for g, v in values.items()]
        table = bh(pd.DataFrame(rows, columns=["Group", "W", "P-value"]).set_index("Group"))
        result["paired"] = [[g, repr(float(r["W"])), repr(float(r["P-value"])), repr(float(r["FDR P-value"]))]
                            for g, r in table.iterrows()]
    if group_column is not None:
        h, p = kruskal(*values.values(), nan_policy="omit")
        result["kruskal"] = [repr(float(h)), repr(float(p))]
        rows = [(a, b, *mannwhitneyu(values[a], values[b], alternative="two-sided"))
                for a, b in combinations(values.keys(), 2)]
        table = bh(pd.DataFrame(rows, columns=["A", "B", "U", "P-value"]).set_index(["A", "B"]))
        result["between"] = [[a, b, repr(float(r["U"])), repr(float(r["P-value"])), repr(float(r["FDR P-value"]))]
                             for (a, b), r in table.iterrows()]
    return result


def first(df, dm=None, baseline=None):
    states = sorted(pd.unique(df["week"]))
    if baseline is not None:
        states.remove(baseline)
        states.insert(0, baseline)
    out = []
    for s in range(len(states) - 1):
        before_state = states[0] if baseline is not None else states[s]
        for before, after in group_pairs(df, None, None, [before_state, states[s + 1]], "drop"):
            if dm is not None and (before not in dm.index or after not in dm.index):
                continue
            value = dm.loc[before, after] if dm is not None else float(df["shannon"][after]) - float(df["shannon"][before])
            if not np.isnan(value):
                out.append([after, repr(float(value))])
    return out


def hmp(shared):
    import biom
    import skbio
    from skbio.diversity import alpha_diversity

    mapping = pd.read_csv(os.path.join(shared, "hmp-v35-even1k-mapping.tsv"), sep="\t", dtype=str, index_col=0)
    table = biom.load_table(os.path.join(shared, "hmp-v35-even1k.biom"))
    stool = [s for s in table.ids() if s in mapping.index and mapping.loc[s, "HMPbodysubsite"] == "Stool"]
    counts = table.filter(stool, inplace=False).matrix_data.toarray().T
    shannon = alpha_diversity("shannon", counts, ids=stool)
    df = mapping.loc[[s for s in mapping.index if s in set(stool)], ["hostsubjectid", "sex", "visitno"]].copy()
    df = df.rename(columns={"hostsubjectid": "subject", "visitno": "week"})
    df["week"] = pd.to_numeric(df["week"])
    df["shannon"] = shannon[df.index]
    return {
        "tool": f"scikit-bio {skbio.__version__} shannon; q2-longitudinal formulas; SciPy {scipy.__version__}, "
                f"statsmodels {statsmodels.__version__}",
        "differences_by_sex_1_2": pairwise(df, "sex", [1, 2]),
        "first_differences": first(df),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    if len(sys.argv) > 1:
        with open(os.path.join(OUT, "longitudinal-hmp.json"), "w") as handle:
            json.dump(hmp(sys.argv[1]), handle, indent=1)
    df = make_cohort()
    df.to_csv(os.path.join(OUT, "cohort-metadata.tsv"), sep="\t", na_rep="")
    dm = make_distances(list(df.index))
    dm.to_csv(os.path.join(OUT, "cohort-distances.tsv"), sep="\t")
    golden = {
        "tool": f"q2-longitudinal formulas re-implemented; SciPy {scipy.__version__}, statsmodels {statsmodels.__version__}, "
                f"pandas {pd.__version__}",
        "replicate_handling": "drop",
        "differences_by_arm_0_8": pairwise(df, "arm", [0, 8]),
        "differences_all_4_12": pairwise(df, None, [4, 12]),
        "distances_by_arm_0_12": pairwise(df, "arm", [0, 12], dm=dm),
        "first_differences": first(df),
        "first_differences_baseline_0": first(df, baseline=0),
        "first_distances": first(df, dm=dm),
        "first_distances_baseline_4": first(df, dm=dm, baseline=4),
    }
    # volatility's control chart: pandas mean and std (ddof=1) over samples with a value; group means per state.
    present = df.dropna(subset=["shannon"])
    golden["volatility"] = {
        "mean": repr(float(present["shannon"].mean())), "std": repr(float(present["shannon"].std())),
        "group_means": [[g, repr(float(w)), repr(float(v))] for (g, w), v in present.groupby(["arm", "week"])["shannon"].mean().items()],
    }
    with open(os.path.join(OUT, "longitudinal-q2.json"), "w") as handle:
        json.dump(golden, handle, indent=1)


if __name__ == "__main__":
    main()
