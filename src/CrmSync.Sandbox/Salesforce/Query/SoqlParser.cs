using System.Globalization;
using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// Parses the SOQL subset of salesforce-api.md §14: SELECT fields | COUNT(), FROM, WHERE (comparisons, IN, NOT IN,
/// LIKE, AND/OR/NOT, parentheses; AND and OR may not be mixed without parentheses, as in Salesforce), ORDER BY
/// (ASC/DESC, NULLS FIRST/LAST), LIMIT, OFFSET. Names are not checked here; see <see cref="SoqlCompiler"/>.
/// </summary>
internal sealed class SoqlParser
{
    private readonly List<SoqlToken> tokens;
    private int next;

    private SoqlParser(string soql) => tokens = SoqlLexer.Tokenize(soql);

    private SoqlToken Current => tokens[next];

    public static SoqlQuery Parse(string soql) => new SoqlParser(soql).Query();

    private SoqlQuery Query()
    {
        Expect("SELECT");
        var countOnly = false;
        var fields = new List<SoqlFieldRef>();
        if (Current.IsKeyword("COUNT") && tokens[next + 1].IsSymbol("("))
        {
            next += 2;
            ExpectSymbol(")");
            countOnly = true;
        }
        else
        {
            do
            {
                fields.Add(Field());
            }
            while (TrySymbol(","));
        }

        Expect("FROM");
        var from = Identifier();
        SoqlCondition? where = null;
        if (TryKeyword("WHERE"))
        {
            where = Condition();
        }

        var order = new List<SoqlOrder>();
        if (TryKeyword("ORDER"))
        {
            Expect("BY");
            do
            {
                var field = Field();
                var descending = TryKeyword("DESC");
                if (!descending)
                {
                    TryKeyword("ASC");
                }

                var nullsLast = descending;
                if (TryKeyword("NULLS"))
                {
                    nullsLast = TryKeyword("LAST");
                    if (!nullsLast)
                    {
                        Expect("FIRST");
                    }
                }

                order.Add(new SoqlOrder(field, descending, nullsLast));
            }
            while (TrySymbol(","));
        }

        int? limit = TryKeyword("LIMIT") ? Integer() : null;
        int? offset = TryKeyword("OFFSET") ? Integer() : null;
        if (Current.Kind != SoqlTokenKind.End)
        {
            throw Unexpected();
        }

        return new SoqlQuery(fields, countOnly, from.Text, from.Position, where, order, limit, offset);
    }

    private SoqlCondition Condition()
    {
        var first = Unary();
        if (!Current.IsKeyword("AND") && !Current.IsKeyword("OR"))
        {
            return first;
        }

        var joiner = Current.Text.ToUpperInvariant();
        var parts = new List<SoqlCondition> { first };
        while (Current.IsKeyword("AND") || Current.IsKeyword("OR"))
        {
            if (!Current.IsKeyword(joiner))
            {
                throw Unexpected();
            }

            next++;
            parts.Add(Unary());
        }

        return joiner == "AND" ? new SoqlCondition.And(parts) : new SoqlCondition.Or(parts);
    }

    private SoqlCondition Unary()
    {
        if (TryKeyword("NOT"))
        {
            return new SoqlCondition.Not(Unary());
        }

        if (TrySymbol("("))
        {
            var inner = Condition();
            ExpectSymbol(")");
            return inner;
        }

        var field = Field();
        if (Current.IsKeyword("LIKE"))
        {
            next++;
            var pattern = Current;
            if (pattern.Kind != SoqlTokenKind.String)
            {
                throw Unexpected();
            }

            next++;
            return new SoqlCondition.Like(field, SoqlStringLiteral.DecodeLike(pattern.Text, pattern.Position), pattern.Position);
        }

        var negated = TryKeyword("NOT");
        if (negated || Current.IsKeyword("IN"))
        {
            Expect("IN");
            ExpectSymbol("(");
            var values = new List<SoqlLiteral>();
            do
            {
                values.Add(Literal());
            }
            while (TrySymbol(","));
            ExpectSymbol(")");
            return new SoqlCondition.In(field, negated, values);
        }

        if (Current.Kind != SoqlTokenKind.Symbol || Current.Text is "(" or ")" or "," or ".")
        {
            throw Unexpected();
        }

        var op = Current.Text == "<>" ? "!=" : Current.Text;
        next++;
        return new SoqlCondition.Compare(field, op, Literal());
    }

    private SoqlLiteral Literal()
    {
        var token = Current;
        next++;
        return token.Kind switch
        {
            SoqlTokenKind.String => new(SoqlLiteralKind.String, SoqlStringLiteral.Decode(token.Text, token.Position), token.Position, token.Text),
            SoqlTokenKind.Number => new(SoqlLiteralKind.Number, double.Parse(token.Text, CultureInfo.InvariantCulture), token.Position, token.Text),
            SoqlTokenKind.Date => new(SoqlLiteralKind.Date, SalesforceTime.TryParseDate(token.Text, out var date) ? date : throw Invalid(token), token.Position, token.Text),
            SoqlTokenKind.DateTime => new(SoqlLiteralKind.DateTime, SalesforceTime.TryParseDateTime(token.Text, out var time) ? time : throw Invalid(token), token.Position, token.Text),
            _ when token.IsKeyword("TRUE") => new(SoqlLiteralKind.Boolean, true, token.Position, token.Text),
            _ when token.IsKeyword("FALSE") => new(SoqlLiteralKind.Boolean, false, token.Position, token.Text),
            _ when token.IsKeyword("NULL") => new(SoqlLiteralKind.Null, null, token.Position, token.Text),
            _ => throw Unexpected(token),
        };
    }

    private SoqlFieldRef Field()
    {
        var first = Identifier();
        var parts = new List<string> { first.Text };
        while (TrySymbol("."))
        {
            parts.Add(Identifier().Text);
        }

        return new SoqlFieldRef(parts, first.Position);
    }

    private SoqlToken Identifier()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Identifier)
        {
            throw Unexpected();
        }

        next++;
        return token;
    }

    private int Integer()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Number || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Unexpected();
        }

        next++;
        return value;
    }

    private bool Expect(string keyword) => TryKeyword(keyword) ? true : throw Unexpected();

    private void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw Unexpected();
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        next++;
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        next++;
        return true;
    }

    private SoqlException Unexpected(SoqlToken? token = null)
    {
        var t = token ?? Current;
        return new SoqlException("MALFORMED_QUERY", t.Kind == SoqlTokenKind.End ? "unexpected token: <EOF>" : $"unexpected token: '{t.Text}'", t.Position);
    }

    private static SoqlException Invalid(SoqlToken token) =>
        new("MALFORMED_QUERY", $"line 1:{token.Position} no viable alternative at character '{token.Text}'", token.Position);
}
