using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageCriteria;

/// <summary>Turns configured checks into <see cref="Criterion"/>s, or says (with the key) what is wrong with one.</summary>
public static class CriterionCompiler
{
    public static readonly IReadOnlyList<string> Operators = [">", ">=", "<", "<=", "=", "!="];

    /// <param name="key">The check's configuration key, e.g. <c>…:StageCriteria:Pipelines:default:qualifiedtobuy:Entry:0</c>.</param>
    public static Criterion? Compile(CriterionOptions check, string key, List<string> problems)
    {
        var forms = new[] { check.Required, check.Field, check.Association, check.Expression }.Count(f => !string.IsNullOrWhiteSpace(f));
        if (forms != 1)
        {
            problems.Add($"{key} must have exactly one of Required, Field (with Operator and Value), Association (with AtLeast) or Expression (has {forms}).");
            return null;
        }

        if (!string.IsNullOrWhiteSpace(check.Required))
            return RequiredField(check, key, problems);
        if (!string.IsNullOrWhiteSpace(check.Field))
            return Comparison(check, key, problems);
        if (!string.IsNullOrWhiteSpace(check.Association))
            return Associations(check, key, problems);
        return ExpressionCheck(check, key, problems);
    }

    private static Criterion? RequiredField(CriterionOptions check, string key, List<string> problems)
    {
        var field = check.Required!.Trim();
        if (!KnownField(field, $"{key}:Required", problems))
            return null;
        return new Criterion($"required-{Criterion.Slug(field)}", check.Description ?? $"{field} is required",
            (record, values, _) => values.GetValueOrDefault(field) is not null || !string.IsNullOrWhiteSpace(record.Get(field)));
    }

    private static Criterion? Comparison(CriterionOptions check, string key, List<string> problems)
    {
        var field = check.Field!.Trim();
        var op = check.Operator?.Trim() ?? "";
        var known = KnownField(field, $"{key}:Field", problems);
        var ok = known;
        if (!Operators.Contains(op))
        {
            problems.Add($"{key}:Operator must be one of {string.Join(" ", Operators)} (was '{check.Operator}').");
            ok = false;
        }

        var raw = check.Value?.Trim() ?? "";
        var isDate = ExpressionVocabulary.IsDateField(field);
        object? target = null;
        // The value's type follows from the field's; with an unknown field it cannot be judged (one problem, not two).
        if (known && isDate && !raw.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            target = RecordValues.Typed(field, raw);
            if (target is null)
            {
                problems.Add($"{key}:Value must be a date (yyyy-MM-dd) or 'today' for date field '{field}' (was '{check.Value}').");
                ok = false;
            }
        }
        else if (known && !isDate)
        {
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                problems.Add($"{key}:Value must be a number for field '{field}' (was '{check.Value}').");
                ok = false;
            }

            target = number;
        }

        if (!ok)
            return null;
        return new Criterion($"{Criterion.Slug(field)}-{OperatorName(op)}-{Criterion.Slug(raw)}",
            check.Description ?? $"{field} {op} {raw}",
            (_, values, now) => Compare(values.GetValueOrDefault(field), op, target ?? now.UtcDateTime.Date));
    }

    private static Criterion? Associations(CriterionOptions check, string key, List<string> problems)
    {
        var type = check.Association!.Trim();
        var ok = true;
        if (!ExpressionVocabulary.AssociationTypes.Contains(type))
        {
            problems.Add($"{key}:Association must be one of {string.Join(", ", ExpressionVocabulary.AssociationTypes)} (was '{type}').");
            ok = false;
        }

        if (check.AtLeast is not (>= 1 and <= 1000))
        {
            problems.Add($"{key}:AtLeast must be between 1 and 1000 (was {check.AtLeast?.ToString(CultureInfo.InvariantCulture) ?? "empty"}).");
            ok = false;
        }

        if (!ok)
            return null;
        var atLeast = check.AtLeast!.Value;
        var noun = atLeast == 1 ? type.TrimEnd('s') : type;
        return new Criterion($"{type}-atleast-{atLeast}", check.Description ?? $"at least {atLeast} associated {noun}",
            (record, _, _) => RecordValues.Count(record, type) >= atLeast);
    }

    private static Criterion? ExpressionCheck(CriterionOptions check, string key, List<string> problems)
    {
        var text = check.Expression!.Trim();
        var expression = CriteriaExpression.TryParse(text, out var problem);
        if (expression is null)
        {
            problems.Add($"{key}:Expression {problem}.");
            return null;
        }

        return new Criterion($"expr-{Criterion.Hash(text)}", check.Description ?? text,
            (_, values, now) => expression.Evaluate(values, now));
    }

    private static bool KnownField(string field, string key, List<string> problems)
    {
        if (CanonicalFields.IsCanonical(field))
            return true;
        var near = CanonicalFields.All.OrderByDescending(f => Dedupe.Scoring.EditDistance.Similarity(f, field)).First();
        problems.Add($"{key}: '{field}' is not a canonical field (did you mean '{near}'? see docs/stage-criteria.md).");
        return false;
    }

    private static bool Compare(object? value, string op, object target)
    {
        int order;
        switch (value)
        {
            case null:
                return true; // an empty field is the Required check's business
            case decimal number when target is decimal limit:
                order = number.CompareTo(limit);
                break;
            case DateTime date when target is DateTime limit:
                order = date.Date.CompareTo(limit.Date);
                break;
            default:
                return false; // not a number (or not a date): cannot satisfy a comparison
        }

        return op switch
        {
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            "=" => order == 0,
            _ => order != 0,
        };
    }

    private static string OperatorName(string op) => op switch
    {
        ">" => "gt",
        ">=" => "gte",
        "<" => "lt",
        "<=" => "lte",
        "=" => "eq",
        _ => "ne",
    };
}
