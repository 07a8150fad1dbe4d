using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovInfoReport.SchemaTools.Tests;

/// <summary>
/// Seeded random payloads from a fixture: every numeric cell redrawn (small values, so rules both hold and break),
/// plus, for some, one structural mutation, so both structure and rule paths are exercised.
/// </summary>
internal sealed class PayloadMutator(int seed)
{
    private readonly Random _random = new(seed);

    public JsonObject Next(JsonObject fixture, out string kind)
    {
        var payload = fixture.DeepClone().AsObject();
        var cells = Leaves(payload).ToList();
        foreach (var (parent, name, value) in cells)
        {
            if (value is JsonValue number && number.TryGetValue<decimal>(out var current))
            {
                parent[name] = _random.Next(4) == 0 ? JsonValue.Create(current) : decimal.Truncate(current) == current
                    ? JsonValue.Create(_random.Next(0, 4))
                    : JsonValue.Create(Math.Round((decimal)_random.NextDouble() * 100, 2));
            }
        }

        // A third are made consistent (tables 三 and 四 zeroed, the year matching the template) so every rule holds.
        if (_random.Next(3) == 0)
        {
            MakeConsistent(payload);
        }

        kind = "values";
        switch (_random.Next(8))
        {
            case 0:
                var (parent, name, _) = cells[_random.Next(cells.Count)];
                parent.Remove(name);
                kind = "missing";
                break;
            case 1:
                var target = cells[_random.Next(cells.Count)];
                target.Parent[target.Name] = _random.Next(3) switch { 0 => JsonValue.Create(-1), 1 => JsonValue.Create(1.5), _ => JsonValue.Create("x") };
                kind = "bad-value";
                break;
            case 2:
                payload["unexpected"] = 1;
                kind = "unknown";
                break;
            case 3:
                payload["reportYear"] = _random.Next(2018, 2024);
                kind = "year";
                break;
        }

        return payload;
    }

    private static void MakeConsistent(JsonObject payload)
    {
        foreach (var table in new[] { "applications", "reviewAndLitigation" })
        {
            foreach (var (parent, name, _) in Leaves(payload[table]!.AsObject()).ToList())
            {
                parent[name] = 0;
            }
        }

        payload["reportYear"] = payload["templateVersion"]!.GetValue<string>() == "2019" ? 2020 : 2022;
    }

    private static IEnumerable<(JsonObject Parent, string Name, JsonNode? Value)> Leaves(JsonObject node)
    {
        foreach (var (name, value) in node.ToList())
        {
            if (value is JsonObject child)
            {
                foreach (var leaf in Leaves(child))
                {
                    yield return leaf;
                }
            }
            else if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                yield return (node, name, value);
            }
        }
    }
}
