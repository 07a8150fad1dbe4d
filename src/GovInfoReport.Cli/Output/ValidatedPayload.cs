using System;
using GovInfoReport.Cli.Commands;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Output;

/// <summary>A payload with its validation result (null when it could not be read).</summary>
/// <param name="Input">The payload.</param>
/// <param name="Result">Its result.</param>
/// <param name="Locate">Where an issue stands in the source (one-based line and column) when the source is not the JSON payload itself (extracted documents); null to locate by JSON Pointer in the payload.</param>
internal sealed record ValidatedPayload(PayloadInput Input, ReportValidationResult? Result, Func<ValidationIssue, (int Line, int Column)?>? Locate = null);
