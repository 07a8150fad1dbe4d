#!/usr/bin/env bash
# Publishes govinfo-report twice into OUT (first argument): OUT/native as `dotnet publish -r <rid>` makes it (Native
# AOT; on Linux it needs clang and zlib1g-dev) and OUT/jit, the same code JIT-compiled (framework-dependent). Further
# arguments go to the native publish (e.g. -p:IlcInstructionSet=native). Builds run at the lowest priority (nice 19).
# Used by bench/batch.sh (with PUBLISH_LOOP=1) and tests/native-tool.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: bench/publish-tool.sh OUT [native publish options]}"
shift
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "unsupported machine: $(uname -m)" >&2; exit 2 ;;
esac
nice -n 19 dotnet publish "$root/src/GovInfoReport.Cli" -c Release -r "$rid" "$@" -o "$out/native"
nice -n 19 dotnet publish "$root/src/GovInfoReport.Cli" -c Release -r "$rid" --self-contained false -p:PublishAot=false -o "$out/jit"
# PUBLISH_LOOP=1: also the library loop (bench/GovInfoReport.LibraryLoop) compiled as the native tool is, into OUT/loop.
if [ "${PUBLISH_LOOP:-0}" = 1 ]; then
  nice -n 19 dotnet publish "$root/bench/GovInfoReport.LibraryLoop" -c Release -r "$rid" "$@" -o "$out/loop"
fi
