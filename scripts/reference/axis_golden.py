"""Makes the small committed cohort for `gutskin axis` tests and its golden values.

Writes Tests/Fixtures/axis-small/{table.tsv, metadata.tsv, tree.nwk, golden.json}: 20 people,
each with a stool and a skin sample of exactly 200 reads (so rarefying to 200 keeps every count
and the reference values below apply to gutskin's rarefied table), 24 OTUs in 8 genera, a
Greengenes-style taxonomy and a tree whose branch lengths are binary fractions (sums are exact, so ties in Faith's PD
are the same in every summation order). Conditions come in both shapes: PGP-style columns
(Eczema, Acne with Y / blank / NA) and one American-Gut-style column (SKIN_CONDITION).

Golden values: scikit-bio 0.7.4 (alpha, beta, permanova, mantel, pcoa) and SciPy
(mannwhitneyu, spearmanr, spatial.procrustes), versions recorded in the JSON.
Run: /work/venv-ref/bin/python scripts/reference/axis_golden.py  (or .venv/bin/python)
"""
import io
import json
import os

import numpy as np
import scipy
import skbio
from scipy.spatial import procrustes
from scipy.stats import mannwhitneyu, spearmanr
from skbio import DistanceMatrix, TreeNode
from skbio.diversity import alpha_diversity, beta_diversity
from skbio.stats.distance import mantel, permanova
from skbio.stats.ordination import pcoa

HERE = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "axis-small")
rng = np.random.default_rng(20261121)
DEPTH = 200
genera = ["Faecalibacterium", "Bacteroides", "Roseburia", "Prevotella", "Staphylococcus", "Propionibacterium", "Corynebacterium", "Streptococcus"]
families = ["Ruminococcaceae", "Bacteroidaceae", "Lachnospiraceae", "Prevotellaceae", "Staphylococcaceae", "Propionibacteriaceae", "Corynebacteriaceae", "Streptococcaceae"]
otus = [f"OTU{i:02d}" for i in range(24)]
taxonomy = {otu: f"k__Bacteria; p__Firmicutes; c__C; o__O; f__{families[i // 3]}; g__{genera[i // 3]}; s__" for i, otu in enumerate(otus)}
def clade(g):
    return "(" + ",".join(f"{otus[g * 3 + k]}:{0.125 * (k + 1)}" for k in range(3)) + f"):{0.25 + 0.125 * g}"
tree = "((" + ",".join(clade(g) for g in range(4)) + "):0.25,(" + ",".join(clade(g) for g in range(4, 8)) + "):0.5);"

people = [f"P{i:02d}" for i in range(20)]
eczema = {p: ("Y" if i < 7 else ("NA" if i == 19 else "")) for i, p in enumerate(people)}
acne = {p: ("Y" if 7 <= i < 10 else "") for i, p in enumerate(people)}
acne[people[19]] = ""


def draw(weights):
    probabilities = rng.dirichlet(weights)
    return rng.multinomial(DEPTH, probabilities)


rows = {}
for i, p in enumerate(people):
    gut_weights = np.array([4, 3, 2, 6, 4, 2, 3, 3, 2, 3, 2, 1] + [0.05] * 12)
    skin_weights = np.array([0.05] * 12 + [5, 3, 2, 6, 4, 1, 3, 2, 2, 2, 1, 1])
    if eczema[p] == "Y":
        gut_weights[0:3] *= 0.4
        skin_weights[12:15] *= 3
    shift = (i % 5) / 5  # a shared person effect links gut and skin a little
    gut_weights[6:9] *= 1 + shift
    skin_weights[18:21] *= 1 + shift
    rows[f"{p}.stool"] = draw(gut_weights)
    rows[f"{p}.skin"] = draw(skin_weights)

samples = list(rows)
with open(os.path.join(HERE, "table.tsv"), "w") as handle:
    handle.write("# Constructed from biom file\n#OTU ID\t" + "\t".join(samples) + "\ttaxonomy\n")
    for f, otu in enumerate(otus):
        handle.write(otu + "\t" + "\t".join(str(int(rows[s][f])) for s in samples) + "\t" + taxonomy[otu] + "\n")
with open(os.path.join(HERE, "tree.nwk"), "w") as handle:
    handle.write(tree + "\n")
condition_name = {}
for p in people:
    condition_name[p] = "eczema" if eczema[p] == "Y" else ("acne" if acne[p] == "Y" else ("" if eczema[p] == "NA" else "none"))
