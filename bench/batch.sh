#!/usr/bin/env bash
# The batch benchmark of issue 14, on demand (never in CI): publishes govinfo-report for this machine twice
# (ReadyToRun, and plain JIT for the start-up comparison), then runs ToolStartup, BatchLibraryBaseline and
# BatchBenchmarks in one BenchmarkDotNet run. Linux only: needs taskset and /usr/bin/time (Debian: util-linux, time).
# Inputs are generated under ${TMPDIR:-/tmp}/govinfo-batch (about 2.3 GB for the 100,000-file folders) and removed
# afterwards unless KEEP=1. GOVINFO_BATCH_COMMANDS (validate,extract) and GOVINFO_BATCH_FILES (1000,10000,100000)
# narrow the cases. Extra arguments replace the default filter and go to BenchmarkDotNet (e.g. --filter '*ToolStartup*').
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "unsupported machine: $(uname -m)" >&2; exit 2 ;;
esac
out="$root/artifacts/batch"
dotnet publish "$root/src/GovInfoReport.Cli" -c Release -r "$rid" --self-contained false -o "$out/readytorun"
dotnet publish "$root/src/GovInfoReport.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=false -o "$out/jit"
export GOVINFO_REPORT_TOOL="$out/readytorun/govinfo-report"
export GOVINFO_REPORT_TOOL_JIT="$out/jit/govinfo-report"
filter=(--filter '*ToolStartup*' '*BatchLibraryBaseline*' '*BatchBenchmarks*')
if [ "$#" -gt 0 ]; then filter=(); fi
dotnet run -c Release --project "$root/bench/GovInfoReport.Benchmarks" -- "${filter[@]}" "$@"
if [ "${KEEP:-0}" != 1 ]; then rm -rf "${TMPDIR:-/tmp}/govinfo-batch"; fi
