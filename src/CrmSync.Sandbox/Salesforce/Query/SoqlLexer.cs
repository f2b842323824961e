using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>Splits SOQL into tokens. String literals keep their raw text: escapes are decoded by the parser, which knows whether a LIKE is being read.</summary>
internal static partial class SoqlLexer
{
    public static List<SoqlToken> Tokenize(string soql)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var start = i++;
                var raw = new System.Text.StringBuilder();
                while (true)
                {
                    if (i >= soql.Length)
                    {
                        throw new SoqlException("MALFORMED_QUERY", "line 1:" + start + " mismatched character '<EOF>' expecting '''", start);
                    }

                    if (soql[i] == '\\' && i + 1 < soql.Length)
                    {
                        raw.Append(soql, i, 2);
                        i += 2;
                    }
                    else if (soql[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        raw.Append(soql[i++]);
                    }
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.String, raw.ToString(), start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < soql.Length && char.IsAsciiDigit(soql[i + 1])))
            {
                var rest = soql[i..];
                var (kind, match) = DateTimeLiteral().Match(rest) is { Success: true } dt ? (SoqlTokenKind.DateTime, dt)
                    : DateLiteral().Match(rest) is { Success: true } d ? (SoqlTokenKind.Date, d)
                    : (SoqlTokenKind.Number, NumberLiteral().Match(rest));
                tokens.Add(new SoqlToken(kind, match.Value, i));
                i += match.Value.Length;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < soql.Length && (char.IsAsciiLetterOrDigit(soql[i]) || soql[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Identifier, soql[start..i], start));
            }
            else
            {
                var two = i + 1 < soql.Length ? soql.Substring(i, 2) : "";
                var symbol = two is "!=" or "<=" or ">=" or "<>" ? two : c is '(' or ')' or ',' or '=' or '<' or '>' or '.' ? c.ToString() : null;
                if (symbol is null)
                {
                    throw new SoqlException("MALFORMED_QUERY", $"line 1:{i} no viable alternative at character '{c}'", i);
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, "", soql.Length));
        return tokens;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})")]
    private static partial Regex DateTimeLiteral();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?![\dT])")]
    private static partial Regex DateLiteral();

    [GeneratedRegex(@"^-?\d+(\.\d+)?")]
    private static partial Regex NumberLiteral();
}
