"""Golden values for gutskin's Newick reader and tree shearing, from scikit-bio.

Run with the reference environment:
    /work/venv-ref/bin/python scripts/reference/tree_golden.py \
        > Tests/GutSkinFormatsTests/Golden/tree_golden.json

Totals are sums of branch lengths over every node except the root, a missing length counting
as 0 (scikit-bio's `descending_branch_length`).
"""
import gzip
import io
import json
import sys

import h5py
import skbio
from skbio import TreeNode

TREE = "/work/shared/data/gg-13_8-97_otus.tree.gz"
BIOM = "/work/shared/data/pgp.biom"


def summary(tree):
    nodes = list(tree.postorder(include_self=True))
    return {
        "tipCount": sum(1 for n in nodes if n.is_tip()),
        "nodeCount": len(nodes),
        "totalBranchLength": tree.descending_branch_length(),
        "missingBranchLengthCount": sum(1 for n in nodes if n is not tree and n.length is None),
    }


def small_case(newick, keep):
    tree = TreeNode.read(io.StringIO(newick))
    sheared = tree.shear(keep)
    result = {"newick": newick, "keep": keep}
    result.update(summary(sheared))
    # Order-free description: each node's name (or null) and length (or null), sorted.
    result["tipNames"] = sorted(n.name for n in sheared.tips()) if not sheared.is_tip() else [sheared.name]
    result["rootLength"] = sheared.length
    result["nodes"] = sorted(
        ([n.name, n.length] for n in sheared.postorder(include_self=True)),
        key=lambda p: (str(p[0]), str(p[1])))
    return result


def main():
    with gzip.open(TREE, "rt") as handle:
        tree = TreeNode.read(handle)
    with h5py.File(BIOM, "r") as biom:
        keep = [i.decode() if isinstance(i, bytes) else str(i) for i in biom["observation/ids"][:500]]
    sheared = tree.shear(keep)
    cases = [
        ("(((a:1,b:2)c:3,(d:4,e:5)f:6)g:7,(h:8,i:9)j:10)root;", ["a", "d", "h"]),
        ("(((a:1,b:2)c:3,(d:4,e:5)f:6)g:7,(h:8,i:9)j:10)root;", ["a", "b"]),
        ("(((a:1,b:2)c:3,(d:4,e:5)f:6)g:7,(h:8,i:9)j:10)root;", ["h"]),
        ("(((a:1,b:2)c:3,(d:4,e:5)f:6)g:7,(h:8,i:9)j:10)root:0.5;", ["a", "b"]),
        ("((a:1,(b:2)x:3)y:4,(c,d:1)z)r;", ["a", "b", "c"]),
        ("((a,b)c,(d)e)r;", ["a", "b", "d"]),
        ("((((a:1)p:2)q:3,b:4)s:5,c:6)r;", ["a", "c"]),
    ]
    out = {
        "generator": "scripts/reference/tree_golden.py with scikit-bio %s" % skbio.__version__,
        "tree": "gg-13_8-97_otus.tree.gz",
        "full": summary(tree),
        "shearTips": keep,
        "sheared": summary(sheared),
        "smallCases": [small_case(n, k) for n, k in cases],
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
