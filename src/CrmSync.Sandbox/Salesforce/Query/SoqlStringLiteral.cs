using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// Decodes quoted SOQL strings with exactly the escapes of salesforce-api.md §3.2: \n \r \t \b \f (either case),
/// \" \' \\, \uXXXX, and \_ \% in LIKE patterns only. Any other backslash is MALFORMED_QUERY.
/// </summary>
internal static class SoqlStringLiteral
{
    public static string Decode(string raw, int position)
    {
        var text = new StringBuilder(raw.Length);
        Walk(raw, position, like: false, (c, _) => text.Append(c));
        return text.ToString();
    }

    /// <summary>A LIKE pattern as an anchored, case-insensitive regex: % any run, _ one character, \% and \_ themselves.</summary>
    public static Regex DecodeLike(string raw, int position)
    {
        var pattern = new StringBuilder("^");
        Walk(raw, position, like: true, (c, wildcard) => pattern.Append(wildcard ? (c == '%' ? ".*" : ".") : Regex.Escape(c.ToString())));
        return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private static void Walk(string raw, int position, bool like, Action<char, bool> emit)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                emit(c, like && c is '%' or '_');
                continue;
            }

            var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            i++;
            switch (next)
            {
                case 'n' or 'N': emit('\n', false); break;
                case 'r' or 'R': emit('\r', false); break;
                case 't' or 'T': emit('\t', false); break;
                case 'b' or 'B': emit('\b', false); break;
                case 'f' or 'F': emit('\f', false); break;
                case '"' or '\'' or '\\': emit(next, false); break;
                case '_' or '%' when like: emit(next, false); break;
                case 'u' when i + 4 < raw.Length && int.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    emit((char)code, false);
                    i += 4;
                    break;
                default:
                    throw new SoqlException("MALFORMED_QUERY", $"Invalid string literal '{raw}'. Illegal character sequence '\\{next}' in string literal.", position);
            }
        }
    }
}
