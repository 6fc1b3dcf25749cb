#!/usr/bin/env python3
"""Golden PCoA and PERMDISP values from scikit-bio for gutskin's GutSkinMultivariate tests.

Run with the reference environment (/work/venv-ref/bin/python, scikit-bio 0.7.4):

    scripts/reference/ordination_golden.py [DATA_DIR]

DATA_DIR defaults to ../shared/data. The distance matrices are computed here with scikit-bio (not
read from gutskin), and stored in the output, so the Swift tests check PCoA and PERMDISP alone:

- Bray-Curtis: skbio.diversity.beta_diversity('braycurtis', counts, ids) on pgp.biom (436 samples).
- unweighted UniFrac: beta_diversity('unweighted_unifrac', counts, ids, taxa=taxa,
  tree=tree.shear(taxa)) with the Greengenes 13_8 97% tree, its non-root nodes without a length
  given length 0.0 (as scripts/reference/unifrac_golden.py does).

For each matrix, under Tests/GutSkinMultivariateTests/Golden/ordination-pgp-<metric>.json.gz:

- pcoa(dm) (method='eigh', all 436 dimensions): all eigenvalues and proportions explained, the
  coordinates of the first 10 axes (samples x 10, row-major), the warnings it raised;
- pcoa(dm, method='eigh', dimensions=10): eigenvalues, proportions (relative to the trace);
- pcoa(dm, method='fsvd', dimensions=10, seed=42): eigenvalues, proportions, coordinates;
- permdisp(dm_body_site, grouping, column='body_site', test=T, permutations=0) for T in centroid
  and median (method='eigh', dimensions=10, the defaults): the F statistic. dm_body_site keeps the
  samples with a body_site value in pgp-mapping.tsv, read the QIIME 1 way (split at tabs, double
  quotes removed); 'unknown', 'NA' and empty cells are missing, as gutskin reads them.

Also ordination-small.json.gz: hand-sized cases (a 3-point Euclidean case, a non-Euclidean case
with a large negative eigenvalue), with pcoa's eigenvalues, proportions, coordinates, warnings and
the text OrdinationResults.write produces.
"""
import gzip
import io
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import biom
import skbio
from skbio import DistanceMatrix, TreeNode
from skbio.diversity import beta_diversity
from skbio.stats.ordination import pcoa
from skbio.stats.distance import permdisp

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "Tests" / "GutSkinMultivariateTests" / "Golden"
MISSING = {"", "NA", "unknown"}


def write(name, payload):
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT / name, "wt") as handle:
        json.dump(payload, handle, separators=(",", ":"))
    print(f"wrote {OUT / name}", file=sys.stderr)


def body_sites():
    text = (DATA / "pgp-mapping.tsv").read_text(encoding="utf-8-sig")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [[cell.replace('"', "").strip() for cell in line.split("\t")] for line in lines if line]
    column = rows[0].index("body_site")
    return {row[0]: row[column] for row in rows[1:]
            if not row[0].startswith("#") and len(row) > column and row[column] not in MISSING}


