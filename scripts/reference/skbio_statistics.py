"""scikit-bio's ordination and tests, run as a whole process for the benchmark; prints the time of
the call alone as JSON ({"call_s": …}). Usage:
  skbio_statistics.py pcoa-eigh|pcoa-fsvd DM.h5 [OUT.txt]    (OUT: write the ordination, as gutskin does)
  skbio_statistics.py permanova DM.h5 MAPPING COLUMN
  skbio_statistics.py ancombc TABLE.tsv MAPPING COLUMN LEVEL
DM.h5 is a distance matrix in Striped UniFrac's HDF5 layout (order, matrix), as gutskin writes it.
Mapping files are read the QIIME 1 way (split at tabs, quotes removed), as gutskin reads them.
"""
import json
import sys
import time

import h5py
import numpy as np
import pandas as pd
from skbio import DistanceMatrix


def read_matrix(path):
    with h5py.File(path, "r") as handle:
        ids = [i.decode() if isinstance(i, bytes) else i for i in handle["order"][:]]
        return DistanceMatrix(handle["matrix"][:], ids, validate=False)


def read_mapping(path):
    with open(path, encoding="latin-1") as handle:
        rows = [line.rstrip("\r\n").replace('"', "").split("\t") for line in handle if line.strip()]
    return {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}


def main():
    task = sys.argv[1]
    if task.startswith("pcoa"):
        from skbio.stats.ordination import pcoa
        matrix = read_matrix(sys.argv[2])
        start = time.perf_counter()
        if task == "pcoa-eigh":
            ordination = pcoa(matrix, method="eigh")
        else:
            ordination = pcoa(matrix, method="fsvd", dimensions=10)
        call_s = time.perf_counter() - start
        if len(sys.argv) > 3:
            ordination.write(sys.argv[3])
        print(json.dumps({"call_s": call_s}))
        return
    elif task == "permanova":
        from skbio.stats.distance import permanova
        matrix, mapping, column = read_matrix(sys.argv[2]), read_mapping(sys.argv[3]), sys.argv[4]
        keep = [i for i in matrix.ids if i in mapping and mapping[i].get(column, "") not in ("", "NA", "unknown")]
        matrix = matrix.filter(keep)
        grouping = [mapping[i][column] for i in keep]
        start = time.perf_counter()
        permanova(matrix, grouping, permutations=999)
    elif task == "ancombc":
        from skbio.stats.composition import ancombc
        table = pd.read_csv(sys.argv[2], sep="\t", skiprows=1, index_col=0)
        table = table.drop(columns=[c for c in table.columns if c == "taxonomy"]).T
        mapping, column, level = read_mapping(sys.argv[3]), sys.argv[4], sys.argv[5]
        keep = [i for i in table.index if mapping.get(i, {}).get(column, "NA") not in ("NA", "unknown")]
        metadata = pd.DataFrame({"group": ["Y" if mapping[i][column] == level else "not Y" for i in keep]}, index=keep)
        data = table.loc[keep]
        data = data.loc[:, (data > 0).any(axis=0)] + 1
        start = time.perf_counter()
        ancombc(data, metadata, "group")
    else:
        sys.exit("unknown task " + task)
    print(json.dumps({"call_s": time.perf_counter() - start}))


if __name__ == "__main__":
    main()
