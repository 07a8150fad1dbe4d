using GovInfoReport.Cli.Commands;
using GovInfoReport.Schema.Validation;

namespace GovInfoReport.Cli.Output;

/// <summary>A payload with its validation result (null when it could not be read).</summary>
/// <param name="Input">The payload.</param>
/// <param name="Result">Its result.</param>
internal sealed record ValidatedPayload(PayloadInput Input, ReportValidationResult? Result);
