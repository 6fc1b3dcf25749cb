#!/usr/bin/env bash
# Fuzzes gutskin's parsers with libFuzzer (swiftc -sanitize=fuzzer,address) for a bounded time.
#
#   scripts/fuzz.sh [target] [seconds]      e.g.  scripts/fuzz.sh metadata 60
#   targets: metadata, metaphlan, newick, tsv-table; 'all' runs each in turn
#
# Targets are not in Package.swift: each is one harness file under Fuzz/<Name>Fuzz/main.swift
# compiled with the parser's own source files (GutSkinCore is built as a module first). Seed
# corpus: Fuzz/Seeds/<target>/ plus the matching malformed test files; new inputs found go to
# .build/fuzz/<target>/corpus (not committed). Crashes are written to .build/fuzz/<target>/.
# Exit status is libFuzzer's: non-zero when a crash, leak or failed property was found.
#
# To add a target, add one case below naming its harness and the sources it needs.
set -euo pipefail

target="${1:-metadata}"
seconds="${2:-60}"
if [[ "$target" == all ]]; then
  for each in metadata metaphlan newick tsv-table; do "$0" "$each" "$seconds"; done
  exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
formats="Sources/GutSkinFormats"
# I/O helpers every reader's read(path:) uses (InputFile → Gzip → zlib).
io_sources="$formats/InputFile.swift $formats/Gzip.swift $formats/AtomicFileWriter.swift"

case "$target" in
  metadata)
    harness="Fuzz/MetadataFuzz/main.swift"
    sources="$io_sources $formats/TabSeparatedRecords.swift $formats/MetadataFormatRules.swift
             $formats/MetadataDialect.swift $formats/MetadataError.swift $formats/MetadataReader.swift
             $formats/MetadataWriter.swift"
    seeds="Fuzz/Seeds/metadata Tests/GutSkinFormatsTests/Malformed/metadata" ;;
  metaphlan)
    harness="Fuzz/MetaPhlAnFuzz/main.swift"
    sources="$io_sources $formats/MetadataError.swift $formats/MetaPhlAnReader.swift"
    seeds="Tests/GutSkinFormatsTests/Malformed/metaphlan" ;;
  newick)
    harness="Fuzz/NewickFuzz/main.swift"
    sources="$io_sources $formats/NewickReader.swift $formats/NewickWriter.swift $formats/NewickError.swift"
    seeds="Fuzz/Seeds/newick Tests/GutSkinFormatsTests/Malformed/newick" ;;
  tsv-table)
    harness="Fuzz/TSVTableFuzz/main.swift"
    sources="$io_sources $formats/TabularText.swift $formats/ClassicTSVTable.swift"
    seeds="Fuzz/Seeds/tsv-table Tests/GutSkinFormatsTests/Malformed/tsv-table" ;;
  *)
    echo "fuzz.sh: unknown target '$target' (known: metadata, metaphlan, newick, tsv-table)" >&2
    exit 2 ;;
esac

[[ -f "$harness" ]] || { echo "fuzz.sh: harness $harness is missing" >&2; exit 2; }
work=".build/fuzz/$target"
mkdir -p "$work/core" "$work/corpus"

# GutSkinCore as a module (objects + .swiftmodule), instrumented like the harness.
swiftc -parse-as-library -sanitize=fuzzer,address -O -g -module-name GutSkinCore \
  -emit-module -emit-module-path "$work/core/GutSkinCore.swiftmodule" \
  -c Sources/GutSkinCore/*.swift -wmo -o "$work/core/GutSkinCore.o" 2>"$work/build-core.log" \
  || { cat "$work/build-core.log" >&2; exit 1; }

# shellcheck disable=SC2086  # word splitting of the source lists is intended
swiftc -parse-as-library -sanitize=fuzzer,address -O -g -module-name FuzzTarget \
  -I "$work/core" -I Sources/CGutSkinZlib -lz \
  $sources "$harness" "$work/core/GutSkinCore.o" -o "$work/fuzz-$target" 2>"$work/build.log" \
  || { grep -v "ld.gold: warning" "$work/build.log" >&2; exit 1; }

echo "fuzz.sh: running $target for ${seconds}s (seeds: $seeds)"
# shellcheck disable=SC2086
"$work/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" $seeds
