using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GovInfoReport.Generators.Emitting;
using GovInfoReport.Generators.Pipeline;
using GovInfoReport.SchemaLanguage.Diagnostics;
using GovInfoReport.SchemaLanguage.Json;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GovInfoReport.Generators;

/// <summary>
/// Generates typed records, an allocation-free validator and System.Text.Json support from each template schema
/// the project opts in (<c>&lt;GovInfoReportSchema Include="…"/&gt;</c>). Pipeline: schema file (path + checksum)
/// → parsed model + diagnostics (plain data) → generated files; an unrelated edit re-runs nothing, and editing
/// one schema re-parses only that schema.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SchemaGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SchemaFileSelector.Select(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsed = files
            .Select(static (file, _) => (File: file, Result: SchemaReader.Read(file.Text, file.RootTypeName)))
            .WithTrackingName(TrackingNames.Parsed);

        var diagnostics = parsed
            .Select(static (pair, _) => new SchemaDiagnostics(pair.File.Path, pair.Result.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (production, schema) =>
        {
            foreach (var diagnostic in schema.Diagnostics)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(schema.Path, diagnostic));
            }
        });

        var models = parsed
            .Where(static pair => pair.Result.Model is not null)
            .Select(static (pair, _) => new ModelToEmit(pair.File.Path, System.IO.Path.GetFileName(pair.File.Path), pair.File.Namespace, pair.Result.Model!))
            .WithTrackingName(TrackingNames.Models);

        var emitted = models
            .Select(static (model, cancellationToken) => Emit(model, cancellationToken))
            .WithTrackingName(TrackingNames.Emitted);
        // Hint names must be unique across the whole generator, or Roslyn drops every output of it (CS8785); that is
        // only checked when the outputs of all schemas are merged, so each schema's names are compared with the
        // names of the schemas before it. The claims hold names only: editing a schema's content leaves them cached.
        var claims = emitted
            .Select(static (result, _) => new HintNameClaim(result.Path, EquatableArray<string>.From(result.Files.Select(file => file.HintName))))
            .Collect();
        context.RegisterSourceOutput(emitted.Combine(claims), static (production, pair) =>
        {
            var (result, allClaims) = pair;
            if (result.Error is not null)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(result.Path, result.Error));
                return;
            }

            foreach (var file in result.Files)
            {
                if (ClaimedBefore(file.HintName, result.Path, allClaims))
                {
                    // Same hint name from another schema: same namespace and type name.
                    production.ReportDiagnostic(RoslynDiagnostics.Create(result.Path,
                        SchemaDiagnosticCatalog.DuplicateGeneratedType.At(TextLocation.None, file.HintName.Replace(".g.cs", string.Empty))));
                    return;
                }
            }

            foreach (var file in result.Files)
            {
                production.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    // Claims are in additional-file order; the first schema to claim a name keeps it. Roslyn compares hint names ignoring case.
    private static bool ClaimedBefore(string hintName, string path, ImmutableArray<HintNameClaim> claims)
    {
        foreach (var claim in claims)
        {
            if (string.Equals(claim.Path, path, StringComparison.Ordinal))
            {
                return false;
            }

            if (claim.HintNames.Contains(hintName, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static EmitResult Emit(ModelToEmit model, CancellationToken cancellationToken)
    {
        try
        {
            var context = new EmitContext(model.Model, model.Namespace, model.FileName);
            var prefix = (model.Namespace is null ? string.Empty : model.Namespace + ".") + model.Model.RootTypeName;
            var files = new List<GeneratedFile> { new(prefix + ".Models.g.cs", ModelEmitter.Emit(context)) };
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + ".Validator.g.cs", ValidatorEmitter.Emit(context)));
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + ".Json.g.cs", JsonEmitter.Emit(context)));
            return new EmitResult(model.Path, EquatableArray<GeneratedFile>.From(files), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new EmitResult(model.Path, EquatableArray<GeneratedFile>.Empty,
                SchemaDiagnosticCatalog.InternalError.At(TextLocation.None, "emitting: " + exception.GetType().Name + ": " + exception.Message));
        }
    }
}
