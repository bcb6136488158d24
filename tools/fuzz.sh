#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers of outside input (fuzz/fuzz_targets), with cargo fuzz
# on the nightly toolchain. Each target starts from its committed corpus (fuzz/corpus/<target>)
# and fails on the first crash, leaving the input in fuzz/artifacts/<target>.
#   tools/fuzz.sh short [SECONDS]   every target for SECONDS (default 20) — what CI runs
#   tools/fuzz.sh runs N [TARGET…]  each target until N executions (the figures in BENCHMARKS)
# Sanitizer "none": the code is safe Rust (unsafe_code = "forbid"), so what is looked for is a
# panic, an overflow (debug assertions are on), a hang (-timeout) or runaway memory (-rss_limit_mb).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
mode="${1:-short}"
shift || true
targets_all=(transcript sheet directory_import driver_import web_inputs)
case "$mode" in
  short)
    secs="${1:-20}"
    # 16 codegen units: a build several minutes shorter, runs somewhat slower — right for CI's
    # short runs; the long runs keep cargo fuzz's one unit.
    cargo +nightly fuzz build -s none --codegen-units 16
    for t in "${targets_all[@]}"; do
      echo "fuzz $t: ${secs} s"
      log="../target/fuzz-logs/$t.short.log"
      mkdir -p ../target/fuzz-logs
      rc=0
      cargo +nightly fuzz run -s none --codegen-units 16 "$t" "corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        > "$log" 2>&1 || rc=$?
      grep -E "^stat::number_of_executed_units" "$log" || true
      if [ "$rc" -ne 0 ]; then
        tail -n 40 "$log" >&2
        echo "fuzz $t found a crash: see fuzz/artifacts/$t" >&2
        exit 1
      fi
    done
    ;;
  runs)
    n="$1"
    shift
    targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=("${targets_all[@]}")
    cargo +nightly fuzz build -s none
    mkdir -p ../target/fuzz-logs
    for t in "${targets[@]}"; do
      echo "fuzz $t: $n runs"
      start=$(date +%s)
      cargo +nightly fuzz run -s none "$t" "corpus/$t" -- \
        -runs="$n" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        > "../target/fuzz-logs/$t.log" 2>&1 \
        || { echo "fuzz $t found a crash: see fuzz/artifacts/$t and target/fuzz-logs/$t.log" >&2; exit 1; }
      echo "$t: $(grep -E '^stat::number_of_executed_units' "../target/fuzz-logs/$t.log") in $(( $(date +%s) - start )) s"
    done
    ;;
  *) echo "usage: tools/fuzz.sh short [SECONDS] | runs N [TARGET…]" >&2; exit 2 ;;
esac
