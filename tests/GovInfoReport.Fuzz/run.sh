#!/usr/bin/env bash
# Coverage-guided fuzzing of the harness targets with SharpFuzz + afl-fuzz. Never run by CI (CI replays the committed
# regression inputs through tests/GovInfoReport.Fuzz.Tests instead).
#
#   tests/GovInfoReport.Fuzz/run.sh SECONDS [TARGET...]     (targets: validator schema rule text html docx bytes pdf; default all)
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the local tools (dotnet tool restore). Each target runs for SECONDS
# under `nice -n 19`, one after the other. Results go to $FUZZ_OUT (default artifacts/fuzz): findings/<target> is
# afl-fuzz's output, crashes/<target> and hangs/<target> hold copies of the inputs to commit under Regressions/<target>
# once fixed, and summary.tsv one line per target (seconds, execs, paths, crashes, hangs). FUZZ_RESUME=1 resumes each
# target's last campaign (its corpus, not the seeds); afl-fuzz then counts time and execs from the first run on.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:?usage: run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(validator schema rule text html docx bytes pdf)
fi

out="${FUZZ_OUT:-$root/artifacts/fuzz}"
bin="$out/bin"
timeout_ms="${FUZZ_TIMEOUT_MS:-5000}"
mkdir -p "$out"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found (Debian: apt-get install afl++)" >&2; exit 2; }
(cd "$root" && dotnet tool restore >/dev/null)

# A fresh publish each run: sharpfuzz rewrites the assemblies in place, and instrumenting twice fails. A second,
# uninstrumented copy replays the findings: instrumented code only runs under afl-fuzz (elsewhere it writes to a
# coverage map that does not exist and dies with an access violation).
rm -rf "$bin" "$out/replay"
nice -n 19 dotnet publish "$here/GovInfoReport.Fuzz.csproj" -c Release -o "$bin" -p:UseAppHost=false >/dev/null
cp -r "$bin" "$out/replay"

# Our assemblies, plus the parsers they sit on (AngleSharp for HTML, PdfPig for PDF when present): coverage inside the
# parser tells afl-fuzz which inputs reach new parser states. The Open XML SDK is left out: it is large and the DOCX
# target feeds its XML straight to our reader's walk.
for dll in GovInfoReport.Schema.dll GovInfoReport.SchemaLanguage.dll GovInfoReport.Extraction.dll AngleSharp.dll UglyToad.PdfPig*.dll; do
  for path in "$bin"/$dll; do
    [ -f "$path" ] || continue
    (cd "$root" && dotnet sharpfuzz "$path" >/dev/null) || { echo "instrumenting $path failed" >&2; exit 1; }
  done
done

# dotnet itself is not instrumented (SharpFuzz reports coverage from the managed code), so afl-fuzz must not check it.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1

summary="$out/summary.tsv"
[ -f "$summary" ] || printf 'target\tseconds\texecs\texecs_per_sec\tcorpus\tcrashes\thangs\n' > "$summary"
for target in "${targets[@]}"; do
  findings="$out/findings/$target"
  # FUZZ_RESUME=1 continues the target's previous campaign from its corpus (afl-fuzz -i -) instead of the seeds.
  if [ -n "${FUZZ_RESUME:-}" ] && [ -d "$findings/default/queue" ]; then
    input=(-i -)
  else
    rm -rf "$findings"
    input=(-i "$here/Seeds/$target")
  fi
  mkdir -p "$out/findings"
  dict=()
  [ -f "$here/Dictionaries/$target.dict" ] && dict=(-x "$here/Dictionaries/$target.dict")
  echo "== $target: $seconds s"
  # -V: stop after SECONDS; -t N+: a seed slower than N ms is kept, not fatal; -m none: the CLR reserves a lot of
  # address space.
  nice -n 19 afl-fuzz -V "$seconds" -t "${timeout_ms}+" -m none "${input[@]}" -o "$findings" "${dict[@]}" \
    -- "$(command -v dotnet)" "$bin/GovInfoReport.Fuzz.dll" fuzz "$target" >"$out/$target.log" 2>&1 || echo "afl-fuzz exited with $? (see $out/$target.log)"

  stats="$findings/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$(get run_time)" "$(get execs_done)" "$(get execs_per_sec)" \
      "$(get corpus_count)" "$(get saved_crashes)" "$(get saved_hangs)" | tee -a "$summary"
  fi

  for kind in crashes hangs; do
    if compgen -G "$findings/default/$kind/id:*" >/dev/null; then
      mkdir -p "$out/$kind/$target"
      cp "$findings"/default/$kind/id:* "$out/$kind/$target/"
      # A finding that does not reproduce here (a signal from outside, a machine under load) is not a defect; one that
      # does is fixed and its input committed under Regressions/<target>.
      timeout 120 dotnet "$out/replay/GovInfoReport.Fuzz.dll" replay "$target" "$out/$kind/$target" >"$out/$kind/$target.replay.txt" 2>&1 \
        && echo "   $kind: $(ls "$out/$kind/$target" | wc -l) saved, none reproduces outside afl-fuzz ($out/$kind/$target.replay.txt)" \
        || echo "   $kind: REPRODUCED, see $out/$kind/$target.replay.txt"
    fi
  done
done
