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

    public string? ToE164(string? raw)
    {
        var digits = ExtractDialable(raw);
        if (digits is null || IsJunk(digits))
        {
            return null;
        }

        if (TryNorthAmerican(digits) is { } fast)
        {
            return fast;
        }

        try
        {
            var number = Util.Parse(digits, _defaultRegion);
            // Directories hold numbers that were valid when written but whose ranges have since been reassigned, so
            // a possible (right length) number is kept; validity would drop real historical data.
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// The common case without libphonenumber's cost: a ten-digit NANP number (area code and exchange starting 2–9),
    /// bare under a +1 default region or written as +1/1…, formats to "+1" and its digits exactly as
    /// libphonenumber's E.164 output would. Anything else takes the full parser.
    /// </summary>
    private string? TryNorthAmerican(string dialable)
    {
        var span = dialable.AsSpan();
        if (span.StartsWith("+1"))
        {
            span = span[2..];
        }
        else if (!_northAmericanDefault || span.StartsWith("+"))
        {
            return null;
        }
        else if (span.Length == 11 && span[0] == '1')
        {
            span = span[1..];
        }

        if (span.Length != 10 || span[0] < '2' || span[3] < '2')
        {
            return null;
        }

        return string.Concat("+1", span);
    }

    /// <summary>The last seven digits: equal tails with different prefixes often mean one number typed two ways.</summary>
    public static string? Tail(string? e164) => e164 is { Length: > 7 } ? e164[^7..] : null;

    private static string? ExtractDialable(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Math.Min(raw.Length, 64)];
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

        return length >= 6 ? new string(buffer[..length]) : null;
    }

    private static bool IsJunk(string digits)
    {
        var span = digits.AsSpan().TrimStart('+');
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
