namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// An email reduced to the form used for matching. <see cref="IsValid"/> is false for values that are not a
/// syntactically plausible address; such values are still compared fuzzily but never used as a blocking key.
/// </summary>
public sealed record NormalisedEmail(string Canonical, int LocalLength, string Domain, bool IsValid, bool IsFreeMail, bool IsRoleMailbox)
{
    /// <summary>The part before the @ (the whole value when there is no @).</summary>
    public string LocalPart => Canonical[..LocalLength];

    internal ReadOnlySpan<char> LocalSpan => Canonical.AsSpan(0, LocalLength);
}
