namespace CrmSync.Core.Dedupe;

/// <summary>How a group's suggested primary record is chosen; ties fall to the next rule, then to the smallest id.</summary>
public enum SurvivorshipRule
{
    /// <summary>Most non-empty fields, then oldest.</summary>
    MostComplete,
    /// <summary>Earliest <see cref="FieldRole.CreatedAt"/>, then most complete.</summary>
    Oldest,
    /// <summary>Latest <see cref="FieldRole.LastActivityAt"/>, then most complete.</summary>
    MostRecentlyActive,
}
