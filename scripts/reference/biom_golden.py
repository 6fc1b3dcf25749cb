#!/usr/bin/env python3
"""Golden values for gutskin's BIOM readers, computed with biom-format (the reference).

Usage: biom_golden.py TABLE.biom OUT.json

Writes shape, nnz, per-sample totals and nnz, the grand total, the SHA-256 of the sample ids and
of the feature ids (each list joined with newlines; the ids themselves stay in ../shared/data), the
first and last three of each, and the raw taxonomy lists (as biom-format returns them) of ~20 fixed
features: the first 8, 4 around the middle, the last 8.
"""
import hashlib
import json
import sys

import biom
import numpy as np


def digest(ids):
    """SHA-256 (hex) of the ids joined with newlines, as the Swift test computes it."""
    return hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()


def main(path, out):
    table = biom.load_table(path)
    n_features, n_samples = table.shape
    # biom's matrix is features x samples; sum over features gives per-sample totals.
    matrix = table.matrix_data.tocsc()
    sample_totals = np.asarray(matrix.sum(axis=0)).ravel()
    sample_nnz = np.diff(matrix.indptr)
    feature_ids = [str(i) for i in table.ids(axis="observation")]
    sample_ids = [str(i) for i in table.ids(axis="sample")]
    picks = sorted(set(list(range(min(8, n_features)))
                       + [n_features // 2 + k for k in (-2, -1, 0, 1) if 0 <= n_features // 2 + k < n_features]
                       + list(range(max(0, n_features - 8), n_features))))
    metadata = table.metadata(axis="observation")
    taxonomy = None
    if metadata is not None and "taxonomy" in metadata[0]:
        taxonomy = [{"index": i, "id": feature_ids[i],
                     "ranks": [str(r) for r in metadata[i]["taxonomy"]]} for i in picks]
    golden = {
        "tool": "biom-format",
        "version": biom.__version__,
        "file": path.rsplit("/", 1)[-1],
        "shape": [int(n_features), int(n_samples)],
        "nnz": int(table.nnz),
        "total": float(matrix.sum()),
        "sample_ids_sha256": digest(sample_ids),
        "sample_ids_ends": sample_ids[:3] + sample_ids[-3:],
        "sample_totals": [float(x) for x in sample_totals],
        "sample_nnz": [int(x) for x in sample_nnz],
        "feature_ids_sha256": digest(feature_ids),
        "feature_ids_ends": feature_ids[:3] + feature_ids[-3:],
        "taxonomy": taxonomy,
    }
    with open(out, "w") as handle:
        json.dump(golden, handle, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
