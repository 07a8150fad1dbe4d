using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoReport.Schema.Validation;
using Xunit;
using Xunit.Abstractions;

namespace GovInfoReport.Hardening.Tests;

/// <summary>
/// Byte-level and structure-aware mutations of valid payloads through the validator: no exception escapes, every
/// call returns in bounded time and allocates a bounded amount. CI runs 10,000; GOVINFO_FUZZ_FULL=1 runs 100,000.
/// </summary>
public sealed class PayloadFuzzTests(ITestOutputHelper output)
{
    private static readonly int Count = Environment.GetEnvironmentVariable("GOVINFO_FUZZ_FULL") == "1" ? 100_000 : 10_000;
    private static readonly TimeSpan MaxTimePerPayload = TimeSpan.FromMilliseconds(500);
    private const long MaxBytesPerPayload = 8 * 1024 * 1024;

    private static readonly JsonNode?[] Values =
    [
        null, true, false, 0, -1, 1.5, 2147483648L, 1e300, decimal.MaxValue, "", "0", "-", "无", "\u0000", "\ud7ff\u202e", new JsonArray(), new JsonObject(),
        new JsonArray(1, 2, 3), new JsonObject { ["templateVersion"] = "2021" },
    ];

    [Fact]
    public void MutatedPayloadsNeverThrowAndStayBounded()
    {
        var random = new Random(20261122);
        var bases = new[] { "seed-000.json", "seed-001.json", "seed-002.json", "seed-004.json" }
            .Select(f => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", f))).ToArray();
        var kinds = new Dictionary<string, int>();
        var invalid = 0;
        var slowest = TimeSpan.Zero;
        long mostAllocated = 0;
        for (var i = 0; i < Count; i++)
        {
            var text = bases[random.Next(bases.Length)];
            var (kind, payload) = random.Next(2) == 0 ? ByteMutation(text, random) : StructureMutation(text, random);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            ReportValidationResult result;
            try
            {
                result = ReportValidator.Validate(payload);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"mutation {i} ({kind}) threw {exception}\npayload: {Encoding.UTF8.GetString(payload)}");
            }

            var elapsed = stopwatch.Elapsed;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            slowest = elapsed > slowest ? elapsed : slowest;
            mostAllocated = Math.Max(mostAllocated, allocated);
            Assert.True(elapsed < MaxTimePerPayload, $"mutation {i} ({kind}) took {elapsed.TotalMilliseconds} ms");
            Assert.True(allocated < MaxBytesPerPayload, $"mutation {i} ({kind}) allocated {allocated} bytes");
            Assert.True(result.Issues.Count <= ValidationOptions.Default.MaxIssues + 1);
            invalid += result.IsValid ? 0 : 1;
        }

        output.WriteLine($"{Count} mutations ({string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => k.Key + " " + k.Value))}): {invalid} invalid; slowest {slowest.TotalMilliseconds:0.0} ms; most allocated {mostAllocated / 1024} KB");
        Assert.True(invalid > Count / 2, "most mutations should be invalid");
    }

    private static (string Kind, byte[] Payload) ByteMutation(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var position = random.Next(bytes.Count);
        switch (random.Next(6))
        {
            case 0:
                return ("truncate", bytes.Take(position).ToArray());
            case 1:
                bytes[position] ^= (byte)(1 << random.Next(8));
                return ("bit-flip", bytes.ToArray());
            case 2:
                bytes[position] = (byte)random.Next(256);
                return ("byte", bytes.ToArray());
            case 3:
                const string alphabet = "{}[]\",:\\0-.e";
                bytes.Insert(position, (byte)alphabet[random.Next(alphabet.Length)]);
                return ("insert", bytes.ToArray());
            case 4:
                bytes.RemoveRange(position, Math.Min(random.Next(1, 32), bytes.Count - position));
                return ("delete", bytes.ToArray());
            default:
                var length = Math.Min(random.Next(1, 256), bytes.Count - position);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(position, length));
                return ("duplicate", bytes.ToArray());
        }
    }

    private static (string Kind, byte[] Payload) StructureMutation(string text, Random random)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        var objects = new List<JsonObject>();
        Collect(root, objects);
        var target = objects[random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        string kind;
        switch (random.Next(6))
        {
            case 0:
                target.Remove(names[random.Next(names.Count)]);
                kind = "remove";
                break;
            case 1:
                target[names[random.Next(names.Count)]] = Values[random.Next(Values.Length)]?.DeepClone();
                kind = "replace";
                break;
            case 2:
                target["extra" + random.Next(100)] = Values[random.Next(Values.Length)]?.DeepClone();
                kind = "add";
                break;
            case 3:
                var nested = (JsonNode)new JsonArray();
                for (var depth = random.Next(1, 200); depth > 0; depth--)
                {
                    nested = random.Next(2) == 0 ? new JsonArray(nested) : new JsonObject { ["x"] = nested };
                }

                target[names[random.Next(names.Count)]] = nested;
                kind = "deep";
                break;
            case 4:
                target[names[random.Next(names.Count)]] = new string('数', random.Next(1, 100_000));
                kind = "long-string";
                break;
            default:
                root["templateVersion"] = root["templateVersion"]!.GetValue<string>() == "2019" ? "2021" : "2019";
                kind = "swap-version";
                break;
        }

        return (kind, Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private static void Collect(JsonObject node, List<JsonObject> objects)
    {
        objects.Add(node);
        foreach (var (_, child) in node)
        {
            if (child is JsonObject obj)
            {
                Collect(obj, objects);
            }
        }
    }
}
