"""Golden values for gutskin's metadata reader, from scikit-bio's port of QIIME 2's reader.

Run in the reference venv:  /work/venv-ref/bin/python scripts/reference/metadata_golden.py \
    ../shared/data Tests/GutSkinFormatsTests/Golden/metadata-skbio.json

For each QIIME 1 mapping file it records sample/column counts, every column's inferred type and
missing count under three missing-value schemes:
  blank    - skbio default (only empty cells missing)          ~ gutskin missingValues: []
  gutskin  - empty, 'NA', 'unknown' missing (cells blanked
             before loading, since skbio has no such scheme)    ~ gutskin default
  INSDC    - skbio default_missing_scheme='INSDC:missing'       ~ gutskin insdcMissingTerms

QIIME 2 and skbio refuse pgp-mapping.tsv twice over: a column is named 'SampleId' (reserved for
the id header), and stray double quotes (a value `"American Indian / Alaska Native` in one column,
`White"` in another) open a quoted cell that runs across lines, which Python's strict csv reader
rejects. gutskin reads files whose header starts with `#SampleID` as QIIME 1 did
(`qiime.parse.parse_mapping_file`): split on tabs, double quotes removed, and reserved column
names allowed. This script does the same before loading with skbio: it re-splits the file QIIME 1
style, renames reserved columns, and restores their names in the output ("renamed_columns").
"""
import csv
import json
import os
import sys
import tempfile

import skbio
from skbio.metadata import SampleMetadata
from skbio.metadata.base import is_id_header

FILES = ["pgp-mapping.tsv", "hmp-v35-even1k-mapping.tsv", "hmp-v35-even10k-mapping.tsv"]
RENAME_SUFFIX = "__gutskin_renamed"


def rewrite(path, blank_terms):
    """Copy of the file with reserved column names renamed and `blank_terms` cells emptied."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        text = fh.read()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].split("\t")[0].strip() == "#SampleID":
        # QIIME 1 mapping file: tabs only, quotes removed (parse_mapping_file, strip_quotes=True).
        rows = [[cell.replace('"', "").strip() for cell in line.split("\t")] for line in lines]
    else:
        rows = list(csv.reader(text.splitlines(keepends=True), dialect="excel-tab", strict=True))
    renamed = []
    header_seen = False
    out = []
    for row in rows:
        if not header_seen and row and is_id_header(row[0].strip()):
            header_seen = True
            new = [row[0]]
            for cell in row[1:]:
                if is_id_header(cell.strip()):
                    renamed.append(cell.strip())
                    cell = cell.strip() + RENAME_SUFFIX
                new.append(cell)
            out.append(new)
            continue
        if header_seen and row and not row[0].startswith("#"):
            row = [row[0]] + ["" if c.strip() in blank_terms else c for c in row[1:]]
        out.append(row)
    handle = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, newline="", encoding="utf-8")
    with handle:
        csv.writer(handle, dialect="excel-tab").writerows(out)
    return handle.name, renamed


def describe(path, scheme):
    blank_terms = {"NA", "unknown"} if scheme == "gutskin" else set()
    copy, renamed = rewrite(path, blank_terms)
    try:
        kwargs = {"default_missing_scheme": "INSDC:missing"} if scheme == "INSDC" else {}
        md = SampleMetadata.load(copy, **kwargs)
    finally:
        os.unlink(copy)
    df = md.to_dataframe()
    columns = {}
    for name, props in md.columns.items():
        original = name[: -len(RENAME_SUFFIX)] if name.endswith(RENAME_SUFFIX) else name
        columns[original] = {"type": props.type, "missing": int(df[name].isna().sum())}
    return {
        "samples": md.id_count,
        "columns": md.column_count,
        "id_header": md.id_header,
        "renamed_columns": renamed,
        "column_types": columns,
    }


def main():
    data, out = sys.argv[1], sys.argv[2]
    golden = {
        "tool": "scikit-bio",
        "version": skbio.__version__,
        "function": "skbio.metadata.SampleMetadata.load",
        "files": {},
    }
    for name in FILES:
        path = os.path.join(data, name)
        golden["files"][name] = {s: describe(path, s) for s in ("blank", "gutskin", "INSDC")}
    with open(out, "w") as fh:
        json.dump(golden, fh, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()
