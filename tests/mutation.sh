#!/usr/bin/env bash
# Mutation check of the tests with Stryker.NET (never run by CI). One run takes 20–40 minutes on two cores.
#
#   tests/mutation.sh schema        src/GovInfoReport.Schema/Validation  against tests/GovInfoReport.Schema.Tests
#   tests/mutation.sh extraction    the extraction readers and value parsing against tests/GovInfoReport.Extraction.Tests
#
# What is mutated, the test project and the limits are in each test project's stryker-config.json; extra arguments go
# to dotnet stryker (e.g. --since:main). Reports: artifacts/stryker/<name>/reports/mutation-report.{html,json}.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: tests/mutation.sh schema|extraction [stryker options]}"
shift
case "$name" in
  schema) tests="$root/tests/GovInfoReport.Schema.Tests" ;;
  extraction) tests="$root/tests/GovInfoReport.Extraction.Tests" ;;
  *) echo "unknown run '$name' (schema or extraction)" >&2; exit 2 ;;
esac

(cd "$root" && dotnet tool restore >/dev/null)

# Stryker compiles the mutated project without giving the schema generator its inputs; a normal build writes the
# generated validators to disk first, and Directory.Build.targets compiles those instead (see the comment there).
generated="$root/artifacts/stryker/generated"
rm -rf "$generated"
# --no-incremental: an up-to-date build skips the compiler and would write nothing.
nice -n 19 dotnet build "$root/src/GovInfoReport.Schema/GovInfoReport.Schema.csproj" -c Release -f net10.0 --no-incremental \
  -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$generated" >/dev/null
compgen -G "$generated/GovInfoReport.Generators/*/*.cs" >/dev/null || { echo "the generator wrote no sources to $generated" >&2; exit 1; }
export GovInfoReportPregeneratedDir="$generated"

cd "$tests"
nice -n 19 dotnet stryker --output "$root/artifacts/stryker/$name" "$@"
