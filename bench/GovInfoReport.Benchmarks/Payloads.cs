using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace GovInfoReport.Benchmarks;

/// <summary>The benchmark payloads: published reports, minified as a service would receive them.</summary>
public static class Payloads
{
    /// <summary>
    /// Payload names: a clean 2021 report (13.6 KB), a 2019 report (warning only, 11.7 KB), an invalid 2021 report
    /// (16.7 KB), and the 2021 tables without prose (5.5 KB: the tables alone are not the 4 KB the name once said).
    /// </summary>
    public static IEnumerable<string> Names => ["2021-clean", "2019-warning", "2021-invalid", "2021-tables-5k"];

    /// <summary>The payloads with prose (the Chinese text sections), where strings dominate.</summary>
    public static IEnumerable<string> ProseNames => ["2021-clean", "2019-warning", "2021-invalid"];

    public static byte[] Load(string name) => name switch
    {
        "2021-clean" => Minified("seed-004.json", keepProse: true),
        "2019-warning" => Minified("seed-001.json", keepProse: true),
        "2021-invalid" => Minified("seed-002.json", keepProse: true),
        "2021-tables-5k" => Minified("seed-004.json", keepProse: false),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string SchemaText(string version) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", $"report-{version}.schema.json"));

    private static byte[] Minified(string fixture, bool keepProse)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", fixture)))!.AsObject();
        if (!keepProse)
        {
            foreach (var prose in new[] { "overview", "problemsAndImprovements", "otherMatters" })
            {
                node.Remove(prose);
            }
        }

        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
