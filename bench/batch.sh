#!/usr/bin/env bash
# The batch benchmark of issue 14, on demand (never in CI): publishes govinfo-report for this machine twice
# (bench/publish-tool.sh: native, as `dotnet publish -r <rid>` makes it, and JIT-compiled for the start-up
# comparison), then runs ToolStartup, BatchLibraryBaseline and BatchBenchmarks in one BenchmarkDotNet run. Linux
# only: needs taskset and /usr/bin/time (Debian: util-linux, time), and for the native build clang and zlib1g-dev. GOVINFO_BATCH_ISA (e.g. native, x86-64-v3) compiles the native tool
# for that instruction set instead of the portable default.
# Inputs are generated under ${TMPDIR:-/tmp}/govinfo-batch (about 2.3 GB for the 100,000-file folders) and removed
# afterwards unless KEEP=1. GOVINFO_BATCH_COMMANDS (validate,extract) and GOVINFO_BATCH_FILES (1000,10000,100000)
# narrow the cases; GOVINFO_BATCH_RUNS (default 3, after one warm-up; 1 means a single run without warm-up) sets how
# often the tool runs per case. Extra arguments replace the default filter and go to BenchmarkDotNet
# (e.g. --filter '*ToolStartup*').
# On a shared machine: builds run at the lowest priority (nice 19), and GOVINFO_BENCH_LOCK names a lock file that
# the measuring part holds (flock), so that benchmarks of several people do not overlap. SKIP_BUILD=1 reuses the
# previous publish and build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/batch"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  isa=()
  if [ -n "${GOVINFO_BATCH_ISA:-}" ]; then isa=(-p:IlcInstructionSet="$GOVINFO_BATCH_ISA"); fi
  PUBLISH_LOOP=1 bash "$root/bench/publish-tool.sh" "$out" "${isa[@]}"
  nice -n 19 dotnet build "$root/bench/GovInfoReport.Benchmarks" -c Release
fi
export GOVINFO_REPORT_TOOL="$out/native/govinfo-report"
export GOVINFO_REPORT_TOOL_JIT="$out/jit/govinfo-report"
filter=(--filter '*ToolStartup*' '*BatchLibraryBaseline*' '*BatchBenchmarks*')
if [ "$#" -gt 0 ]; then filter=(); fi
lock=()
if [ -n "${GOVINFO_BENCH_LOCK:-}" ]; then lock=(flock "$GOVINFO_BENCH_LOCK"); fi
# Two hosts: the library's rate and the start-up in one with the runtime's defaults (as a service runs the library);
# the tool's runs from one that compiles nothing in the background while they run (BatchBenchmarks' remarks: its
# tiered compilation took one of the two cores a 2-core run measures). A filter that selects nothing in one of them
# makes BenchmarkDotNet say so and go on.
"${lock[@]}" dotnet run -c Release --no-build --project "$root/bench/GovInfoReport.Benchmarks" -- "${filter[@]}" "$@" --anyCategories DefaultHost
DOTNET_TieredCompilation=0 "${lock[@]}" dotnet run -c Release --no-build --project "$root/bench/GovInfoReport.Benchmarks" -- "${filter[@]}" "$@" --anyCategories QuietHost
# The tool's own code compiled as the tool is, in process (no reading or printing), one core: what the tool would do
# with no overhead at all, next to the JIT-compiled library rate above.
for command in validate extract; do
  rounds=$([ "$command" = validate ] && echo "20000 10" || echo "1000 10")
  # shellcheck disable=SC2086
  "${lock[@]}" taskset -c 0 "$out/loop/GovInfoReport.LibraryLoop" "$command" $rounds | tail -1 | sed "s/^/native library, $command, 1 core: /"
done
if [ "${KEEP:-0}" != 1 ]; then rm -rf "${TMPDIR:-/tmp}/govinfo-batch"; fi
