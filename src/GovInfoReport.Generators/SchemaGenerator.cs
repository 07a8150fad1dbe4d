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
            .Where(static pair => pair.Result.RecordsModel is not null)
            .Select(static (pair, _) => new ModelToEmit(pair.File.Path, System.IO.Path.GetFileName(pair.File.Path), pair.File.Namespace, pair.Result.RecordsModel!))
            .WithTrackingName(TrackingNames.Models);

        // Type names only: editing a schema's content without renaming a type leaves every other schema's input cached.
        var typeClaims = models
            .Select(static (model, _) => TypeNames(model))
            .Collect();
        var emitted = models
            .Combine(typeClaims)
            .Select(static (pair, cancellationToken) => Emit(pair.Left, pair.Right, cancellationToken))
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
            foreach (var warning in result.Warnings)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(result.Path, warning));
            }

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

    private static TypeNameClaim TypeNames(ModelToEmit model)
    {
        var names = new List<string>(SchemaReader.GeneratedCompanionNames(model.Model.RootTypeName));
        names.AddRange(model.Model.Types.Select(type => type.ClrName));
        names.AddRange(model.Model.Types.SelectMany(type => type.Properties).Where(property => property.IsEnum).Select(property => property.EnumClrName!));
        return new TypeNameClaim(model.Path, model.Namespace ?? string.Empty, EquatableArray<string>.From(names));
    }

    /// <summary>
    /// Nested types are named after their property or definition, so two schemas of one namespace may both have a
    /// <c>Counts</c>. Each such nested type is prefixed with its own report type's name in both schemas (whatever
    /// their order, so adding a schema never depends on which came first), with a warning naming the new type.
    /// </summary>
    private static (TemplateModel Model, List<SchemaDiagnostic> Warnings) Disambiguate(ModelToEmit model, ImmutableArray<TypeNameClaim> claims)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!string.Equals(claim.Path, model.Path, StringComparison.Ordinal) && string.Equals(claim.Namespace, model.Namespace ?? string.Empty, StringComparison.Ordinal))
            {
                taken.UnionWith(claim.TypeNames);
            }
        }

        var warnings = new List<SchemaDiagnostic>();
        if (taken.Count == 0)
        {
            return (model.Model, warnings);
        }

        var own = new HashSet<string>(model.Model.Types.Select(type => type.ClrName).Concat(model.Model.Types.SelectMany(type => type.Properties).Where(property => property.IsEnum).Select(property => property.EnumClrName!)), StringComparer.Ordinal);
        var types = model.Model.Types.ToArray();
        for (var t = 1; t < types.Length; t++)
        {
            if (!taken.Contains(types[t].ClrName))
            {
                continue;
            }

            types[t] = types[t] with { ClrName = Rename(types[t].ClrName) };
        }

        // Enums are named after their property: the same clash, the same remedy.
        for (var t = 0; t < types.Length; t++)
        {
            var properties = types[t].Properties.ToArray();
            var changed = false;
            for (var p = 0; p < properties.Length; p++)
            {
                if (!properties[p].IsEnum || !taken.Contains(properties[p].EnumClrName!))
                {
                    continue;
                }

                properties[p] = properties[p] with { EnumClrName = Rename(properties[p].EnumClrName!) };
                changed = true;
            }

            if (changed)
            {
                types[t] = types[t] with { Properties = new EquatableArray<PropertyModel>(properties) };
            }
        }

        return (model.Model with { Types = new EquatableArray<ObjectTypeModel>(types) }, warnings);

        // The schema's root type name first (it is unique in the namespace), then a number while still taken.
        string Rename(string name)
        {
            var renamed = model.Model.RootTypeName + name;
            for (var n = 2; own.Contains(renamed) || taken.Contains(renamed); n++)
            {
                renamed = model.Model.RootTypeName + name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            own.Add(renamed);
            warnings.Add(SchemaDiagnosticCatalog.NestedTypeRenamed.At(TextLocation.None, name, model.Namespace ?? "(global)", renamed));
            return renamed;
        }
    }

    private static EmitResult Emit(ModelToEmit toEmit, ImmutableArray<TypeNameClaim> claims, CancellationToken cancellationToken)
    {
        try
        {
            var (disambiguated, warnings) = Disambiguate(toEmit, claims);
            var model = toEmit with { Model = disambiguated };
            var context = new EmitContext(model.Model, model.Namespace, model.FileName);
            var prefix = (model.Namespace is null ? string.Empty : model.Namespace + ".") + model.Model.RootTypeName;
            var files = new List<GeneratedFile> { new(prefix + ".Models.g.cs", ModelEmitter.Emit(context)) };
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (suffix, text) in ValidatorEmitter.Emit(context))
            {
                files.Add(new GeneratedFile(prefix + "." + suffix + ".g.cs", text));
            }

            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + ".Json.g.cs", JsonEmitter.Emit(context)));
            return new EmitResult(model.Path, EquatableArray<GeneratedFile>.From(files), null, EquatableArray<SchemaDiagnostic>.From(warnings));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new EmitResult(toEmit.Path, EquatableArray<GeneratedFile>.Empty,
                SchemaDiagnosticCatalog.InternalError.At(TextLocation.None, "emitting: " + exception.GetType().Name + ": " + exception.Message));
        }
    }
}
