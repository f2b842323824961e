using System.Security.Cryptography;
using System.Text;

namespace CrmSync.Core.WriteBack;

/// <summary>
/// Lowercase hex SHA-256 of the canonical JSON of a record's CrmSync values (nulls omitted, keys sorted
/// ordinally), as stored in <see cref="WrittenState.Fingerprint"/> (stack.md §12.3).
/// </summary>
public static class ValueFingerprint
{
    /// <summary>The fingerprint of a record CrmSync has written nothing to.</summary>
    public static string Empty { get; } = Compute(new Dictionary<string, string?>());

    public static string Compute(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Write(values)));
        return Convert.ToHexStringLower(hash);
    }
}
