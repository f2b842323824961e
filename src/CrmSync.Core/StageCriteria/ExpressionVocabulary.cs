using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// What a criteria expression may name (docs/stage-criteria.md, "Expressions"): canonical fields, association counts,
/// <c>today</c>, <c>now</c> and <c>days_in_stage</c>; and a small set of functions. Anything else is a configuration
/// error, so an expression can read the record and compute, and do nothing else.
/// </summary>
public static class ExpressionVocabulary
{
    public const string Today = "today";
    public const string Now = "now";
    public const string DaysInStage = "days_in_stage";

    /// <summary>The association count parameter of a type: <c>contacts_count</c>.</summary>
    public static string CountOf(string objectType) => objectType + "_count";

    public static IReadOnlyList<string> AssociationTypes { get; } = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies, CrmObjectTypes.Deals];

    /// <summary>The functions CrmSync adds: blank test and whole days since or until a date.</summary>
    public static IReadOnlyList<string> CrmSyncFunctions { get; } = ["is_blank", "days_since", "days_until"];

    /// <summary>NCalc's built-ins allowed (the rest, trigonometry and the like, have no use in a criterion).</summary>
    public static IReadOnlyList<string> BuiltInFunctions { get; } = ["if", "in", "Abs", "Min", "Max", "Round", "Floor", "Ceiling"];

    private static readonly HashSet<string> Identifiers = new(
        CanonicalFields.All.Concat(AssociationTypes.Select(CountOf)).Append(Today).Append(Now).Append(DaysInStage),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Functions = new(CrmSyncFunctions.Concat(BuiltInFunctions), StringComparer.Ordinal);

    public static bool IsIdentifier(string name) => Identifiers.Contains(name);

    public static bool IsFunction(string name) => Functions.Contains(name);

    /// <summary>Dates are compared as dates: fields named <c>*_at</c>, <c>*_date</c>, and the contract dates.</summary>
    public static bool IsDateField(string field) =>
        field.EndsWith("_at", StringComparison.Ordinal) || field.EndsWith("_date", StringComparison.Ordinal)
        || field is CanonicalFields.ContractStart or CanonicalFields.ContractEnd or CanonicalFields.DateOfBirth;
}
