#!/usr/bin/env python3
"""Golden alpha-diversity values from scikit-bio, for gutskin's kernel tests.

Run with the reference environment (scikit-bio 0.7.4, biom-format 2.1.18):

    /work/venv-ref/bin/python scripts/reference/alpha_golden.py [DATA_DIR] [OUT_DIR]

DATA_DIR defaults to ../shared/data (pgp.biom, hmp-v35-even1k.biom, gg-13_8-97_otus.tree.gz);
OUT_DIR to Tests/GutSkinKernelsTests/Golden. Writes alpha-pgp.json.gz and alpha-hmp-even1k.json.gz.

Counts are passed as QIIME 2's q2-diversity-lib passes them to scikit-bio
(`table.matrix_data.toarray().astype(int).T`), every metric through
`skbio.diversity.alpha_diversity`. When that call raises for the table (ACE on a sample whose only
rare taxa are singletons), the metric is computed per sample with the same function and the
failing samples are recorded under "errors" with skbio's message; their value is null.

faith_pd is called with validate=False: the Greengenes 13_8 tree has one non-root node without a
branch length ('k__Bacteria'), which skbio's validation rejects; without validation skbio counts a
missing length as 0 (`tree.to_array(nan_length_value=0.0)`), as QIIME 2's unifrac.faith_pd does.
Both tables' features are all tips of the tree and all counts are non-negative integers, so
skipping validation changes nothing else.
Every value is written as a string: Python's repr of the float ("4.5", "1e-05"), "NaN" or "inf"
(JSON has no NaN or infinity). Strings rather than JSON numbers because some JSON readers
(Foundation's JSONSerialization on Linux) round decimal numbers to a neighbouring double; a
string read with Swift's Double(String) or Python's float() round-trips exactly.
"""
import gzip
import json
import os
import sys

import biom
import numpy as np
import scipy
import skbio
from skbio.diversity import alpha_diversity
from skbio.diversity import alpha as skbio_alpha

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared", "data")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Tests", "GutSkinKernelsTests", "Golden")

# (column name in the golden file, skbio metric name, keyword arguments)
METRICS = [
    ("observed_features", "observed_features", {}),
    ("shannon", "shannon", {}),
    ("shannon_entropy", "shannon", {"base": 2}),
    ("shannon(base=10)", "shannon", {"base": 10}),
    ("simpson", "simpson", {}),
    ("simpson_e", "simpson_e", {}),
    ("inv_simpson", "inv_simpson", {}),
    ("enspie", "enspie", {}),
    ("pielou_e", "pielou_e", {}),
    ("pielou_e(base=10)", "pielou_e", {"base": 10}),
    ("heip_e", "heip_e", {}),
    ("chao1", "chao1", {}),
    ("ace", "ace", {}),
    ("goods_coverage", "goods_coverage", {}),
    ("berger_parker_d", "berger_parker_d", {}),
    ("dominance", "dominance", {}),
    ("mcintosh_d", "mcintosh_d", {}),
    ("mcintosh_e", "mcintosh_e", {}),
    ("margalef", "margalef", {}),
    ("menhinick", "menhinick", {}),
    ("brillouin_d", "brillouin_d", {}),
    ("fisher_alpha", "fisher_alpha", {}),
    ("strong", "strong", {}),
    ("gini_index", "gini_index", {}),
    ("robbins", "robbins", {}),
    ("doubles", "doubles", {}),
    ("singles", "singles", {}),
]


def encode(value):
    value = float(value)
    if np.isnan(value):
        return "NaN"
    if np.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


def kwargs_text(kwargs):
    return "".join(f", {k}={v!r}" for k, v in kwargs.items())


def golden(table_name, out_name, tree):
    table = biom.load_table(os.path.join(DATA, table_name))
    counts = table.matrix_data.toarray().astype(int).T
    ids = list(table.ids(axis="sample"))
    taxa = list(table.ids(axis="observation"))
    result = {
        "tool": f"scikit-bio {skbio.__version__}",
        "versions": {"scikit-bio": skbio.__version__, "biom-format": biom.__version__,
                     "numpy": np.__version__, "scipy": scipy.__version__},
        "table": table_name,
        "counts": "table.matrix_data.toarray().astype(int).T  (as q2-diversity-lib passes counts)",
        "samples": ids,
        "metrics": {},
    }
    for column, metric, kwargs in METRICS:
        call = f"skbio.diversity.alpha_diversity({metric!r}, counts, ids=sample_ids{kwargs_text(kwargs)})"
        entry = {"call": call}
        try:
            values = [encode(v) for v in alpha_diversity(metric, counts, ids=ids, **kwargs).values]
        except Exception as error:  # one bad sample fails the whole call: record it per sample
            entry["table_call_error"] = f"{type(error).__name__}: {error}"
            function = getattr(skbio_alpha, metric)
            values, errors = [], {}
            for sample_id, row in zip(ids, counts):
                try:
                    values.append(encode(function(row, **kwargs)))
                except Exception as sample_error:
                    values.append(None)
                    errors[sample_id] = f"{type(sample_error).__name__}: {sample_error}"
            entry["per_sample_call"] = f"skbio.diversity.alpha.{metric}(row{kwargs_text(kwargs)})"
            entry["errors"] = errors
        entry["values"] = values
        result["metrics"][column] = entry
        print(f"{table_name}: {column} done", file=sys.stderr)
    call = ("skbio.diversity.alpha_diversity('faith_pd', counts, ids=sample_ids, taxa=feature_ids, "
            "tree=skbio.TreeNode.read(gzip.open('gg-13_8-97_otus.tree.gz', 'rt')), validate=False)")
    values = alpha_diversity("faith_pd", counts, ids=ids, taxa=taxa, tree=tree, validate=False).values
    result["metrics"]["faith_pd"] = {"call": call, "values": [encode(v) for v in values]}
    with gzip.open(os.path.join(OUT, out_name), "wt", encoding="utf-8") as handle:
        json.dump(result, handle, separators=(",", ":"))
        handle.write("\n")


def main():
    with gzip.open(os.path.join(DATA, "gg-13_8-97_otus.tree.gz"), "rt") as handle:
        tree = skbio.TreeNode.read(handle)
    golden("pgp.biom", "alpha-pgp.json.gz", tree)
    golden("hmp-v35-even1k.biom", "alpha-hmp-even1k.json.gz", tree)


if __name__ == "__main__":
    main()
