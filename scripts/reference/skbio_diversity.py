"""scikit-bio's diversity, run as a whole process for the benchmark (imports and loading count,
as they do for gutskin). Usage:
  skbio_diversity.py beta METRIC TABLE [--tree TREE] [--subset N]
  skbio_diversity.py alpha METRIC TABLE [--tree TREE]
--subset N keeps the first N samples (the caller extrapolates quadratically and says so).
"""
import argparse
import gzip

import biom
import skbio
from skbio.diversity import alpha_diversity, beta_diversity


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["alpha", "beta"])
    parser.add_argument("metric")
    parser.add_argument("table")
    parser.add_argument("--tree")
    parser.add_argument("--subset", type=int)
    args = parser.parse_args()
    table = biom.load_table(args.table)
    if args.subset:
        table = table.filter(table.ids()[: args.subset], inplace=False).remove_empty(axis="observation")
    counts = table.matrix_data.T.toarray()
    ids, taxa = list(table.ids()), list(table.ids(axis="observation"))
    extra = {}
    if args.tree:
        opener = gzip.open if args.tree.endswith(".gz") else open
        with opener(args.tree, "rt") as handle:
            tree = skbio.TreeNode.read(handle)
        # Greengenes 13_8 has one non-root node without a length, which scikit-bio refuses; give it
        # length 0, as gutskin and QIIME 2 read it. (validate=False would also skip shearing the
        # 99,322-tip tree to the table, which makes scikit-bio many times slower than it is.)
        for node in tree.traverse():
            if node.length is None and not node.is_root():
                node.length = 0.0
        # Shear to the table's features first, as the golden scripts do: scikit-bio would otherwise
        # walk all 99,322 tips for every sample and take many times longer.
        extra = {"taxa": taxa, "tree": tree.shear(taxa)}
    if args.kind == "beta":
        name = {"weighted_normalized_unifrac": "weighted_unifrac", "weighted_unnormalized_unifrac": "weighted_unifrac"}.get(args.metric, args.metric)
        if args.metric == "weighted_normalized_unifrac":
            extra["normalized"] = True
        beta_diversity(name, counts, ids, **extra)
    else:
        alpha_diversity(args.metric, counts, ids, **extra)


if __name__ == "__main__":
    main()
