"""Times gutskin and the reference implementations in one run, on the same data and machine,
and prints the ratios (reference time / gutskin time). Called by scripts/benchmark.

Whole-process wall time (median of --repeats runs) and peak resident memory of each process.
Where scikit-bio would take too long on all 5,452 HMP samples, it runs on the first N samples
and its time is scaled by (5452/N)^2 — marked "extrapolated" in the output. That underestimates
it (cache effects): for Bray-Curtis and Jaccard the full run took 444 s and 222 s here where the
extrapolation from 1,000 samples predicted 125 s; --full-reference runs scikit-bio on every sample.

Striped UniFrac is compared like for like when `ssu` is on PATH: the same plain-text tree (ssu
cannot read a gzipped one), fp64 methods named `*_fp64` (plain `unweighted` is fp32 in ssu 1.x),
no PCoA (`--pcoa 0`; gutskin's beta computes none), threads from OMP_NUM_THREADS.
"""
import argparse
import gzip
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
        # Both sides write their ordination file (gutskin's is 300 MB with all axes).
        compare(label, [args.gutskin, "pcoa", matrix, "-q", "-o", out + "/ordination.txt"] + extra,
                stats(task, matrix, out + "/skbio-ordination.txt"), "scikit-bio, writing its ordination too", 1, 1, call=True)
    compare("permanova 999, HMP by HMPbodysupersite",
            [args.gutskin, "permanova", matrix, "--metadata", data("hmp-v35-even1k-mapping.tsv"), "--column",
             "HMPbodysupersite", "--permutations", "999", "--threads", str(args.threads), "-q"],
            stats("permanova", matrix, data("hmp-v35-even1k-mapping.tsv"), "HMPbodysupersite"), "scikit-bio", 1, 1, call=True)
    skbb = os.environ.get("GUTSKIN_SKBB_LIB", "")
    if os.path.isfile(os.path.join(skbb, "libskbb.so")):
        # scikit-bio loads its compiled back-end (scikit-bio-binaries) when libskbb is on the library path.
        compare("permanova 999, HMP, vs scikit-bio-binaries",
                [args.gutskin, "permanova", matrix, "--metadata", data("hmp-v35-even1k-mapping.tsv"), "--column",
                 "HMPbodysupersite", "--permutations", "999", "--threads", str(args.threads), "-q"],
                ["env", "LD_LIBRARY_PATH=" + skbb] + stats("permanova", matrix, data("hmp-v35-even1k-mapping.tsv"), "HMPbodysupersite"),
                "scikit-bio + libskbb", 1, 1, call=True)
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
    parser.add_argument("--only", default="", help="run only the rows whose label contains this text (e.g. unifrac)")
    parser.add_argument("--full-reference", action="store_true",
                        help="run scikit-bio on all HMP samples instead of extrapolating (about 15 minutes more)")
    args = parser.parse_args()
    global THREADS
    THREADS = args.threads
    here = os.path.dirname(os.path.abspath(__file__))
    data = lambda name: os.path.join(args.data, name)
    hmp, pgp = data("hmp-v35-even1k.biom"), data("pgp.biom")
    hmp_samples = 5452
    ssu = shutil.which("ssu")
    skbio_script = os.path.join(here, "skbio_diversity.py")
    out = "/tmp/gutskin-benchmark-output"
    os.makedirs(out, exist_ok=True)
    # One plain-text tree for every tool: ssu crashes on a gzipped one.
    tree = out + "/gg-13_8-97_otus.tree"
    with gzip.open(data("gg-13_8-97_otus.tree.gz"), "rb") as packed, open(tree, "wb") as plain:
        shutil.copyfileobj(packed, plain)

    print("%-44s %10s %12s %9s %9s   %s" % ("task", "gutskin s", "reference s", "ratio", "gutskin MB", "reference"))

    def compare(label, ours, theirs, reference, scale=1.0, repeats_theirs=None, call=False):
        if args.only not in label:
            return
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
    subset = hmp_samples if args.full_reference else 500 if args.quick else 1000
    scale = (hmp_samples / subset) ** 2
    underestimate = "" if scale == 1 else "; underestimates: the full run took 444 s / 222 s here, 2026-12"

    for metric in ["braycurtis", "jaccard"]:
        compare("beta %s, HMP 5,452 samples" % metric, gutskin_beta(metric, hmp),
                skbio("beta", metric, hmp, "--subset", str(subset)), "scikit-bio" + underestimate, scale)
        compare("beta %s, PGP 436 samples" % metric, gutskin_beta(metric, pgp), skbio("beta", metric, pgp), "scikit-bio")
    ssu_figures = {"unweighted_unifrac": "5.4 s fp64 / 4.9 s fp32", "weighted_normalized_unifrac": "9.7 s fp64 / 5.8 s fp32",
                   "generalized_unifrac": "15x slower than gutskin"}
    for metric in ["unweighted_unifrac", "weighted_normalized_unifrac", "generalized_unifrac"]:
        ssu_method = metric.replace("_unifrac", "")
        alpha = ["--alpha", "0.5"] if metric == "generalized_unifrac" else []
        for precision in ["fp64", "fp32"]:
            label = "beta %s%s %s, HMP" % (metric, " a=0.5" if alpha else "", precision)
            ours = gutskin_beta(metric, hmp, "--tree", tree, "--precision", precision, *alpha)
            if ssu:
                theirs = [ssu, "-i", hmp, "-t", tree, "-m", "%s_%s" % (ssu_method, precision), "-o", out + "/ssu.h5",
                          "--format", "hdf5", "--pcoa", "0"] + (["-a", "0.5"] if alpha else [])
                compare(label, ours, theirs, "Striped UniFrac (ssu), same tree, no PCoA", 1, args.repeats)
            else:
                compare(label, ours, None, "ssu not on PATH; issue's figure: %s" % ssu_figures[metric])
        if metric == "generalized_unifrac":
            continue
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
