#!/usr/bin/env python3
"""Benchmark row for gutskin longitudinal linear-mixed-effects against statsmodels' MixedLM (what
q2-longitudinal's linear-mixed-effects runs): 1,000 individuals x 10 time points, random intercept,
'y ~ week * arm', REML. Both timed as a whole process (reading the metadata included), median of
REPEATS runs. Usage: longitudinal_benchmark.py GUTSKIN PYTHON REPEATS
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
        "LME 1,000 x 10, y ~ week * arm", a, b, b / a))


if __name__ == "__main__":
    main()
