using System.Collections.Generic;
using System.Text;
using GovInfoReport.SchemaLanguage.Model;
using GovInfoReport.SchemaLanguage.Naming;

namespace GovInfoReport.Generators.Emitting;

/// <summary>
/// The names of the validator's per-type and per-rule members, after the types and rules they serve
/// (<c>ReadOutcomes</c>, <c>CheckRulesApplications</c>, <c>CheckApplicantCounts_R2</c>), so a stack trace or a
/// debugger says where it is. Type names are distinct C# identifiers, but a prefix can make two of them collide
/// (a type <c>RulesX</c> beside a rule check of <c>X</c>) or meet a fixed member: one scope hands out every name.
/// </summary>
internal sealed class ValidatorMemberNames
{
    // Members every validator declares (here and in the JSON file), and what static classes inherit from object.
    private static readonly string[] Fixed =
    [
        "Validate", "CellCount", "Run", "Shape", "s_shape", "ReadOnSerializerReader", "t_integers", "t_numbers", "t_valid", "t_strings",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    ];

    private readonly string[] _read;
    private readonly string[] _match;
    private readonly string[] _nameEquals;
    private readonly string[] _check;
    private readonly string[] _build;
    private readonly string[] _checkRules;
    private readonly string[] _shapeField;
    private readonly Dictionary<(int Type, int Rule), string> _ruleCheck = new();
    private readonly Dictionary<(int Type, int Rule), string> _ruleMessage = new();
    private readonly Dictionary<(int Type, int Property), (string Read, string Check, string Build)> _rows = new();

    public ValidatorMemberNames(TemplateModel model, string validatorName)
    {
        var reserved = new List<string>(Fixed) { validatorName };
        foreach (var type in model.Types)
        {
            foreach (var property in type.Properties)
            {
                if (property.IsEnum)
                {
                    reserved.Add("EnumText_" + property.EnumClrName);
                    reserved.Add("EnumParse_" + property.EnumClrName);
                }
            }
        }

        var scope = new NameScope(reserved);
        var count = model.Types.Count;
        _read = new string[count];
        _match = new string[count];
        _nameEquals = new string[count];
        _check = new string[count];
        _build = new string[count];
        _checkRules = new string[count];
        _shapeField = new string[count];
        for (var t = 0; t < count; t++)
        {
            var name = model.Types[t].ClrName;
            _read[t] = scope.Take("Read" + name);
            _match[t] = scope.Take("Match" + name);
            _nameEquals[t] = scope.Take("NameEquals" + name);
            _check[t] = scope.Take("Check" + name);
            _build[t] = scope.Take("Build" + name);
            _checkRules[t] = scope.Take("CheckRules" + name);
            _shapeField[t] = t == 0 ? "s_shape" : scope.Take("s_shape" + name);
        }

        // An array's rows: read, checked and built by members named after the owner type and the array property.
        for (var t = 0; t < count; t++)
        {
            var properties = model.Types[t].Properties;
            for (var p = 0; p < properties.Count; p++)
            {
                if (properties[p].IsArray)
                {
                    var stem = model.Types[t].ClrName + properties[p].ClrName.TrimStart('@');
                    _rows[(t, p)] = (scope.Take("Read" + stem), scope.Take("Check" + stem), scope.Take("Build" + stem));
                }
            }
        }

        for (var t = 0; t < count; t++)
        {
            var rules = model.Types[t].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r].Kind != RuleKind.Assertion)
                {
                    continue;
                }

                var stem = model.Types[t].ClrName + "_" + Identifier(rules[r].Id);
                _ruleCheck[(t, r)] = scope.Take("Check" + stem);
                _ruleMessage[(t, r)] = scope.Take("Message" + stem);
            }
        }
    }

    /// <summary>The reader of type <paramref name="t"/>: reads one instance from the JSON into its slots.</summary>
    public string Read(int t) => _read[t];

    /// <summary>The property-name matcher of type <paramref name="t"/>.</summary>
    public string Match(int t) => _match[t];

    /// <summary>The property-name comparison of type <paramref name="t"/>.</summary>
    public string NameEquals(int t) => _nameEquals[t];

    /// <summary>The typed check of type <paramref name="t"/>: puts a built record's values into the slots.</summary>
    public string Check(int t) => _check[t];

    /// <summary>The builder of type <paramref name="t"/>: the record from the slots.</summary>
    public string Build(int t) => _build[t];

    /// <summary>Every rule of a layout rooted at type <paramref name="t"/> (the report's, or a record's on its own), in declaration order.</summary>
    public string CheckRules(int t) => _checkRules[t];

    /// <summary>The field caching the shape of type <paramref name="t"/> validated on its own (the report's for 0).</summary>
    public string ShapeField(int t) => _shapeField[t];

    /// <summary>The check of one assertion rule declared on type <paramref name="t"/>, at the offsets of one instance.</summary>
    public string RuleCheck(int t, int r) => _ruleCheck[(t, r)];

    /// <summary>The message formatter of one assertion rule declared on type <paramref name="t"/>.</summary>
    public string RuleMessage(int t, int r) => _ruleMessage[(t, r)];

    /// <summary>The reader, typed check and builder of the rows of array property <paramref name="p"/> of type <paramref name="t"/>.</summary>
    public (string Read, string Check, string Build) Rows(int t, int p) => _rows[(t, p)];

    // A rule id is free text: letters, digits and underscores of ASCII are kept, anything else becomes an underscore.
    private static string Identifier(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        return builder.Length == 0 ? "Rule" : builder.ToString();
    }
}
