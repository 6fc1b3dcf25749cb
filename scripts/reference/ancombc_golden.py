"""Golden values for gutskin's ANCOM-BC port, from scikit-bio 0.7.4's `ancombc`.

Run in the reference venv:
    /work/venv-ref/bin/python scripts/reference/ancombc_golden.py ../shared/data \
        Tests/GutSkinMultivariateTests/Golden/ancombc-pgp-genus-eczema.json.gz

Input, built exactly as gutskin builds it (`gutskin differential pgp.biom --metadata
pgp-mapping.tsv --where body_site=UBERON:feces --column Eczema --versus Y --rank genus`):
  * pgp.biom read with biom-format; features collapsed to genus as `qiime taxa collapse` names
    them (gutskin `Taxonomy.collapsedID(at: .genus)`): the first 6 lineage labels (trimmed),
    padded with `__`, joined by `;`; collapsed features in order of first appearance.
  * pgp-mapping.tsv read the QIIME 1 way: split at tabs, double quotes removed, cells trimmed.
  * samples: in table order, present in the mapping, body_site == UBERON:feces.
  * grouping: Eczema == 'Y' -> 'Y'; 'NA' / 'unknown' (explicit missing markers) -> dropped;
    every other answer, INCLUDING the blank cell, -> 'not Y'. (The PGP survey writes only 'Y';
    a blank means the condition was not reported. Counting blanks as missing would leave no
    'not Y' samples among stool at all.) Reference level: 'not Y'.
  * features with no reads in the kept samples removed (gutskin reports them).
  * table + 1 (pseudocount 1, as skbio's documentation and R's `pseudo = 1`).
  * ancombc(table + 1, metadata, formula='group', max_iter=100, tol=1e-5, alpha=0.05,
    p_adjust=<'holm' and 'bh'>).
"""
import gzip
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import biom
import skbio
from skbio.stats.composition import ancombc

data_dir, out_path = sys.argv[1], sys.argv[2]

t0 = time.perf_counter()
table = biom.load_table(os.path.join(data_dir, "pgp.biom"))
sample_ids = list(table.ids(axis="sample"))
obs_md = table.metadata(axis="observation")
dense = table.matrix_data.toarray()  # features x samples


def collapsed_id(ranks, level=6):
    labels = [str(r).strip() for r in ranks][:level]
    while len(labels) < level:
        labels.append("__")
    return ";".join(labels)


group_of = {}
group_ids = []
feature_group = []
for i in range(dense.shape[0]):
    ranks = obs_md[i]["taxonomy"] if obs_md is not None and obs_md[i] else []
    # biom-format returns the lineage as a list; trailing empty labels are not levels.
    ranks = [r for r in ranks]
    while ranks and str(ranks[-1]).strip() == "":
        ranks.pop()
    cid = collapsed_id(ranks)
    if cid not in group_of:
        group_of[cid] = len(group_ids)
        group_ids.append(cid)
    feature_group.append(group_of[cid])
collapsed = np.zeros((len(group_ids), dense.shape[1]))
np.add.at(collapsed, np.array(feature_group), dense)

# QIIME 1 mapping: split at tabs, remove quotes, trim.
with open(os.path.join(data_dir, "pgp-mapping.tsv"), encoding="utf-8") as fh:
    lines = fh.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
rows = [[c.replace('"', "").strip() for c in line.split("\t")] for line in lines if line.strip()]
header = rows[0]
body = {r[0]: r for r in rows[1:] if not r[0].startswith("#")}
site_col, ecz_col = header.index("body_site"), header.index("Eczema")


def cell(row, col):
    return row[col] if col < len(row) else ""


kept, groups = [], []
dropped_missing = []
for j, sid in enumerate(sample_ids):
    row = body.get(sid)
    if row is None or cell(row, site_col) != "UBERON:feces":
        continue
    answer = cell(row, ecz_col)
    if answer in ("NA", "unknown"):
        dropped_missing.append(sid)
        continue
    kept.append(j)
    groups.append("Y" if answer == "Y" else "not Y")

mat = collapsed[:, kept].T  # samples x features
present = mat.sum(axis=0) > 0
feature_ids = [g for g, p in zip(group_ids, present) if p]
mat = mat[:, present]
samples = [sample_ids[j] for j in kept]
df = pd.DataFrame(mat + 1, index=samples, columns=feature_ids)
meta = pd.DataFrame(
    {"group": pd.Categorical(groups, categories=["not Y", "Y"])}, index=samples)
t_input = time.perf_counter() - t0

results = {}
timings = {}
for method in ("holm", "bh"):
    t1 = time.perf_counter()
    res = ancombc(df, meta, "group", max_iter=100, tol=1e-5, alpha=0.05, p_adjust=method).result
    timings[method] = time.perf_counter() - t1
    per = {}
    for (feat, cov), r in res.iterrows():
        per.setdefault(cov, {"feature": [], "estimate": [], "standard_error": [], "W": [],
                             "p_value": [], "q_value": [], "passed": []})
        d = per[cov]
        d["feature"].append(feat)
        d["estimate"].append(float(r["Log(FC)"]))
        d["standard_error"].append(float(r["SE"]))
        d["W"].append(float(r["W"]))
        d["p_value"].append(float(r["pvalue"]))
        d["q_value"].append(float(r["qvalue"]))
        d["passed"].append(bool(r["Signif"]))
    results[method] = per

out = {
    "tool": "scikit-bio",
    "version": skbio.__version__,
    "call": "skbio.stats.composition.ancombc(table + 1, metadata, formula='group', "
            "max_iter=100, tol=1e-5, alpha=0.05, p_adjust=METHOD)",
    "input": "pgp.biom collapsed to genus; body_site == UBERON:feces; group = 'Y' if Eczema == 'Y', "
             "dropped if Eczema in ('NA','unknown'), else 'not Y' (blank counts as not Y); reference 'not Y'; "
             "features without reads in kept samples removed; pseudocount 1",
    "samples": samples,
    "groups": groups,
    "samples_dropped_missing_group": dropped_missing,
    "features": feature_ids,
    "features_removed_empty": int((~present).sum()),
    "results": results,
    "seconds": {"input": t_input, "ancombc_holm": timings["holm"], "ancombc_bh": timings["bh"]},
}
with gzip.open(out_path, "wt") as fh:
    json.dump(out, fh)
print(f"{len(samples)} samples ({groups.count('Y')} Y), {len(feature_ids)} features, "
      f"{len(dropped_missing)} dropped for missing Eczema; ancombc holm {timings['holm']:.3f}s, "
      f"bh {timings['bh']:.3f}s; input {t_input:.3f}s")
