using System.Globalization;
using PhoneNumbers;

namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Phones to E.164 with libphonenumber. Numbers without a country code take <c>defaultRegion</c>. Extensions are
/// dropped. Unparseable numbers and obvious junk (one repeated digit, 1234567…) give null rather than a digits-only
/// fallback, so placeholder values never make two records look alike.
/// </summary>
public sealed class PhoneNormaliser
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly string _defaultRegion;
    private readonly bool _northAmericanDefault;

    public PhoneNormaliser(string defaultRegion)
    {
        if (!Util.GetSupportedRegions().Contains(defaultRegion.ToUpperInvariant()))
        {
            throw new ArgumentException($"'{defaultRegion}' is not a region libphonenumber knows (use an ISO 3166 code such as US or GB).", nameof(defaultRegion));
        }

        _defaultRegion = defaultRegion.ToUpperInvariant();
        _northAmericanDefault = Util.GetCountryCodeForRegion(_defaultRegion) == 1;
    }

    public string? ToE164(string? raw) => ToNumber(raw) is var number and > 0 ? "+" + number.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The E.164 number as digits read as a number (+1 415 555 2671 → 14155552671), 0 when there is none: what
    /// matching needs, without a string per record (the common North American case allocates nothing).
    /// </summary>
    internal ulong ToNumber(string? raw)
    {
        Span<char> buffer = stackalloc char[64];
        var dialable = ExtractDialable(raw, buffer);
        if (dialable.Length < 6 || IsJunk(dialable))
        {
            return 0;
        }

        if (TryNorthAmerican(dialable, out var fast))
        {
            return fast;
        }

        try
        {
            var number = Util.Parse(dialable.ToString(), _defaultRegion);
            // Directories hold numbers that were valid when written but whose ranges have since been reassigned, so
            // a possible (right length) number is kept; validity would drop real historical data.
            return Util.IsPossibleNumber(number) ? Digits(Util.Format(number, PhoneNumberFormat.E164)) : 0;
        }
        catch (NumberParseException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The common case without libphonenumber's cost: a ten-digit NANP number (area code and exchange starting 2–9),
    /// bare under a +1 default region or written as +1/1…, is "+1" and its digits exactly as libphonenumber's
    /// E.164 output would be. Anything else takes the full parser.
    /// </summary>
    private bool TryNorthAmerican(ReadOnlySpan<char> span, out ulong number)
    {
        number = 0;
        if (span.StartsWith("+1"))
        {
            span = span[2..];
        }
        else if (!_northAmericanDefault || span.StartsWith("+"))
        {
            return false;
        }
        else if (span.Length == 11 && span[0] == '1')
        {
            span = span[1..];
        }

        if (span.Length != 10 || span[0] < '2' || span[3] < '2')
        {
            return false;
        }

        number = 1 * 10_000_000_000UL + Digits(span);
        return true;
    }

    private static ulong Digits(ReadOnlySpan<char> text)
    {
        ulong number = 0;
        foreach (var c in text)
        {
            number = char.IsAsciiDigit(c) ? (number * 10) + (ulong)(c - '0') : number;
        }

        return number;
    }

    /// <summary>The last seven digits: equal tails with different prefixes often mean one number typed two ways.</summary>
    public static string? Tail(string? e164) => e164 is { Length: > 7 } ? e164[^7..] : null;

    private static ReadOnlySpan<char> ExtractDialable(string? raw, Span<char> buffer)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var length = 0;
        for (var i = 0; i < raw.Length && length < buffer.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
            else if (c == '+' && length == 0)
            {
                buffer[length++] = c;
            }
            else if (c is 'x' or 'X' or 'e' or 'E' or '#' or ',' or ';' && length >= 7)
            {
                break; // extension marker ("x12", "ext. 12") or a second number
            }
        }

        return buffer[..length];
    }

    private static bool IsJunk(ReadOnlySpan<char> digits)
    {
        var span = digits.TrimStart('+');
        var allSame = true;
        var ascending = true;
        for (var i = 1; i < span.Length; i++)
        {
            allSame &= span[i] == span[0];
            ascending &= span[i] - '0' == (span[i - 1] - '0' + 1) % 10;
        }

        return allSame || ascending;
    }
}
