#!/usr/bin/env bash
# Fuzzes gutskin's readers with libFuzzer for a bounded time; fails on any crash, trap, runaway
# memory or failed property (one-line errors, read → write → read round trips).
#
#   scripts/fuzz.sh [target|all] [seconds]    e.g.  scripts/fuzz.sh metadata 600
#   scripts/fuzz.sh --ci                      every target for 20 s (what .ci/run runs)
#   scripts/fuzz.sh --list                    the targets
#
# The targets are the executables of the Fuzz package (Fuzz/Package.swift, which depends on gutskin
# by path), so the list comes from its manifest and a refactor that breaks a target breaks this
# build. Each runs on its seeds, Fuzz/Seeds/<target>/, plus the malformed-input corpus of its
# format, Tests/GutSkinFormatsTests/Malformed/<format>/ (diaries: Tests/GutSkinDiaryTests/Malformed/). New inputs libFuzzer finds are kept in
# Fuzz/.build/fuzz/<target>/corpus (not committed); a failing input is saved beside it as
# crash-<hash> and named in the message: replay it with `Fuzz/.build/debug/<target> <file>`.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

ci=false
case "${1:-}" in
    --ci) ci=true; target=all; seconds=20 ;;
    --list) target=--list; seconds=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) target="${1:-all}"; seconds="${2:-60}" ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: seconds must be a whole number, not '$seconds'" >&2; exit 2; }

# The targets, from the Fuzz package's manifest: its executable targets.
targets=$(swift package --package-path Fuzz dump-package \
    | python3 -c 'import json, sys; print(" ".join(t["name"] for t in json.load(sys.stdin)["targets"] if t["type"] == "executable"))')
if [[ "$target" == --list ]]; then echo "$targets" | tr ' ' '\n'; exit 0; fi
if [[ "$target" != all && " $targets " != *" $target "* ]]; then
    echo "fuzz.sh: unknown target '$target' (known: $targets)" >&2
    exit 2
fi

# The malformed-input folder of a target's format (named after the format, as the tests name it).
malformed_folder() {
    case "$1" in
        distance-matrix) echo Tests/GutSkinFormatsTests/Malformed/lsmat ;;
        diary) echo Tests/GutSkinDiaryTests/Malformed ;;
        *) echo "Tests/GutSkinFormatsTests/Malformed/$1" ;;
    esac
}

build_log="Fuzz/.build/fuzz-build.log"
mkdir -p Fuzz/.build
echo "fuzz.sh: building the fuzz targets (swift build --package-path Fuzz, -sanitize=fuzzer,address)"
if ! swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address >"$build_log" 2>&1; then
    grep -v "ld.gold: warning" "$build_log" >&2
    echo "fuzz.sh: the fuzz targets do not build (log: $build_log)" >&2
    exit 1
fi

# Runs one target; prints one summary line; returns non-zero on a finding.
run_target() {
    local name="$1" work="Fuzz/.build/fuzz/$1" seeds=() folder
    mkdir -p "$work/corpus"
    for folder in "Fuzz/Seeds/$name" "$(malformed_folder "$name")"; do
        [[ -d "$folder" ]] && seeds+=("$folder")
    done
    [[ ${#seeds[@]} -gt 0 ]] || echo "fuzz.sh: warning: $name has no seeds (add Fuzz/Seeds/$name/)" >&2
    # SWIFT_BACKTRACE=enable=no: libFuzzer, not Swift's backtracer, handles a trap and saves the input.
    # Leaks are findings too, except those in other libraries listed in Fuzz/lsan-suppressions.txt.
    local status=0 fixed_seed=()
    # CI: a fixed seed, so a run that passed here passes there unless the code changed.
    $ci && fixed_seed=(-seed=1)
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$root/Fuzz/lsan-suppressions.txt" "Fuzz/.build/debug/$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=512 -print_final_stats=1 -artifact_prefix="$work/" "${fixed_seed[@]}" \
        "$work/corpus" "${seeds[@]}" >"$work/fuzz.log" 2>&1 </dev/null || status=$?
    local runs coverage
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)
    coverage=$(grep -a -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$work/fuzz.log" | tail -1 || true)
    if [[ $status -eq 0 ]]; then
        printf 'fuzz.sh: %-16s ok: %s runs in %ss, %s\n' "$name" "${runs:-?}" "$seconds" "${coverage:-no coverage line}"
        return 0
    fi
    printf 'fuzz.sh: %-16s FAILED (exit %s) after %s runs; log: %s\n' "$name" "$status" "${runs:-?}" "$work/fuzz.log" >&2
    grep -a -E 'PROPERTY FAILED|^Fatal error|ERROR: (libFuzzer|AddressSanitizer)|out-of-memory|malloc\(|Test unit written|^Running: ' \
        "$work/fuzz.log" | head -12 >&2 || true
    grep -a -A6 'PROPERTY FAILED' "$work/fuzz.log" | head -8 >&2 || true
    return 1
}

# In --ci mode, targets with an open finding listed in Fuzz/ci-skip.txt are named, with the finding, and not run.
ci_skip_reason() {
    $ci && [[ -f Fuzz/ci-skip.txt ]] && awk -F'\t' -v t="$1" '$1 == t { print $2 }' Fuzz/ci-skip.txt
}

failed=()
if [[ "$target" == all ]]; then
    for name in $targets; do
        reason="$(ci_skip_reason "$name" || true)"
        if [[ -n "$reason" ]]; then
            printf 'fuzz.sh: %-16s SKIPPED in CI (open finding, Fuzz/ci-skip.txt): %s\n' "$name" "$reason"
            continue
        fi
        run_target "$name" || failed+=("$name")
    done
else
    run_target "$target" || failed+=("$target")
fi
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: findings in: ${failed[*]}" >&2
    exit 1
fi
$ci && echo "fuzz.sh: every target run ran ${seconds}s with nothing found"
exit 0
