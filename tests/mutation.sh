#!/usr/bin/env bash
# Mutation check of the tests with Stryker.NET (never run by CI). One run takes 20–40 minutes on two cores, so the
# code is mutated in slices, each with the tests that cover it:
#
#   tests/mutation.sh schema            validation entry points (ReportValidator, sniffer, options, result)  Schema.Tests
#   tests/mutation.sh schema-reading    the reading helpers behind the generated validators, exact numbers     Schema.Tests
#   tests/mutation.sh extraction        Values/ValueParser.cs                                                  Extraction.Tests
#   tests/mutation.sh readers-markup    markup limits (HTML nesting pre-scan), HTML sniffing, text decoding    Extraction.Tests
#   tests/mutation.sh readers-docx      DOCX package, body reader, table grid and markup budget                Extraction.Tests
#   tests/mutation.sh readers-pdf       PDF reader, budgets, content scan, page frame and ruling lines          Extraction.Tests
#   tests/mutation.sh tables            Tables/ header columns, digit runs, labels, row alignment              Extraction.Tests
#
# What is mutated, which tests run and the limits are in the slice's config file (stryker-config.json for the first
# slice of each test project, stryker-<slice>.json for the others); extra arguments go to dotnet stryker
# (e.g. --since:main). Reports: artifacts/stryker/<slice>/reports/mutation-report.{html,json}.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: tests/mutation.sh SLICE [stryker options] (slices: see above)}"
shift
case "$name" in
  schema) tests="$root/tests/GovInfoReport.Schema.Tests"; config=stryker-config.json ;;
  schema-reading) tests="$root/tests/GovInfoReport.Schema.Tests"; config=stryker-$name.json ;;
  extraction) tests="$root/tests/GovInfoReport.Extraction.Tests"; config=stryker-config.json ;;
  readers-markup|readers-docx|readers-pdf|tables) tests="$root/tests/GovInfoReport.Extraction.Tests"; config=stryker-$name.json ;;
  *) echo "unknown run '$name' (schema, schema-reading, extraction, readers-markup, readers-docx, readers-pdf, tables)" >&2; exit 2 ;;
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
nice -n 19 dotnet stryker --config-file "$config" --output "$root/artifacts/stryker/$name" "$@"
