using System.Globalization;
using System.Text;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Reduces free text to lowercase ASCII letters, digits and single spaces, so that "Zoë  O'Brien" and
/// "zoe obrien" compare equal. Apostrophes join (o'brien → obrien); every other symbol separates words.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = IsAscii(value) ? value : StripAccents(value);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c is not ('\'' or '\u2019' or '`'))
            {
                pendingSpace = true;
            }
        }

        // Already-clean input is returned as is to avoid an allocation per field.
        return buffer[..length].SequenceEqual(value) ? value : new string(buffer[..length]);
    }

    /// <summary>Removes every space from an already folded value ("mc donald" → "mcdonald").</summary>
    public static string Squash(string folded) => folded.Contains(' ') ? folded.Replace(" ", "") : folded;

    public static string StripAccents(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var replacement = SpecialLetter(c);
            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }
        }

        return builder.ToString();
    }

    private static string? SpecialLetter(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'þ' => "th",
        'Þ' => "TH",
        'ı' => "i",
        _ => null,
    };

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7f)
            {
                return false;
            }
        }

        return true;
    }
}
