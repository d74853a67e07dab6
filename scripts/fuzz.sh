#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (a separate package: the normal build is unaffected) and
# runs each for SECONDS (default 600) under `nice -n 10`, one after the other.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: FuzzHTTPParser FuzzExtractor
# Seeds are Fuzz/Corpus/{http,extractor}; the growing corpus, logs and any crashing input go to
# $FUZZ_WORK (default /tmp/hotline-fuzz); $FUZZ_FLAGS adds libFuzzer flags (e.g. -len_control=0).
# Prints one summary line per target; exits 1 on a crash.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzHTTPParser FuzzExtractor)
work="${FUZZ_WORK:-/tmp/hotline-fuzz}"
mkdir -p "$work"

nice -n 10 swift build -c release 2>&1 | grep -E "error|warning|Compiling|Build complete" || true
status=0
for target in "${targets[@]}"; do
    case "$target" in
        FuzzHTTPParser) seeds=Corpus/http; maxlen=8192 ;;
        FuzzExtractor) seeds=Corpus/extractor; maxlen=65536 ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
    esac
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    log="$work/$target/fuzz.log"
    set +e
    nice -n 10 ".build/release/$target" "$work/$target/corpus" "$seeds" \
        -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/$target/artifacts/" ${FUZZ_FLAGS:-} >"$log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    crashes=$(find "$work/$target/artifacts" -type f | wc -l)
    echo "$target: exit $code, $runs executions in ${seconds}s, $(find "$work/$target/corpus" -type f | wc -l) corpus units, $crashes crash/timeout/oom input(s) in $work/$target/artifacts"
    [ "$code" -eq 0 ] || status=1
done
exit $status
