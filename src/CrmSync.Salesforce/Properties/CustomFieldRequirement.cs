using CrmSync.Core.Connectors;

namespace CrmSync.Salesforce.Properties;

/// <summary>One custom field CrmSync writes: where, its name, and how an admin creates it.</summary>
internal sealed record CustomFieldRequirement(string SObject, string Field, ComputedPropertyType Type, string Label)
{
    /// <summary>The field types describe may report for it.</summary>
    public IReadOnlyList<string> AcceptedTypes => Type switch
    {
        ComputedPropertyType.Number => ["double", "currency", "percent", "int"],
        ComputedPropertyType.DateTime => ["datetime"],
        _ => ["string", "textarea"],
    };

    /// <summary>The type to pick in Setup → Object Manager → Fields &amp; Relationships → New.</summary>
    public string SetupType => Type switch
    {
        ComputedPropertyType.Number => "Number(18, 3)",
        ComputedPropertyType.DateTime => "Date/Time",
        _ => Field.Contains("Reason", StringComparison.Ordinal) ? "Long Text Area(1000)" : "Text(255)",
    };

    public string Describe() => $"{SObject}.{Field} ({SetupType}, label \"{Label}\")";
}
