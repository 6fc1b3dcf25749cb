#!/usr/bin/env python3
"""Golden values for gutskin's non-phylogenetic beta-diversity kernels, computed with scikit-bio.

Usage: beta_golden.py SHARED_DATA_DIR OUT_DIR

Writes, gzip-compressed JSON:
  beta-pgp-<metric>.json.gz  the FULL condensed matrix of pgp.biom (436 samples) per metric
  beta-hmp-pairs.json.gz     2,000 fixed random pairs of hmp-v35-even1k.biom (5,452 samples;
                             numpy default_rng(20240611)), each metric computed on those pairs only

Calls (scikit-bio 0.7.4, which hands these metrics to scipy.spatial.distance.pdist):
  braycurtis, jaccard, canberra, euclidean:
      skbio.diversity.beta_diversity(metric, counts, ids)            (jaccard on counts > 0)
  aitchison (scikit-bio has no metric of that name; this is what `qiime diversity beta
  --p-metric aitchison --p-pseudocount 1` does in q2-diversity: counts += pseudocount, then
  euclidean(clr(x), clr(y))):
      skbio.diversity.beta_diversity("euclidean", skbio.stats.composition.clr(counts + 1), ids, validate=False)
  robust_aitchison (vegan's vegdist "robust.aitchison"; Martino et al. 2019,
  doi:10.1128/mSystems.00016-19): Euclidean between rclr-transformed samples, unobserved cells 0:
      skbio.diversity.beta_diversity("euclidean", numpy.nan_to_num(skbio.stats.composition.rclr(counts)), ids,
                                     validate=False)
  (validate=False because log-ratios are negative and scikit-bio's count validation refuses them).
      checked against a plain numpy implementation of the same definition (to 1e-12).
canberra and aitchison also carry "extended_precision": the same formula in numpy.longdouble,
because SciPy's own rounding there exceeds 1e-12 on PGP's large values.
"""
import gzip
import json
import os
import sys
import warnings

import biom
import numpy as np
import scipy
import skbio
from scipy.spatial.distance import pdist
from skbio.diversity import beta_diversity
from skbio.stats.composition import clr, rclr

METRICS = ["braycurtis", "jaccard", "canberra", "euclidean", "aitchison", "robust_aitchison"]
CALLS = {
    "braycurtis": 'skbio.diversity.beta_diversity("braycurtis", counts, ids)',
    "jaccard": 'skbio.diversity.beta_diversity("jaccard", counts, ids)',
    "canberra": 'skbio.diversity.beta_diversity("canberra", counts, ids)',
    "euclidean": 'skbio.diversity.beta_diversity("euclidean", counts, ids)',
    "aitchison": 'skbio.diversity.beta_diversity("euclidean", skbio.stats.composition.clr(counts + 1), ids, validate=False)'
                 '  # q2-diversity beta --p-metric aitchison --p-pseudocount 1',
    "robust_aitchison": 'skbio.diversity.beta_diversity("euclidean", '
                        'numpy.nan_to_num(skbio.stats.composition.rclr(counts)), ids, validate=False)',
}


def numpy_robust_clr(counts):
    """rclr by hand: log of observed values minus their mean log; unobserved cells 0."""
    observed = counts > 0
    logs = np.where(observed, np.log(np.where(observed, counts, 1.0)), 0.0)
    n_observed = observed.sum(axis=1, keepdims=True)
    means = logs.sum(axis=1, keepdims=True) / np.maximum(n_observed, 1)
    return np.where(observed, logs - means, 0.0)


