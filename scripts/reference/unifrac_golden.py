#!/usr/bin/env python3
"""Golden UniFrac values from scikit-bio for gutskin's UniFracKernel tests.

Run with the reference environment (/work/venv-ref/bin/python, scikit-bio 0.7.4):

    scripts/reference/unifrac_golden.py [DATA_DIR]

DATA_DIR defaults to ../shared/data. Writes, under Tests/GutSkinKernelsTests/Golden/:

- unifrac-pgp-<variant>.json.gz, variant in unweighted, weighted_unnormalized,
  weighted_normalized: skbio.diversity.beta_diversity on the whole PGP table (436 samples),
  the tree sheared to the table's features (as beta_diversity does itself); condensed
  upper-triangle distances in row-major order.
- unifrac-hmp-pairs.json.gz: 1,000 pairs of hmp-v35-even1k.biom drawn with
  numpy.random.default_rng(20250611), each computed with skbio.diversity.beta.unweighted_unifrac /
  weighted_unifrac(u, v, taxa, tree[, normalized]) on the count vectors of the two samples over
  all table features and the tree sheared to the table's features.
"""
import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np
import biom
import skbio
from skbio import TreeNode
from skbio.diversity import beta_diversity
from skbio.diversity.beta import unweighted_unifrac, weighted_unifrac

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "Tests" / "GutSkinKernelsTests" / "Golden"
SEED = 20250611
PAIR_COUNT = 1000


def load(table_name):
    table = biom.load_table(str(DATA / table_name))
    counts = table.matrix_data.T.toarray()  # samples × features
    return counts, list(table.ids("sample")), list(table.ids("observation"))


def write(name, payload):
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / name, "wt") as handle:
        json.dump(payload, handle, separators=(",", ":"))
    print(f"wrote {OUT / name}", file=sys.stderr)


def main():
    tree = TreeNode.read(str(DATA / "gg-13_8-97_otus.tree.gz"))
    # scikit-bio refuses non-root nodes without a length; gutskin reads a missing length as 0,
    # so give those nodes length 0 here (the count is recorded in the output).
    missing = [node for node in tree.traverse() if node.length is None and not node.is_root()]
    for node in missing:
        node.length = 0.0
    print(f"{len(missing)} non-root nodes without a length set to 0", file=sys.stderr)
    common = {"tool": "scikit-bio", "version": skbio.__version__, "tree": "gg-13_8-97_otus.tree.gz",
              "tree_note": f"{len(missing)} non-root nodes without a length given length 0.0"}

    counts, samples, taxa = load("pgp.biom")
    pgp_tree = tree.shear(taxa)
    variants = {
        "unweighted": ("unweighted_unifrac", {}),
        "weighted_unnormalized": ("weighted_unifrac", {"normalized": False}),
        "weighted_normalized": ("weighted_unifrac", {"normalized": True}),
    }
    for variant, (metric, extra) in variants.items():
        start = time.time()
        dm = beta_diversity(metric, counts, ids=samples, taxa=taxa, tree=pgp_tree, **extra)
        print(f"pgp {variant}: {time.time() - start:.1f} s", file=sys.stderr)
        write(f"unifrac-pgp-{variant}.json.gz", {
            **common, "table": "pgp.biom",
            "call": f"skbio.diversity.beta_diversity('{metric}', counts, ids, taxa=taxa, "
                    f"tree=tree.shear(taxa){''.join(f', {k}={v}' for k, v in extra.items())})",
            "samples": samples, "condensed": [float(x) for x in dm.condensed_form()],
        })

    counts, samples, taxa = load("hmp-v35-even1k.biom")
    hmp_tree = tree.shear(taxa)
    rng = np.random.default_rng(SEED)
    pairs = set()
    while len(pairs) < PAIR_COUNT:
        i, j = (int(x) for x in rng.choice(len(samples), size=2, replace=False))
        pairs.add((min(i, j), max(i, j)))
    pairs = sorted(pairs)
    rows = []
    start = time.time()
    for i, j in pairs:
        u, v = counts[i], counts[j]
        rows.append({
            "i": i, "j": j, "sample_i": samples[i], "sample_j": samples[j],
            "unweighted": float(unweighted_unifrac(u, v, taxa, hmp_tree, validate=False)),
            "weighted_unnormalized": float(weighted_unifrac(u, v, taxa, hmp_tree, normalized=False, validate=False)),
            "weighted_normalized": float(weighted_unifrac(u, v, taxa, hmp_tree, normalized=True, validate=False)),
        })
    print(f"hmp pairs: {time.time() - start:.1f} s", file=sys.stderr)
    write("unifrac-hmp-pairs.json.gz", {
        **common, "table": "hmp-v35-even1k.biom", "seed": SEED,
        "pair_draw": f"numpy.random.default_rng({SEED}).choice(n, size=2, replace=False) until {PAIR_COUNT} distinct pairs, sorted",
        "call": "skbio.diversity.beta.unweighted_unifrac(u, v, taxa, tree.shear(taxa), validate=False) and "
                "weighted_unifrac(u, v, taxa, tree.shear(taxa), normalized=False|True, validate=False)",
        "pairs": rows,
    })


if __name__ == "__main__":
    main()