with open(os.path.join(HERE, "metadata.tsv"), "w") as handle:
    handle.write("#SampleID\thost_subject_id\tbody_site\tEczema\tAcne\tSKIN_CONDITION\teczema_group\tAge\n")
    for i, p in enumerate(people):
        group = "case" if eczema[p] == "Y" else ("control" if condition_name[p] == "none" else "")
        for site, suffix in (("UBERON:feces", "stool"), ("UBERON:skin", "skin")):
            handle.write(f"{p}.{suffix}\t{p}\t{site}\t{eczema[p]}\t{acne[p]}\t{condition_name[p]}\t{group}\t{25 + 2 * i}\n")

# Golden values for Eczema (cases vs people with neither Eczema nor Acne), per site.
counts = np.array([rows[s] for s in samples])
skbio_tree = TreeNode.read(io.StringIO(tree))
golden = {"tools": {"scikit-bio": skbio.__version__, "scipy": scipy.__version__, "numpy": np.__version__}, "sites": {}}
cases = [p for p in people if eczema[p] == "Y"]
controls = [p for p in people if condition_name[p] == "none"]
per_site = {}
for site, suffix in (("UBERON:feces", "stool"), ("UBERON:skin", "skin")):
    ids = [f"{p}.{suffix}" for p in people]
    table = np.array([rows[i] for i in ids])
    shannon = alpha_diversity("shannon", table, ids=people)
    observed = alpha_diversity("observed_features", table, ids=people)
    faith = alpha_diversity("faith_pd", table, ids=people, taxa=otus, tree=skbio_tree)
    entry = {"mannwhitney_p": {}, "permanova_F": {}}
    for name, values in (("shannon", shannon), ("observed_features", observed), ("faith_pd", faith)):
        test = mannwhitneyu(values[cases].values, values[controls].values)
        entry["mannwhitney_p"][name] = float(test.pvalue)
    matrices = {
        "braycurtis": beta_diversity("braycurtis", table, ids=people),
        "unweighted_unifrac": beta_diversity("unweighted_unifrac", table, ids=people, taxa=otus, tree=skbio_tree),
    }
    for name, dm in matrices.items():
        tested = dm.filter(cases + controls)
        result = permanova(tested, ["case"] * len(cases) + ["control"] * len(controls), permutations=0)
        entry["permanova_F"][name] = float(result["test statistic"])
    golden["sites"][site] = entry
    per_site[site] = {"shannon": shannon, "braycurtis": matrices["braycurtis"], "table": table}

gut, skin = per_site["UBERON:feces"], per_site["UBERON:skin"]
rho, p = spearmanr(gut["shannon"].values, skin["shannon"].values)
r, mantel_p, _ = mantel(gut["braycurtis"], skin["braycurtis"], method="pearson", permutations=0)
a = pcoa(gut["braycurtis"], number_of_dimensions=5).samples.values
b = pcoa(skin["braycurtis"], number_of_dimensions=5).samples.values
_, _, disparity = procrustes(a, b)
golden["links"] = {
    "shannon_spearman_rho": float(rho), "shannon_spearman_p": float(p),
    "braycurtis_mantel_r": float(r), "braycurtis_procrustes_disparity": float(disparity),
}
# One gut genus × skin genus pair on CLR values (pseudocount 1, over all genera of the site).
def genus_clr(table):
    genus_counts = table.reshape(len(people), 8, 3).sum(axis=2)
    logs = np.log(genus_counts + 1.0)
    return logs - logs.mean(axis=1, keepdims=True)
gut_clr, skin_clr = genus_clr(gut["table"]), genus_clr(skin["table"])
rho, p = spearmanr(gut_clr[:, 2], skin_clr[:, 6])
golden["links"]["Roseburia_x_Corynebacterium_rho"] = float(rho)
golden["links"]["Roseburia_x_Corynebacterium_p"] = float(p)
golden["call"] = ("alpha_diversity, beta_diversity(braycurtis, unweighted_unifrac), permanova(permutations=0), "
                  "mantel(pearson), pcoa(number_of_dimensions=5) + scipy.spatial.procrustes, scipy.stats.mannwhitneyu, spearmanr")
with open(os.path.join(HERE, "golden.json"), "w") as handle:
    json.dump(golden, handle, indent=1, sort_keys=True)
    handle.write("\n")
print(json.dumps(golden["links"], indent=1))
