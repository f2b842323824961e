namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// 18-character record ids: key prefix (3) + pod (2) + reserved "0" + base-62 record number (9) + the case-safe
/// checksum (3) that lets a case-insensitive client tell "a" from "A" (salesforce-api.md §1).
/// </summary>
internal static class SalesforceId
{
    public const string Pod = "8c";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string ChecksumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    public static string Make(string keyPrefix, long number)
    {
        Span<char> id = stackalloc char[18];
        keyPrefix.AsSpan().CopyTo(id);
        Pod.AsSpan().CopyTo(id[3..]);
        id[5] = '0';
        var n = number;
        for (var i = 14; i >= 6; i--)
        {
            id[i] = Base62[(int)(n % 62)];
            n /= 62;
        }

        WriteChecksum(id);
        return new string(id);
    }

    /// <summary>The three checksum characters of a 15-character id.</summary>
    public static string Checksum(ReadOnlySpan<char> fifteen)
    {
        Span<char> id = stackalloc char[18];
        fifteen[..15].CopyTo(id);
        WriteChecksum(id);
        return new string(id[15..]);
    }

    /// <summary>
    /// Accepts a 15-character (case-sensitive) or 18-character id (whose checksum restores the case of the first 15,
    /// so it may arrive in any case) and returns its canonical 18-character form.
    /// </summary>
    public static bool TryNormalize(string? text, out string canonical)
    {
        canonical = "";
        if (text is null || (text.Length != 15 && text.Length != 18) || !text.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        if (text.Length == 15)
        {
            canonical = text + Checksum(text);
            return true;
        }

        var restored = new char[18];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var flags = ChecksumAlphabet.IndexOf(char.ToUpperInvariant(text[15 + chunk]));
            if (flags < 0)
            {
                return false;
            }

            for (var bit = 0; bit < 5; bit++)
            {
                var c = text[(chunk * 5) + bit];
                restored[(chunk * 5) + bit] = (flags & (1 << bit)) != 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            }
        }

        var fifteen = new string(restored, 0, 15);
        canonical = fifteen + Checksum(fifteen);
        return true;
    }

    /// <summary>The record number of an id minted by <see cref="Make"/> with this prefix, or -1.</summary>
    public static long NumberOf(string canonical, string keyPrefix)
    {
        if (canonical.Length != 18 || !canonical.StartsWith(keyPrefix, StringComparison.Ordinal)
            || !canonical.AsSpan(3, 3).SequenceEqual(Pod + "0"))
        {
            return -1;
        }

        long n = 0;
        for (var i = 6; i < 15; i++)
        {
            var digit = Base62.IndexOf(canonical[i], StringComparison.Ordinal);
            if (digit < 0)
            {
                return -1;
            }

            n = (n * 62) + digit;
        }

        return n;
    }

    private static void WriteChecksum(Span<char> id)
    {
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var flags = 0;
            for (var bit = 0; bit < 5; bit++)
            {
                if (char.IsAsciiLetterUpper(id[(chunk * 5) + bit]))
                {
                    flags |= 1 << bit;
                }
            }

            id[15 + chunk] = ChecksumAlphabet[flags];
        }
    }
}
