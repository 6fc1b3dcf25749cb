#!/usr/bin/env python3
"""Benchmark rows for gutskin longitudinal, each timed as a whole process (reading included), median
of REPEATS runs:
- linear-mixed-effects against statsmodels' MixedLM (what q2-longitudinal's linear-mixed-effects
  runs): 1,000 individuals x 10 time points, random intercept, 'y ~ week * arm', REML;
- first-distances on a 5,000-sample distance matrix (500 individuals x 10 time points) against
  q2-longitudinal's steps in Python: scikit-bio's DistanceMatrix.read, then each individual's
  consecutive states looked up in the matrix (q2-longitudinal itself is distributed through conda,
  not PyPI, so its loop is written out here as scripts/reference/longitudinal_golden.py has it).
Usage: longitudinal_benchmark.py GUTSKIN PYTHON REPEATS
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

STATSMODELS = """
import sys, warnings, pandas as pd, statsmodels.formula.api as smf
warnings.simplefilter("ignore")
d = pd.read_csv(sys.argv[1], sep="\\t")
print(smf.mixedlm("y ~ week * arm", d, groups="subject").fit(reml=True).llf)
"""


FIRST_DISTANCES = """
import sys, pandas as pd
from skbio import DistanceMatrix
dm = DistanceMatrix.read(sys.argv[1])
m = pd.read_csv(sys.argv[2], sep="\\t", index_col=0)
out = []
for subject, rows in m.groupby("subject"):
    ordered = rows.sort_values("week").index
    for before, after in zip(ordered[:-1], ordered[1:]):
        out.append((after, dm[before, after]))
print(len(out))
"""


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    gutskin, python, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with tempfile.TemporaryDirectory() as folder:
        rng = np.random.default_rng(1)
        rows = []
        for k in range(1000):
            arm, b0, b1 = ("a" if k % 2 else "b"), rng.normal(3, 0.5), rng.normal(0.05, 0.03)
            for t in range(10):
                rows.append((f"s{k}.{t}", f"s{k}", arm, t, b0 + b1 * t + rng.normal(0, 0.3)))
        path = os.path.join(folder, "lme.tsv")
        pd.DataFrame(rows, columns=["sample-id", "subject", "arm", "week", "y"]).to_csv(path, sep="\t", index=False)
        ours = [timed([gutskin, "longitudinal", "linear-mixed-effects", "--metadata", path, "--metric", "y",
                       "--state-column", "week", "--individual-id-column", "subject", "--group-columns", "arm",
                       "-o", os.path.join(folder, f"out{i}"), "--quiet"]) for i in range(repeats)]
        theirs = [timed([python, "-c", STATSMODELS, path]) for _ in range(repeats)]
        a, b = statistics.median(ours), statistics.median(theirs)
        print("%-34s %12.4f %12.4f %7.1fx   (gutskin vs statsmodels MixedLM; target < 1 s)" % (
            "LME 1,000 x 10, y ~ week * arm", a, b, b / a), flush=True)

        ids = [f"s{k}.{t}" for k in range(500) for t in range(10)]
        points = rng.normal(size=(len(ids), 8))
        squares = (points * points).sum(axis=1)
        distances = np.sqrt(np.maximum(squares[:, None] + squares[None, :] - 2 * points @ points.T, 0))
        np.fill_diagonal(distances, 0)
        metadata = os.path.join(folder, "first.tsv")
        pd.DataFrame({"sample-id": ids, "subject": [i.split(".")[0] for i in ids],
                      "week": [int(i.split(".")[1]) for i in ids]}).to_csv(metadata, sep="\t", index=False)
        # Six decimals, and full precision (Python's repr, as scikit-bio and QIIME 2 write matrices).
        for label, number_format in (("6 decimals", "%.6f"), ("full precision", None)):
            matrix = os.path.join(folder, "dm.tsv")
            pd.DataFrame(distances, index=ids, columns=ids).to_csv(matrix, sep="\t", float_format=number_format)
            ours = [timed([gutskin, "longitudinal", "first-distances", matrix, "--metadata", metadata,
                           "--state-column", "week", "--individual-id-column", "subject",
                           "-o", os.path.join(folder, f"first{i}.tsv"), "--quiet"]) for i in range(repeats)]
            theirs = [timed([python, "-c", FIRST_DISTANCES, matrix, metadata]) for _ in range(repeats)]
            a, b = statistics.median(ours), statistics.median(theirs)
            print("%-34s %12.4f %12.4f %7.1fx   (gutskin vs scikit-bio read + q2-longitudinal's loop; target < 1 s)" % (
                f"first-distances 5k, {label}", a, b, b / a), flush=True)

if __name__ == "__main__":
    main()