def skbio_robust_clr(counts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.nan_to_num(rclr(counts), nan=0.0)


def condensed(metric, counts, ids):
    """The condensed matrix of `metric` for the rows of `counts`, through scikit-bio."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 0/0 for two empty samples under braycurtis
        if metric == "aitchison":
            return beta_diversity("euclidean", clr(counts + 1), ids, validate=False).condensed_form()
        if metric == "robust_aitchison":
            transformed = skbio_robust_clr(counts)
            by_hand = pdist(numpy_robust_clr(counts), "euclidean")
            result = beta_diversity("euclidean", transformed, ids, validate=False).condensed_form()
            assert np.max(np.abs(result - by_hand)) < 1e-12, "skbio rclr and the numpy definition disagree"
            return result
        return beta_diversity(metric, counts, ids).condensed_form()


def extended_precision(metric, counts):
    """The condensed matrix recomputed in numpy.longdouble (x86-64: 64-bit significand), rounded
    to double: a yardstick for metrics whose SciPy sums (sequential over every feature) carry
    rounding errors above 1e-12 on large values (canberra: sums up to ~1,300; aitchison: 9,276
    squared terms)."""
    X = counts.astype(np.longdouble)
    if metric == "aitchison":
        logs = np.log(X + 1)
        X = logs - logs.mean(axis=1, keepdims=True)
    rows = []
    for i in range(X.shape[0] - 1):
        u, V = X[i], X[i + 1:]
        if metric == "canberra":
            denominator = V + u
            terms = np.abs(V - u) / np.where(denominator > 0, denominator, 1)
            rows.append(terms.sum(axis=1))
        else:
            rows.append(np.sqrt(((V - u) ** 2).sum(axis=1)))
    return np.concatenate(rows).astype(np.float64)


def as_json_floats(values):
    return [None if np.isnan(v) else float(v) for v in values]


def header(file):
    return {"tool": "scikit-bio", "version": skbio.__version__, "scipy": scipy.__version__,
            "numpy": np.__version__, "file": file,
            "note": "condensed upper triangle, row-major (i < j), sample order as in the file; null = NaN"}


def write(path, payload):
    text = json.dumps(payload, separators=(",", ":")).encode()
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle:
        handle.write(text)  # mtime 0: the same bytes on every run


def main(data, out):
    os.makedirs(out, exist_ok=True)
    pgp = biom.load_table(os.path.join(data, "pgp.biom"))
    counts = pgp.matrix_data.toarray().T.astype(float)  # samples x features, dense (436 x 9,276)
    ids = [str(i) for i in pgp.ids(axis="sample")]
    for metric in METRICS:
        payload = header("pgp.biom")
        payload.update({"metric": metric, "call": CALLS[metric], "samples": len(ids),
                        "condensed": as_json_floats(condensed(metric, counts, ids))})
        if metric in ("canberra", "aitchison"):
            payload["extended_precision"] = as_json_floats(extended_precision(metric, counts))
            payload["extended_precision_call"] = "the same formula in numpy.longdouble, rounded to double"
        write(os.path.join(out, f"beta-pgp-{metric}.json.gz"), payload)
        print("pgp", metric, "done", file=sys.stderr)

    hmp = biom.load_table(os.path.join(data, "hmp-v35-even1k.biom"))
    rows = hmp.matrix_data.T.tocsr()  # samples x features
    n = rows.shape[0]
    rng = np.random.default_rng(20240611)
    pairs = set()
    while len(pairs) < 2000:
        i, j = (int(v) for v in rng.integers(0, n, size=2))
        if i != j:
            pairs.add((min(i, j), max(i, j)))
    pairs = sorted(pairs)
    hmp_ids = [str(i) for i in hmp.ids(axis="sample")]
    payload = header("hmp-v35-even1k.biom")
    payload.update({"samples": n, "seed": "numpy.random.default_rng(20240611), 2,000 distinct pairs i < j",
                    "pairs": [[i, j] for i, j in pairs],
                    "pair_ids": [[hmp_ids[i], hmp_ids[j]] for i, j in pairs],
                    "calls": CALLS, "distances": {}})
    for metric in METRICS:
        values = []
        for i, j in pairs:
            two = rows[[i, j]].toarray().astype(float)
            values.append(condensed(metric, two, [hmp_ids[i], hmp_ids[j]])[0])
        payload["distances"][metric] = as_json_floats(values)
        print("hmp", metric, "done", file=sys.stderr)
    write(os.path.join(out, "beta-hmp-pairs.json.gz"), payload)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
