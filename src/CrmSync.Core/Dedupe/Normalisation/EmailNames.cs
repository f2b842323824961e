namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// How an email address relates to the names of the person holding it. Addresses are usually built from names
/// (jsmith, john.smith, smithj42) and mailbox providers number them apart (john.smith2): two namesakes then hold
/// near-identical addresses, so such similarity is evidence of the name, not of one mailbox.
/// </summary>
internal static class EmailNames
{
    /// <summary>
    /// True when the local part's letters are the first name and surname, or one of them and at most an initial,
    /// in any order (digits and separators ignored).
    /// </summary>
    public static bool IsNameDerived(ReadOnlySpan<char> localPart, string? firstName, string? lastName)
    {
        if (firstName is null && lastName is null)
        {
            return false;
        }

        Span<char> letters = stackalloc char[Math.Min(localPart.Length, 128)];
        var length = 0;
        foreach (var c in localPart)
        {
            if (char.IsAsciiLetter(c) && length < letters.Length)
            {
                letters[length++] = c;
            }
        }

        var rest = Remove(Remove(letters[..length], lastName), firstName).Length;
        return rest <= 1 && rest < length;
    }

    /// <summary>
    /// True when two addresses have the same letters and differ only in their digits, beyond one mistyped or
    /// swapped digit: mailboxes numbered apart (jesse71@ / jesse712@, sharonjimenez14@ / sharon.jimenez@).
    /// </summary>
    public static bool AreNumberedApart(string emailA, string emailB)
    {
        Span<char> lettersA = stackalloc char[Math.Min(emailA.Length, 128)];
        Span<char> lettersB = stackalloc char[Math.Min(emailB.Length, 128)];
        Span<char> digitsA = stackalloc char[Math.Min(emailA.Length, 128)];
        Span<char> digitsB = stackalloc char[Math.Min(emailB.Length, 128)];
        var (la, da) = Split(emailA, lettersA, digitsA);
        var (lb, db) = Split(emailB, lettersB, digitsB);
        if (!lettersA[..la].SequenceEqual(lettersB[..lb]) || digitsA[..da].SequenceEqual(digitsB[..db]))
        {
            return false;
        }

        return da != db || Scoring.EditDistance.Bounded(digitsA[..da], digitsB[..db], 1) > 1;
    }

    private static (int Letters, int Digits) Split(string email, Span<char> letters, Span<char> digits)
    {
        int l = 0, d = 0;
        foreach (var c in email)
        {
            if (char.IsAsciiLetter(c) && l < letters.Length)
            {
                letters[l++] = c;
            }
            else if (char.IsAsciiDigit(c) && d < digits.Length)
            {
                digits[d++] = c;
            }
        }

        return (l, d);
    }

    // Removes the first occurrence of the name from the letters in place; returns the letters left (names are
    // folded: lowercase ASCII letters).
    private static Span<char> Remove(Span<char> letters, string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length < 2)
        {
            return letters;
        }

        var at = letters.IndexOf(name.AsSpan());
        if (at < 0)
        {
            return letters;
        }

        letters[(at + name.Length)..].CopyTo(letters[at..]);
        return letters[..^name.Length];
    }
}
