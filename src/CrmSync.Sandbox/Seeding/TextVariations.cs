using System.Text;

namespace CrmSync.Sandbox.Seeding;

/// <summary>The small mutations that turn a record into a near-duplicate: typos, case changes, gmail dots.</summary>
internal static class TextVariations
{
    private const string Vowels = "aeiou";

    /// <summary>One keyboard slip: swapped, dropped, doubled or replaced letter. Never returns the input unchanged.</summary>
    public static string Typo(string text, ulong roll)
    {
        if (text.Length < 3)
        {
            return text + text[^1];
        }

        var position = 1 + (int)((roll >> 8) % (ulong)(text.Length - 2));
        var chars = text.ToCharArray();
        switch (roll % 4)
        {
            case 0 when chars[position] != chars[position + 1]:
                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                return new string(chars);
            case 1 when text.Length > 4:
                return text.Remove(position, 1);
            case 2:
                return text.Insert(position, text[position].ToString());
            default:
                var replaced = Vowels[(int)((roll >> 20) % 5)];
                chars[position] = chars[position] == replaced ? Vowels[(Vowels.IndexOf(replaced) + 1) % 5] : replaced;
                return new string(chars);
        }
    }

    /// <summary>"ana.smith@acme.com" → "Ana.Smith@ACME.com": same mailbox, different bytes.</summary>
    public static string MixCase(string email)
    {
        var builder = new StringBuilder(email.Length);
        var at = email.IndexOf('@');
        var startOfWord = true;
        for (var i = 0; i < email.Length; i++)
        {
            var c = email[i];
            var inDomainName = at >= 0 && i > at && email.IndexOf('.', at) > i;
            builder.Append(startOfWord || inDomainName ? char.ToUpperInvariant(c) : c);
            startOfWord = c is '.' or '_' or '@';
        }

        return builder.ToString();
    }

    /// <summary>Gmail ignores dots in the local part: add one, or drop them all.</summary>
    public static string GmailDots(string email, ulong roll)
    {
        var at = email.IndexOf('@');
        var local = email[..at];
        if (local.Contains('.'))
        {
            return local.Replace(".", "", StringComparison.Ordinal) + email[at..];
        }

        var position = 1 + (int)(roll % (ulong)Math.Max(1, local.Length - 1));
        return local.Insert(position, ".") + email[at..];
    }

    /// <summary>Replaces the legal-form suffix with a different one ("" → ", Inc.", " Inc" → " Inc." ...).</summary>
    public static string SwapSuffix(string baseName, string suffix, ulong roll)
    {
        string[] alternatives = [", Inc.", " Inc.", " Inc", " INC", ""];
        var index = (int)(roll % (ulong)alternatives.Length);
        if (alternatives[index] == suffix)
        {
            index = (index + 1) % alternatives.Length;
        }

        return baseName + alternatives[index];
    }

    public static string Slug(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
