#!/usr/bin/env python3
"""Golden values for gutskin longitudinal nmit: q2-longitudinal's `_nmit` (q2_longitudinal/_utilities.py:
_temporal_corr, _temporal_distance) re-implemented in its few lines -- per individual
`table.groupby(individual).corr(method).fillna(0)`, between individuals
`scipy.linalg.norm(corr_i - corr_j, ord)`, ids the first sample of each individual -- on a committed
table of relative frequencies (nmit-table.tsv, 5 individuals x 6 samples x 7 features, with zeros and a
feature absent from one individual) and metadata (nmit-metadata.tsv).

Versions: pandas 3.1.1, SciPy 1.17.1, numpy 2.4.6. Usage: .venv/bin/python scripts/reference/nmit_golden.py
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
from scipy import linalg

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "GutSkinLongitudinalTests", "Golden")


def main():
    rng = np.random.default_rng(11)
    samples, subjects = [], []
    for k in range(5):
        for t in range(6):
            samples.append(f"p{k}.t{t}")
            subjects.append(f"p{k}")
    counts = rng.poisson(lam=rng.uniform(0.5, 6, size=7), size=(30, 7)).astype(float)
    counts[0:6, 3] = 0  # feature f3 absent from p0: constant, NaN correlations, filled with 0
    counts[counts.sum(axis=1) == 0, 0] = 1
    table = pd.DataFrame(counts / counts.sum(axis=1, keepdims=True), index=samples, columns=[f"f{j}" for j in range(7)])
    metadata = pd.DataFrame({"subject": subjects}, index=pd.Index(samples, name="sample-id"))
    order = rng.permutation(30)  # metadata rows shuffled: ids come from metadata order
    metadata.iloc[order].to_csv(os.path.join(OUT, "nmit-metadata.tsv"), sep="\t")
    with open(os.path.join(OUT, "nmit-table.tsv"), "w") as handle:
        handle.write("#OTU ID\t" + "\t".join(samples) + "\n")
        for feature in table.columns:
            handle.write(feature + "\t" + "\t".join(repr(float(v)) for v in table[feature]) + "\n")
    md = metadata.iloc[order]
    golden = {"tool": f"q2-longitudinal _nmit re-implemented; pandas {pd.__version__}, SciPy {scipy.__version__}", "cases": []}
    for corr_method in ("kendall", "pearson", "spearman"):
        for dist_method in ("fro", "nuc"):
            frame = table.copy()
            individual = md["subject"]
            frame["individual_id"] = individual
            corr = frame.groupby(["individual_id"]).corr(method=corr_method).fillna(0)
            id_set = individual.drop_duplicates()
            n = len(id_set)
            dist = np.zeros((n, n))
            for i, id_i in enumerate(id_set):
                for j, id_j in enumerate(id_set[:i]):
                    dist[i, j] = dist[j, i] = linalg.norm(corr.loc[id_i] - corr.loc[id_j], ord=dist_method)
            golden["cases"].append({"corr": corr_method, "dist": dist_method, "ids": list(id_set.index),
                                    "matrix": [[repr(float(v)) for v in row] for row in dist]})
    with open(os.path.join(OUT, "nmit-q2.json"), "w") as handle:
        json.dump(golden, handle, indent=1)


if __name__ == "__main__":
    main()
