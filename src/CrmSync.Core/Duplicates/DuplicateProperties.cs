namespace CrmSync.Core.Duplicates;

/// <summary>The properties the duplicate analyzer writes on contacts and companies (docs/computed-properties.md).</summary>
public static class DuplicateProperties
{
    public const string Group = "crmsync_duplicate_group";
    public const string DuplicateOf = "crmsync_duplicate_of";
    public const string Score = "crmsync_duplicate_score";
    public const string Reason = "crmsync_duplicate_reason";

    public static readonly IReadOnlyList<string> All = [Group, DuplicateOf, Score, Reason];
}
