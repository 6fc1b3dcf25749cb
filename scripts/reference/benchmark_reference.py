"""Times the reference implementations in-process, as gutskin-benchmarks times gutskin.

Usage: python benchmark_reference.py TASK FILE [REPEATS]; prints one JSON line.
Tasks: load-table (biom.load_table), load-tree (skbio.TreeNode.read).
"""
import gzip
import json
import resource
import sys
import time


def main():
    task, path = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    if task == "load-table":
        import biom
        work = lambda: "%d samples x %d features" % biom.load_table(path).shape[::-1]
        tool = "biom-format " + biom.__version__
    elif task == "load-tree":
        import skbio

        def work():
            with gzip.open(path, "rt") if path.endswith(".gz") else open(path) as handle:
                tree = skbio.TreeNode.read(handle)
            return "%d tips" % tree.count(tips=True)

        tool = "scikit-bio " + skbio.__version__
    else:
        sys.exit("unknown task " + task)
    times, detail = [], ""
    for _ in range(repeats):
        start = time.perf_counter()
        detail = work()
        times.append(time.perf_counter() - start)
    times.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"task": task, "tool": tool, "median_s": times[len(times) // 2], "best_s": times[0],
                      "peak_rss_mb": peak, "detail": detail}))


if __name__ == "__main__":
    main()