def run_pcoa(dm, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = pcoa(dm, **kwargs)
    messages = [str(w.message) for w in caught if "negative eigenvalues" in str(w.message)]
    return result, messages


def floats(values):
    return [float(x) for x in np.asarray(values).ravel()]


def ordination_payload(dm, metric, call):
    full, full_warnings = run_pcoa(dm)
    top, _ = run_pcoa(dm, dimensions=10)
    fast, _ = run_pcoa(dm, method="fsvd", dimensions=10, seed=42)
    sites = body_sites()
    kept = [i for i in dm.ids if i in sites]
    sub = dm.filter(kept)
    grouping = pd.DataFrame({"body_site": [sites[i] for i in kept]}, index=kept)
    permdisp_f = {}
    for test in ("centroid", "median"):
        result = permdisp(sub, grouping, column="body_site", test=test, permutations=0)
        permdisp_f[test] = float(result["test statistic"])
    return {
        "tool": "scikit-bio", "version": skbio.__version__, "table": "pgp.biom", "metric": metric,
        "matrix_call": call,
        "ids": list(dm.ids), "condensed": floats(dm.condensed_form()),
        "pcoa_call": "skbio.stats.ordination.pcoa(dm)  # method='eigh', all dimensions",
        "eigenvalues": floats(full.eigvals), "proportion_explained": floats(full.proportion_explained),
        "coordinates_first10": floats(full.samples.values[:, :10]), "warnings": full_warnings,
        "pcoa10_call": "skbio.stats.ordination.pcoa(dm, dimensions=10)",
        "eigenvalues10": floats(top.eigvals), "proportion_explained10": floats(top.proportion_explained),
        "coordinates10": floats(top.samples.values),
        "fsvd_call": "skbio.stats.ordination.pcoa(dm, method='fsvd', dimensions=10, seed=42)",
        "fsvd_eigenvalues": floats(fast.eigvals), "fsvd_proportion_explained": floats(fast.proportion_explained),
        "fsvd_coordinates": floats(fast.samples.values),
        "permdisp_call": "skbio.stats.distance.permdisp(dm.filter(kept), grouping, column='body_site', "
                         "test=T, permutations=0)  # method='eigh', dimensions=10",
        "permdisp_ids": kept, "permdisp_groups": [sites[i] for i in kept],
        "permdisp_f": permdisp_f,
    }


def small_cases():
    cases = {}
    euclidean = DistanceMatrix([[0, 1, 2.5], [1, 0, 3], [2.5, 3, 0]], ids=["a", "b", "c"])
    # Four points whose distances break the triangle inequality badly: a large negative eigenvalue.
    nonmetric = DistanceMatrix([[0, 1, 1, 5], [1, 0, 1, 1], [1, 1, 0, 1], [5, 1, 1, 0]],
                               ids=["w", "x", "y", "z"])
    for name, dm in (("euclidean3", euclidean), ("negative4", nonmetric)):
        result, messages = run_pcoa(dm)
        handle = io.StringIO()
        result.write(handle)
        cases[name] = {
            "ids": list(dm.ids), "condensed": floats(dm.condensed_form()),
            "eigenvalues": floats(result.eigvals), "proportion_explained": floats(result.proportion_explained),
            "coordinates": floats(result.samples.values), "warnings": messages,
            "ordination_text": handle.getvalue(),
        }
    return {"tool": "scikit-bio", "version": skbio.__version__,
            "call": "skbio.stats.ordination.pcoa(dm); OrdinationResults.write(StringIO())", "cases": cases}


def main():
    table = biom.load_table(str(DATA / "pgp.biom"))
    counts = table.matrix_data.T.toarray()
    samples, taxa = list(table.ids("sample")), list(table.ids("observation"))
    bray = beta_diversity("braycurtis", counts, ids=samples)
    write("ordination-pgp-braycurtis.json.gz", ordination_payload(
        bray, "braycurtis", "skbio.diversity.beta_diversity('braycurtis', counts, ids)"))
    tree = TreeNode.read(str(DATA / "gg-13_8-97_otus.tree.gz"))
    for node in tree.traverse():
        if node.length is None and not node.is_root():
            node.length = 0.0
    unifrac = beta_diversity("unweighted_unifrac", counts, ids=samples, taxa=taxa, tree=tree.shear(taxa))
    write("ordination-pgp-unweighted_unifrac.json.gz", ordination_payload(
        unifrac, "unweighted_unifrac",
        "skbio.diversity.beta_diversity('unweighted_unifrac', counts, ids, taxa=taxa, tree=tree.shear(taxa))"
        " with the Greengenes 13_8 97% tree, length-less non-root nodes given length 0.0"))
    write("ordination-small.json.gz", small_cases())


if __name__ == "__main__":
    main()
