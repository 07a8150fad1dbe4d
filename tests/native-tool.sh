#!/usr/bin/env bash
# Run by .ci/run after the tests (a native publish takes minutes and needs clang and zlib1g-dev): publishes govinfo-report as
# `dotnet publish -r <rid>` makes it (Native AOT) and as the JIT-compiled build, runs both on the same commands and
# inputs (every command, every output format, every input format, error paths), and fails on any difference other
# than the tool's own folder and the elapsed time. The native build drops what reflection or run-time code
# generation would need; this shows that nothing the tool does depends on it. SKIP_BUILD=1 reuses both publishes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/native-tool"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  bash "$root/bench/publish-tool.sh" "$out"
fi
# The native compiler takes the framework's profile data from the platform's runtime package (Directory.Build.targets):
# without it, validation runs 8% slower and nothing else tells.
rsp="$(ls -t "$root"/src/GovInfoReport.Cli/obj/Release/net10.0/*/native/govinfo-report.ilc.rsp | head -1)"
if ! grep -q '^--mibc:.*StandardOptimizationData\.mibc$' "$rsp"; then
  echo "the native tool was compiled without the framework's optimisation data (no --mibc in $rsp)" >&2
  exit 1
fi
# Start-up expands no compressed type data (Directory.Build.targets, IlcDehydrate): a one-file run is 9% faster.
if grep -q '^--dehydrate$' "$rsp"; then
  echo "the native tool was compiled with dehydrated type data (--dehydrate in $rsp)" >&2
  exit 1
fi

# The server collector (the project file): with a batch's workers on many cores, the workstation collector's pauses
# stop every worker while one thread collects.
if ! grep -q '^--runtimeopt:gcServer=1$' "$rsp"; then
  echo "the native tool was compiled without the server collector (no gcServer=1 in $rsp)" >&2
  exit 1
fi

runs() {
  local tool="$1" scratch="$2"
  cd "$root"
  local seeds=tests/GovInfoReport.Extraction.Tests/Seeds fixtures=tests/GovInfoReport.Schema.Tests/Fixtures
  local real=tests/GovInfoReport.Extraction.Tests/RealReports schemas=src/GovInfoReport.Schema/Schemas
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    eval "set -- $line"
    echo "### $line"
    "$tool" "$@" 2>&1 || echo "exit $?"
  done <<EOF
validate
validate $fixtures/seed-002.json --lang en
validate $fixtures/seed-002.json --format json
validate $fixtures/seed-001.json --format sarif
validate $fixtures --format json
render $fixtures/seed-000.json --out $scratch/report.html
extract $seeds --lang en
extract $seeds --format json
extract $real --format json
extract tests/GovInfoReport.Extraction.Tests/Layouts --format json
extract tests/GovInfoReport.Fuzz/Seeds/bytes --format json
check $seeds --lang en
check $real/hongze-2024.pdf --format json
schema check $schemas/report-2019.schema.json --lang en
schema diff $schemas/report-2019.schema.json $schemas/report-2021.schema.json
--help
extract --help
validate /nonexistent.json
validate /dev/null
extract /etc/hostname
validate --verbose $fixtures/seed-002.json --bogus
EOF
  cat "$scratch/report.html"
}

native="$(mktemp -d)"
jit="$(mktemp -d)"
trap 'rm -rf "$native" "$jit"' EXIT
runs "$out/native/govinfo-report" "$native" | sed -e "s#$out/native#TOOL#g" -e "s#$native#SCRATCH#g" > "$native/output.txt"
runs "$out/jit/govinfo-report" "$jit" | sed -e "s#$out/jit#TOOL#g" -e "s#$jit#SCRATCH#g" > "$jit/output.txt"
# Elapsed times differ by nature.
filter() { sed -E -e 's/用时 [0-9.]+ 秒/用时 T 秒/g' -e 's/elapsed: [0-9.]+ s/elapsed: T s/g' "$1"; }
if diff <(filter "$jit/output.txt") <(filter "$native/output.txt") > "$native/diff.txt"; then
  echo "native and JIT builds agree on $(grep -c '^### ' "$jit/output.txt") runs ($(wc -c < "$jit/output.txt") bytes of output)"
else
  echo "native and JIT builds differ:" >&2
  head -50 "$native/diff.txt" >&2
  exit 1
fi
