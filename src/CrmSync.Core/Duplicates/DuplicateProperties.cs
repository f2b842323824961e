namespace CrmSync.Core.Duplicates;

/// <summary>The computed keys the duplicate analyzer writes on contacts and companies (docs/computed-properties.md).</summary>
public static class DuplicateProperties
{
    public const string Group = "duplicate_group";
    public const string DuplicateOf = "duplicate_of";
    public const string Score = "duplicate_score";
    public const string Reason = "duplicate_reason";

    public static readonly IReadOnlyList<string> All = [Group, DuplicateOf, Score, Reason];
}
