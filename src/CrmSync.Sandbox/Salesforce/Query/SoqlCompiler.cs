using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// Turns a WHERE tree into a predicate over record numbers, checking every field name (INVALID_FIELD) and every
/// literal against its field's type (INVALID_QUERY_FILTER_OPERATOR: dates and datetimes unquoted, text quoted, ids valid).
/// </summary>
internal sealed class SoqlCompiler(OrgStore store, RecordTable table)
{
    public Func<int, bool> Compile(SoqlCondition condition)
    {
        switch (condition)
        {
            case SoqlCondition.And and:
                var all = and.Parts.Select(Compile).ToArray();
                return n => all.All(p => p(n));
            case SoqlCondition.Or or:
                var any = or.Parts.Select(Compile).ToArray();
                return n => any.Any(p => p(n));
            case SoqlCondition.Not not:
                var inner = Compile(not.Inner);
                return n => !inner(n);
            case SoqlCondition.Like like:
                var likePath = Resolve(like.Field);
                if (!likePath.Field.Type.IsText())
                {
                    throw new SoqlException("INVALID_QUERY_FILTER_OPERATOR", $"invalid operator on {likePath.Field.Type.DescribeName()} field: {like.Field.Text}", like.Position);
                }

                return n => likePath.Read(store, table, n) is string text && like.Pattern.IsMatch(text);
            case SoqlCondition.In list:
                var inPath = Resolve(list.Field);
                var values = list.Values.Select(v => Convert(inPath.Field, v, "IN")).ToArray();
                return n => list.Negated != (inPath.Read(store, table, n) is { } value && values.Any(v => v is not null && ValueComparer.Compare(value, v, inPath.Field.Type) == 0));
            case SoqlCondition.Compare compare:
                return CompileCompare(compare);
            default:
                throw new SoqlException("MALFORMED_QUERY", "unsupported condition");
        }
    }

    private Func<int, bool> CompileCompare(SoqlCondition.Compare compare)
    {
        var path = Resolve(compare.Field);
        var type = path.Field.Type;
        var literal = Convert(path.Field, compare.Value, compare.Operator);
        if (literal is null)
        {
            return compare.Operator == "="
                ? n => path.Read(store, table, n) is null
                : n => path.Read(store, table, n) is not null;
        }

        if (type == FieldType.Boolean && compare.Operator is not ("=" or "!="))
        {
            throw new SoqlException("INVALID_QUERY_FILTER_OPERATOR", $"invalid operator on boolean field: {compare.Field.Text}", compare.Value.Position);
        }

        return compare.Operator switch
        {
            "=" => n => path.Read(store, table, n) is { } v && ValueComparer.Compare(v, literal, type) == 0,
            "!=" => n => path.Read(store, table, n) is not { } v || ValueComparer.Compare(v, literal, type) != 0,
            "<" => n => path.Read(store, table, n) is { } v && ValueComparer.Compare(v, literal, type) < 0,
            "<=" => n => path.Read(store, table, n) is { } v && ValueComparer.Compare(v, literal, type) <= 0,
            ">" => n => path.Read(store, table, n) is { } v && ValueComparer.Compare(v, literal, type) > 0,
            _ => n => path.Read(store, table, n) is { } v && ValueComparer.Compare(v, literal, type) >= 0,
        };
    }

    private FieldPath Resolve(SoqlFieldRef reference) => FieldPath.Resolve(reference, table.Schema, store.Schemas);

    /// <summary>The literal as a value of the field's type, or null for NULL; throws when the types do not fit.</summary>
    private static object? Convert(FieldDefinition field, SoqlLiteral literal, string op)
    {
        var type = field.Type;
        if (literal.Kind == SoqlLiteralKind.Null)
        {
            return op is "=" or "!=" or "IN" ? null : throw Mismatch(field, literal, "a non-null value");
        }

        return type switch
        {
            _ when type.IsIdLike() => literal.Kind == SoqlLiteralKind.String
                ? SalesforceId.TryNormalize((string)literal.Value!, out var id) ? id : throw new SoqlException("INVALID_QUERY_FILTER_OPERATOR", $"invalid ID field: {literal.Value}", literal.Position)
                : throw Mismatch(field, literal, "id"),
            _ when type.IsText() => literal.Kind == SoqlLiteralKind.String ? literal.Value : throw Mismatch(field, literal, "string"),
            _ when type.IsNumber() => literal.Kind == SoqlLiteralKind.Number ? literal.Value : throw Mismatch(field, literal, type == FieldType.Int ? "int" : "double"),
            FieldType.Boolean => literal.Kind == SoqlLiteralKind.Boolean ? literal.Value : throw Mismatch(field, literal, "boolean"),
            FieldType.Date => literal.Kind == SoqlLiteralKind.Date ? literal.Value : throw Mismatch(field, literal, "date"),
            _ => literal.Kind == SoqlLiteralKind.DateTime ? literal.Value : throw Mismatch(field, literal, "dateTime"),
        };
    }

    private static SoqlException Mismatch(FieldDefinition field, SoqlLiteral literal, string expected)
    {
        var quoted = expected is "string" or "id";
        return new SoqlException(
            "INVALID_QUERY_FILTER_OPERATOR",
            $"value of filter criterion for field '{field.Name}' must be of type {expected} and should {(quoted ? "" : "not ")}be enclosed in quotes",
            literal.Position);
    }
}
