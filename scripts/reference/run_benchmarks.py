"""Times gutskin and the reference implementations in one run, on the same data and machine,
and prints the ratios (reference time / gutskin time). Called by scripts/benchmark.

Whole-process wall time (median of --repeats runs) and peak resident memory of each process.
Where scikit-bio would take too long on all 5,452 HMP samples, it runs on the first N samples
and its time is scaled by (5452/N)^2 — marked "extrapolated" in the output.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time


THREADS = os.cpu_count()


def run(command, repeats):
    """Median wall time of `repeats` runs, and the largest peak RSS (MB) of those processes alone."""
    times, peak = [], 0
    # ssu and OpenMP programs take their thread count from the environment.
    environment = dict(os.environ, OMP_NUM_THREADS=str(THREADS))
    for _ in range(repeats):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment)
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(command), stderr))
        peak = max(peak, usage.ru_maxrss)
    return statistics.median(times), peak / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gutskin", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="smaller scikit-bio subsets (faster, rougher)")
    args = parser.parse_args()
    global THREADS
    THREADS = args.threads
    here = os.path.dirname(os.path.abspath(__file__))
    data = lambda name: os.path.join(args.data, name)
    tree = data("gg-13_8-97_otus.tree.gz")
    hmp, pgp = data("hmp-v35-even1k.biom"), data("pgp.biom")
    hmp_samples = 5452
    ssu = shutil.which("ssu")
    skbio_script = os.path.join(here, "skbio_diversity.py")
    out = "/tmp/gutskin-benchmark-output"
    os.makedirs(out, exist_ok=True)

    print("%-44s %10s %12s %9s %9s   %s" % ("task", "gutskin s", "reference s", "ratio", "gutskin MB", "reference"))

    def compare(label, ours, theirs, reference, scale=1.0, repeats_theirs=None):
        ours_s, ours_mb = run(ours, args.repeats)
        if theirs is None:
            print("%-44s %10.3f %12s %9s %9.0f   %s" % (label, ours_s, "-", "-", ours_mb, reference))
            return
        theirs_s, _ = run(theirs, repeats_theirs or 1)
        theirs_s *= scale
        note = reference + (" (extrapolated x%.1f)" % scale if scale != 1 else "")
        print("%-44s %10.3f %12.2f %8.1fx %9.0f   %s" % (label, ours_s, theirs_s, theirs_s / ours_s, ours_mb, note))

    skbio = lambda *a: [args.python, skbio_script] + list(a)
    gutskin_beta = lambda metric, table, *extra: [args.gutskin, "beta", table, "--metric", metric,
                                                  "--threads", str(args.threads), "-q", "-o", out + "/dm.h5"] + list(extra)
    subset = 500 if args.quick else 1000
    scale = (hmp_samples / subset) ** 2

    for metric in ["braycurtis", "jaccard"]:
        compare("beta %s, HMP 5,452 samples" % metric, gutskin_beta(metric, hmp),
                skbio("beta", metric, hmp, "--subset", str(subset)), "scikit-bio", scale)
        compare("beta %s, PGP 436 samples" % metric, gutskin_beta(metric, pgp), skbio("beta", metric, pgp), "scikit-bio")
    for metric in ["unweighted_unifrac", "weighted_normalized_unifrac"]:
        ssu_method = {"unweighted_unifrac": "unweighted", "weighted_normalized_unifrac": "weighted_normalized"}[metric]
        for precision in ["fp64", "fp32"]:
            ours = gutskin_beta(metric, hmp, "--tree", tree, "--precision", precision)
            if ssu:
                theirs = [ssu, "-i", hmp, "-t", tree, "-m", ssu_method + ("_fp32" if precision == "fp32" else ""),
                          "-o", out + "/ssu.h5", "--format", "hdf5"]
                compare("beta %s %s, HMP" % (metric, precision), ours, theirs, "Striped UniFrac (ssu)", 1, args.repeats)
            else:
                compare("beta %s %s, HMP" % (metric, precision), ours, None,
                        "ssu not on PATH; issue's figure: %s" % {"unweighted_unifrac": "5.4 s fp64 / 4.9 s fp32",
                                                                  "weighted_normalized_unifrac": "9.7 s fp64 / 5.8 s fp32"}[metric])
        unifrac_subset = 250 if args.quick else 500
        compare("beta %s, HMP vs scikit-bio" % metric, gutskin_beta(metric, hmp, "--tree", tree),
                skbio("beta", metric, hmp, "--tree", tree, "--subset", str(unifrac_subset)), "scikit-bio",
                (hmp_samples / unifrac_subset) ** 2)
        compare("beta %s, PGP" % metric, gutskin_beta(metric, pgp, "--tree", tree),
                skbio("beta", metric, pgp, "--tree", tree), "scikit-bio")
    compare("alpha faith_pd, HMP (incl. tree load)",
            [args.gutskin, "alpha", hmp, "--metric", "faith_pd", "--tree", tree, "-q", "-o", out + "/alpha.tsv"],
            skbio("alpha", "faith_pd", hmp, "--tree", tree), "scikit-bio")
    if ssu:
        compare("faithpd, HMP vs ssu", [args.gutskin, "alpha", hmp, "--metric", "faith_pd", "--tree", tree, "-q", "-o", out + "/alpha.tsv"],
                [ssu.replace("ssu", "faithpd"), "-i", hmp, "-t", tree, "-o", out + "/fpd.tsv"], "Striped UniFrac faithpd", 1, args.repeats)
    compare("alpha shannon, HMP", [args.gutskin, "alpha", hmp, "--metric", "shannon", "-q", "-o", out + "/alpha.tsv"],
            skbio("alpha", "shannon", hmp), "scikit-bio")
    print("ratio = reference time / gutskin time (higher is better for gutskin); %d threads, median of %d runs for gutskin"
          % (args.threads, args.repeats))


if __name__ == "__main__":
    main()
