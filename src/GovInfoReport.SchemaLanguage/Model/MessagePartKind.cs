namespace GovInfoReport.SchemaLanguage.Model;

/// <summary>What a piece of a message template stands for.</summary>
public enum MessagePartKind
{
    /// <summary>Literal text.</summary>
    Text,

    /// <summary><c>{actual}</c>: the left side's value.</summary>
    Actual,

    /// <summary><c>{expected}</c>: the right side's value (or the structural expectation).</summary>
    Expected,

    /// <summary><c>{difference}</c>: actual minus expected.</summary>
    Difference,

    /// <summary><c>{label}</c>: the label of the object instance the rule is declared on.</summary>
    Label,

    /// <summary><c>{cell}</c>: the label of the cell the issue points at.</summary>
    Cell,

    /// <summary><c>{name}</c> of the for-each variable: the label of the current property.</summary>
    Variable,
}
