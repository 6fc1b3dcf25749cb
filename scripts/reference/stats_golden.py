#!/usr/bin/env python3
"""Golden values for gutskin's distance-based tests (PERMANOVA, pairwise PERMANOVA, ANOSIM,
Mantel), computed with scikit-bio.

Usage (reference venv):
    /work/venv-ref/bin/python scripts/reference/stats_golden.py SHARED_DATA_DIR OUT_DIR [ADONIS_WORK_DIR]

Data: pgp.biom, Bray-Curtis (and Jaccard for Mantel) from
    skbio.diversity.beta_diversity("braycurtis", counts, ids)
grouped by pgp-mapping.tsv's `body_site`, the mapping read the QIIME 1 way
(split at tabs, double quotes removed; see metadata_golden.py), with the cells gutskin treats as
missing by default (empty, 'NA', 'unknown') dropped -- i.e. the 8 `unknown` samples.

Calls (scikit-bio 0.7.4):
    skbio.stats.distance.permanova(dm, grouping, permutations=0)
    skbio.stats.distance.anosim(dm, grouping, permutations=0)
    skbio.stats.distance.mantel(bc, jac, method=m, permutations=0, strict=True)   m = pearson, spearman
    pairwise: for each pair of sorted groups (as q2-diversity's beta-group-significance --p-pairwise),
        permanova(dm.filter(pair ids), pair grouping, permutations=0)
    small: a hand-checkable 6-sample matrix, the same calls.
Statistics are written as repr strings (read exactly by Swift's Double(String)). p-values are not
recorded: gutskin draws its permutations from its own seeded generator, so only the statistics
can be compared.

With ADONIS_WORK_DIR, also writes the inputs of adonis_golden.R there: the Bray-Curtis matrix of
the samples with both body_site and Sex/Gender present (pgp-braycurtis-adonis.tsv) and their
metadata plus sequencing depth (pgp-adonis-metadata.tsv).
"""
import gzip
import json
import os
import sys

import biom
import numpy as np
import pandas as pd
import skbio
from skbio.diversity import beta_diversity
from skbio.stats.distance import DistanceMatrix, anosim, mantel, permanova

MISSING = {"", "NA", "unknown"}


def read_mapping(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        lines = fh.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [[c.replace('"', "").strip() for c in line.split("\t")] for line in lines if line]
    header = rows[0]
    data = [r + [""] * (len(header) - len(r)) for r in rows[1:] if not r[0].startswith("#")]
    return {r[0]: dict(zip(header[1:], r[1:])) for r in data}


def stats(dm, grouping):
    f = permanova(dm, grouping, permutations=0)
    r = anosim(dm, grouping, permutations=0)
    return {
        "permanova_pseudo_F": repr(float(f["test statistic"])),
        "anosim_R": repr(float(r["test statistic"])),
        "sample_size": int(f["sample size"]),
        "number_of_groups": int(f["number of groups"]),
    }


def main():
    data_dir, out_dir = sys.argv[1], sys.argv[2]
    adonis_dir = sys.argv[3] if len(sys.argv) > 3 else None
    table = biom.load_table(os.path.join(data_dir, "pgp.biom"))
    ids = list(table.ids(axis="sample"))
    counts = table.matrix_data.toarray().T
    bc = beta_diversity("braycurtis", counts, ids)
    jac = beta_diversity("jaccard", counts, ids)
    mapping = read_mapping(os.path.join(data_dir, "pgp-mapping.tsv"))

    kept = [i for i in ids if i in mapping and mapping[i].get("body_site", "") not in MISSING]
    grouping = [mapping[i]["body_site"] for i in kept]
    dm = bc.filter(kept)
    result = {
        "tool": f"scikit-bio {skbio.__version__}",
        "numpy": np.__version__,
        "data": "pgp.biom, braycurtis; pgp-mapping.tsv column body_site (QIIME 1 parsing; empty/NA/unknown dropped)",
        "calls": [
            "skbio.stats.distance.permanova(dm, grouping, permutations=0)",
            "skbio.stats.distance.anosim(dm, grouping, permutations=0)",
            "skbio.stats.distance.mantel(bc, jaccard, method=m, permutations=0, strict=True)",
            "pairwise: permanova(dm.filter(ids of the two groups), their labels, permutations=0) per sorted pair",
        ],
        "samples": kept,
        "dropped": [i for i in ids if i not in kept],
        "body_site": stats(dm, grouping),
        "pairwise": [],
        "mantel": {},
    }
    groups = sorted(set(grouping))
    for a in range(len(groups)):
        for b in range(a + 1, len(groups)):
            pair_ids = [i for i, g in zip(kept, grouping) if g in (groups[a], groups[b])]
            pair_groups = [mapping[i]["body_site"] for i in pair_ids]
            f = permanova(dm.filter(pair_ids), pair_groups, permutations=0)
            result["pairwise"].append({
                "group1": groups[a], "group2": groups[b], "sample_size": len(pair_ids),
                "permanova_pseudo_F": repr(float(f["test statistic"])),
            })
    for method in ["pearson", "spearman"]:
        stat, _, n = mantel(bc, jac, method=method, permutations=0, strict=True)
        result["mantel"][method] = {"statistic": repr(float(stat)), "sample_size": int(n)}

    small = DistanceMatrix(np.array([
        [0, 1, 4, 5, 6, 2],
        [1, 0, 3, 5, 6, 3],
        [4, 3, 0, 2, 2, 5],
        [5, 5, 2, 0, 1, 6],
        [6, 6, 2, 1, 0, 6],
        [2, 3, 5, 6, 6, 0]], dtype=float), ["a", "b", "c", "d", "e", "f"])
    small_groups = ["x", "x", "y", "y", "y", "x"]
    other = DistanceMatrix(np.array([
        [0, 2, 3, 7, 6, 1],
        [2, 0, 4, 5, 8, 3],
        [3, 4, 0, 1, 2, 5],
        [7, 5, 1, 0, 3, 6],
        [6, 8, 2, 3, 0, 9],
        [1, 3, 5, 6, 9, 0]], dtype=float), ["a", "b", "c", "d", "e", "f"])
    result["small"] = {
        "condensed": [float(v) for v in small.condensed_form()],
        "other_condensed": [float(v) for v in other.condensed_form()],
        "ids": list(small.ids), "grouping": small_groups,
        **stats(small, small_groups),
        "mantel_pearson": repr(float(mantel(small, other, permutations=0)[0])),
        "mantel_spearman": repr(float(mantel(small, other, method="spearman", permutations=0)[0])),
    }

    os.makedirs(out_dir, exist_ok=True)
    with gzip.open(os.path.join(out_dir, "stats-pgp-braycurtis.json.gz"), "wt", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)

    if adonis_dir:
        os.makedirs(adonis_dir, exist_ok=True)
        both = [i for i in kept if mapping[i].get("Sex/Gender", "") not in MISSING]
        bc.filter(both).write(os.path.join(adonis_dir, "pgp-braycurtis-adonis.tsv"))
        depth = dict(zip(ids, counts.sum(axis=1)))
        frame = pd.DataFrame({
            "sample": both,
            "body_site": [mapping[i]["body_site"] for i in both],
            "sex": [mapping[i]["Sex/Gender"] for i in both],
            "depth": [float(depth[i]) for i in both],
        })
        frame.to_csv(os.path.join(adonis_dir, "pgp-adonis-metadata.tsv"), sep="\t", index=False)


if __name__ == "__main__":
    main()
