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
import tempfile
import time


THREADS = os.cpu_count()
LAST_CALL_SECONDS = [None]


def run(command, repeats):
    """Median wall time of `repeats` runs, and the largest peak RSS (MB) of those processes alone."""
    times, peak, calls = [], 0, []
    # ssu and OpenMP programs take their thread count from the environment.
    environment = dict(os.environ, OMP_NUM_THREADS=str(THREADS))
    for _ in range(repeats):
        start = time.perf_counter()
        with tempfile.TemporaryFile(mode="w+") as errors:
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=environment)
            stdout = child.stdout.read()
            # wait4, not wait(): it reports this child's own peak memory.
            _, status, usage = os.wait4(child.pid, 0)
            errors.seek(0)
            stderr = errors.read()
        times.append(time.perf_counter() - start)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(command), stderr))
        peak = max(peak, usage.ru_maxrss)
        try:  # reference scripts print the time of the call alone
            calls.append(json.loads(stdout.strip().splitlines()[-1])["call_s"])
        except (ValueError, KeyError, IndexError):
            pass
    LAST_CALL_SECONDS[0] = statistics.median(calls) if calls else None
    return statistics.median(times), peak / 1024


def stats_section(args, compare, skbio, out, hmp, pgp, data):
    """PCoA, PERMANOVA and ANCOM-BC, each on the same input files for both tools."""
    here = os.path.dirname(os.path.abspath(__file__))
    prepare = lambda *a: run([args.gutskin] + list(a) + ["-q"], 1)
    matrix = out + "/hmp-braycurtis.h5"
    prepare("beta", hmp, "--metric", "braycurtis", "-o", matrix)
    prepare("filter", pgp, "--metadata", data("pgp-mapping.tsv"), "--where", "body_site=UBERON:feces", "-o", out + "/stool.biom")
    prepare("collapse", out + "/stool.biom", "--rank", "genus", "-o", out + "/stool-genus.tsv")
    stats = lambda *a: [args.python, os.path.join(here, "skbio_statistics.py")] + list(a)
    for label, extra, task in [("pcoa eigh, HMP Bray-Curtis 5,452", [], "pcoa-eigh"),
                               ("pcoa fsvd 10 axes, HMP Bray-Curtis", ["--method", "fsvd", "--dimensions", "10"], "pcoa-fsvd")]:
        compare(label, [args.gutskin, "pcoa", matrix, "-q", "-o", out + "/ordination.txt"] + extra,
                stats(task, matrix), "scikit-bio", 1, 1, call=True)
    compare("permanova 999, HMP by HMPbodysupersite",
            [args.gutskin, "permanova", matrix, "--metadata", data("hmp-v35-even1k-mapping.tsv"), "--column",
             "HMPbodysupersite", "--permutations", "999", "--threads", str(args.threads), "-q"],
            stats("permanova", matrix, data("hmp-v35-even1k-mapping.tsv"), "HMPbodysupersite"), "scikit-bio", 1, 1, call=True)
    compare("ancombc, PGP stool genera, Eczema",
            [args.gutskin, "differential", out + "/stool-genus.tsv", "--metadata", data("pgp-mapping.tsv"), "--column",
             "Eczema", "--versus", "Y", "-q", "-o", out + "/ancombc.tsv"],
            stats("ancombc", out + "/stool-genus.tsv", data("pgp-mapping.tsv"), "Eczema", "Y"), "scikit-bio", 1, 3, call=True)


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

    def compare(label, ours, theirs, reference, scale=1.0, repeats_theirs=None, call=False):
        ours_s, ours_mb = run(ours, args.repeats)
        if theirs is None:
            print("%-44s %10.3f %12s %9s %9.0f   %s" % (label, ours_s, "-", "-", ours_mb, reference))
            return
        theirs_s, _ = run(theirs, repeats_theirs or 1)
        theirs_s *= scale
        note = reference + (" (extrapolated x%.1f)" % scale if scale != 1 else "")
        if call and LAST_CALL_SECONDS[0] is not None:
            note += "; the call alone %.2f s" % LAST_CALL_SECONDS[0]
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
    stats_section(args, compare, skbio, out, hmp, pgp, data)
    compare("alpha shannon, HMP", [args.gutskin, "alpha", hmp, "--metric", "shannon", "-q", "-o", out + "/alpha.tsv"],
            skbio("alpha", "shannon", hmp), "scikit-bio")
    print("ratio = reference time / gutskin time (higher is better for gutskin); %d threads, median of %d runs for gutskin"
          % (args.threads, args.repeats))


if __name__ == "__main__":
    main()
