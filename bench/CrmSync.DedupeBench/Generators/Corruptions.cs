using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>The ways a value drifts between two records of one entity: typos, formats, swapped date parts.</summary>
internal static class Corruptions
{
    private const string Keyboard = "qwertyuiop asdfghjkl zxcvbnm";

    /// <summary>One keyboard slip: adjacent letters transposed, a letter dropped, doubled, or replaced by a neighbour.</summary>
    public static string Typo(string value, Random random)
    {
        if (value.Length < 3)
        {
            return value;
        }

        var at = random.Next(1, value.Length - 1);
        var chars = value.ToCharArray();
        switch (random.Next(4))
        {
            case 0:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 1:
                return value.Remove(at, 1);
            case 2:
                return value.Insert(at, value[at].ToString());
            default:
                chars[at] = Neighbour(chars[at], random);
                return new string(chars);
        }
    }

    /// <summary>A phone written one of the common ways (digits: ten NANP digits).</summary>
    public static string FormatPhone(string digits, Random random) => random.Next(5) switch
    {
        0 => $"({digits[..3]}) {digits[3..6]}-{digits[6..]}",
        1 => $"{digits[..3]}-{digits[3..6]}-{digits[6..]}",
        2 => $"{digits[..3]}.{digits[3..6]}.{digits[6..]}",
        3 => $"+1 {digits[..3]} {digits[3..6]} {digits[6..]}",
        _ => $"1{digits}",
    };

    /// <summary>One digit of the number mistyped (the result is still a well-formed number).</summary>
    public static string PhoneDigitTypo(string digits, Random random)
    {
        var chars = digits.ToCharArray();
        var at = random.Next(4, chars.Length);
        chars[at] = (char)('0' + ((chars[at] - '0' + random.Next(1, 10)) % 10));
        return new string(chars);
    }

    /// <summary>ISO or US month-first, as CRMs and imports write them.</summary>
    public static string FormatDate(DateOnly date, Random random) => random.Next(3) switch
    {
        0 => date.ToString("yyyy-MM-dd"),
        1 => date.ToString("MM/dd/yyyy"),
        _ => date.ToString("M/d/yyyy"),
    };

    /// <summary>Day and month entered the wrong way round (kept as typed even when the result is not a date).</summary>
    public static string SwapDayMonth(DateOnly date) => $"{date.Year:D4}-{date.Day:D2}-{date.Month:D2}";

    /// <summary>One digit of the date mistyped.</summary>
    public static string DateDigitTypo(DateOnly date, Random random)
    {
        var text = date.ToString("yyyy-MM-dd").ToCharArray();
        int[] digits = [2, 3, 6, 8, 9];
        var at = digits[random.Next(digits.Length)];
        text[at] = (char)('0' + ((text[at] - '0' + random.Next(1, 10)) % 10));
        return new string(text);
    }

    /// <summary>A copy of <paramref name="original"/> with one to three of its filled <paramref name="fields"/> passed through <paramref name="corrupt"/>.</summary>
    public static RoleValues CorruptSome(RoleValues original, FieldRole[] fields, Random random, Func<FieldRole, string, string?> corrupt)
    {
        var copy = new RoleValues();
        foreach (var role in FieldRoles.All)
        {
            copy[role] = original[role];
        }

        var filled = fields.Where(f => copy[f] is not null).OrderBy(_ => random.Next()).ToList();
        var changes = Math.Min(filled.Count, random.NextDouble() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 });
        foreach (var field in filled.Take(changes))
        {
            copy[field] = corrupt(field, copy[field]!);
        }

        return copy;
    }

    /// <summary>The ten NANP digits of a formatted phone.</summary>
    public static string PhoneDigits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 11 ? digits[1..] : digits;
    }

    private static char Neighbour(char c, Random random)
    {
        var lower = char.ToLowerInvariant(c);
        var at = Keyboard.IndexOf(lower);
        if (at < 0)
        {
            return c;
        }

        var candidates = new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < Keyboard.Length && Keyboard[i] != ' ').ToArray();
        var replacement = candidates.Length == 0 ? 'e' : Keyboard[candidates[random.Next(candidates.Length)]];
        return char.IsUpper(c) ? char.ToUpperInvariant(replacement) : replacement;
    }
}
