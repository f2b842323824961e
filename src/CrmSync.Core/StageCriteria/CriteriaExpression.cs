using System.Globalization;
using NCalc;
using NCalc.Handlers;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// A criterion's free expression, parsed and checked once (NCalc 7, no code execution): only the names of
/// <see cref="ExpressionVocabulary"/> are allowed, so a misspelt field or function is found by <c>config check</c>,
/// not on a record. Evaluated per record with its values as parameters; the result must be a boolean.
/// </summary>
public sealed class CriteriaExpression
{
    private readonly string _text;

    private CriteriaExpression(string text, IReadOnlyList<string> parameters)
    {
        _text = text;
        Parameters = parameters;
    }

    /// <summary>The identifiers the expression reads.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Parses and checks <paramref name="text"/>; <paramref name="problem"/> says what is wrong (no key).</summary>
    public static CriteriaExpression? TryParse(string text, out string? problem)
    {
        var expression = New(text);
        if (expression.HasErrors())
        {
            problem = $"is not a valid expression: {expression.Error?.InnerException?.Message ?? expression.Error?.Message}";
            return null;
        }

        var unknownFunctions = expression.GetFunctionNames().Where(f => !ExpressionVocabulary.IsFunction(f)).Distinct().ToList();
        var unknownNames = expression.GetParameterNames().Where(p => !ExpressionVocabulary.IsIdentifier(p)).Distinct().ToList();
        if (unknownFunctions.Count > 0 || unknownNames.Count > 0)
        {
            var parts = new List<string>();
            if (unknownNames.Count > 0)
                parts.Add($"unknown field(s) {string.Join(", ", unknownNames.Select(n => $"'{n}'"))}");
            if (unknownFunctions.Count > 0)
                parts.Add($"unknown function(s) {string.Join(", ", unknownFunctions.Select(n => $"'{n}'"))}");
            problem = $"'{text}' uses {string.Join(" and ", parts)}; fields are canonical field names, association counts " +
                      $"(contacts_count, …), today, now and days_in_stage; functions are {string.Join(", ", ExpressionVocabulary.CrmSyncFunctions.Concat(ExpressionVocabulary.BuiltInFunctions))}";
            return null;
        }

        problem = null;
        return new CriteriaExpression(text, expression.GetParameterNames().Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Whether the expression holds for these values; an expression that does not give a boolean throws.</summary>
    /// <exception cref="FormatException">The expression failed on these values or did not give true/false.</exception>
    public bool Evaluate(IReadOnlyDictionary<string, object?> values, DateTimeOffset now)
    {
        var expression = New(_text);
        foreach (var name in Parameters)
            expression.Parameters[name] = values.GetValueOrDefault(name);
        expression.Functions["is_blank"] = args => args.Evaluate(0) is null or "";
        expression.Functions["days_since"] = args => Days(args, now, since: true);
        expression.Functions["days_until"] = args => Days(args, now, since: false);
        object? result;
        try
        {
            result = expression.Evaluate();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"expression '{_text}' failed: {e.Message}", e);
        }

        return result as bool? ?? throw new FormatException($"expression '{_text}' gave '{result}', not true or false");
    }

    private static Expression New(string text) => new(text, CultureInfo.InvariantCulture);

    private static object? Days(FunctionData args, DateTimeOffset now, bool since)
    {
        if (args.Evaluate(0) is not DateTime date)
            return null;
        var days = (now.UtcDateTime.Date - date.Date).TotalDays;
        return (decimal)Math.Floor(since ? days : -days);
    }
}
