using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Properties;

namespace CrmSync.Sandbox.Search;

/// <summary>
/// Reads PublicObjectSearchRequest, accepting the omissions real clients make, and enforces HubSpot's limits:
/// a body of at most 3,000 characters, 5 groups, 10 filters per group, 25 in total, limit ≤ 200, after + limit ≤ 10,000.
/// </summary>
internal static class SearchRequestParser
{
    public const int MaxGroups = 5;
    public const int MaxFiltersPerGroup = 10;
    public const int MaxFilters = 25;
    public const int MaxLimit = 200;
    public const int MaxResults = 10_000;
    public const int MaxBodyCharacters = 3_000;

    public static SearchRequest? Parse(JsonElement? body, PropertyCatalog catalog, ObjectTypeInfo type, out SandboxResponse? error)
    {
        error = null;
        if (body is { } whole && whole.GetRawText().Length is var length && length > MaxBodyCharacters)
        {
            // HubSpot counts the whole body (properties, filters, sorts): a long property list is the usual culprit.
            error = ErrorResponses.Validation(
                $"The search request body has {length} characters; at most {MaxBodyCharacters} are allowed. Request fewer properties or filters.");
            return null;
        }

        var root = body is { ValueKind: JsonValueKind.Object } element ? element : default;
        var groupsElement = Member(root, "filterGroups");
        var groups = new List<IReadOnlyList<CompiledFilter>>();
        var groupCount = groupsElement.ValueKind == JsonValueKind.Array ? groupsElement.GetArrayLength() : 0;
        if (groupCount > MaxGroups)
        {
            error = ErrorResponses.Validation($"Too many filter groups: {groupCount}. A search may have at most {MaxGroups} filterGroups.");
            return null;
        }

        var total = 0;
        for (var g = 0; g < groupCount; g++)
        {
            var filters = Member(groupsElement[g], "filters");
            var count = filters.ValueKind == JsonValueKind.Array ? filters.GetArrayLength() : 0;
            total += count;
            if (count > MaxFiltersPerGroup || total > MaxFilters)
            {
                error = ErrorResponses.Validation(
                    $"Too many filters: filterGroups[{g}] has {count}. At most {MaxFiltersPerGroup} filters per group and {MaxFilters} in total are allowed.");
                return null;
            }

            var group = new List<CompiledFilter>(count);
            for (var f = 0; f < count; f++)
            {
                if (Filter(filters[f], catalog, type, $"filterGroups[{g}].filters[{f}]", out error) is not { } filter)
                {
                    return null;
                }

                group.Add(filter);
            }

            groups.Add(group);
        }

        var limit = Member(root, "limit") is { ValueKind: JsonValueKind.Number } l ? l.GetInt32() : 10;
        var afterText = Member(root, "after") is { ValueKind: JsonValueKind.String or JsonValueKind.Number } a
            ? a.ValueKind == JsonValueKind.Number ? a.GetRawText() : a.GetString()
            : null;
        var offset = 0;
        if (!string.IsNullOrEmpty(afterText) && (!int.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            error = ErrorResponses.Validation($"after must be a non-negative integer offset (was '{afterText}')");
            return null;
        }

        if (limit is < 0 or > MaxLimit)
        {
            error = ErrorResponses.Validation($"limit must be between 0 and {MaxLimit} (was {limit})");
            return null;
        }

        if ((long)offset + limit > MaxResults)
        {
            error = ErrorResponses.Validation(
                $"The search API returns at most {MaxResults} results per query: after={offset} with limit={limit} goes past result {MaxResults}. Narrow the filters instead.");
            return null;
        }

        if (!TrySort(Member(root, "sorts"), catalog, type, out var sortProperty, out var descending, out error))
        {
            return null;
        }

        var properties = Member(root, "properties") is { ValueKind: JsonValueKind.Array } p
            ? p.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var query = Member(root, "query") is { ValueKind: JsonValueKind.String } q ? q.GetString() : null;
        var key = $"{Member(root, "filterGroups").ToString()}|{sortProperty}|{descending}|{query}";
        return new SearchRequest(groups, sortProperty, descending, properties, limit, offset, query, key);
    }

    private static CompiledFilter? Filter(JsonElement element, PropertyCatalog catalog, ObjectTypeInfo type, string where, out SandboxResponse? error)
    {
        error = null;
        var name = Member(element, "propertyName").ValueKind == JsonValueKind.String ? Member(element, "propertyName").GetString() : null;
        var op = Member(element, "operator").ValueKind == JsonValueKind.String ? Member(element, "operator").GetString() : null;
        if (name is null || catalog.Find(type.Kind, name) is not { } definition)
        {
            error = ErrorResponses.Validation($"{where}: property '{name}' does not exist on {type.Name}");
            return null;
        }

        if (op is null || !CompiledFilter.Operators.Contains(op))
        {
            error = ErrorResponses.Validation($"{where}: operator '{op}' is not one of {string.Join(", ", CompiledFilter.Operators)}");
            return null;
        }

        var value = Scalar(Member(element, "value"));
        var high = Scalar(Member(element, "highValue"));
        var values = Member(element, "values") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(v => Scalar(v) ?? "").ToList() : [];
        var kind = SearchValues.KindOf(definition.Type);
        var missing = op switch
        {
            "HAS_PROPERTY" or "NOT_HAS_PROPERTY" => null,
            "IN" or "NOT_IN" => values.Count == 0 ? "values" : null,
            "BETWEEN" => value is null ? "value" : high is null ? "highValue" : null,
            _ => value is null ? "value" : null,
        };
        var unparsable = kind == FilterValueKind.Text ? null
            : new[] { value, high }.Concat(values).FirstOrDefault(v => v is not null && !SearchValues.TryNumber(v, kind, out _));
        if (missing is not null || unparsable is not null)
        {
            error = ErrorResponses.Validation(missing is not null
                ? $"{where}: operator {op} needs '{missing}'"
                : $"{where}: '{unparsable}' is not a valid {(kind == FilterValueKind.Number ? "number" : "datetime (epoch milliseconds)")} for {name}");
            return null;
        }

        return new CompiledFilter(name, op, kind, value, high, values);
    }

    /// <summary>Sorts come as objects {propertyName, direction} or strings ("createdate", "-createdate"); only the first is used.</summary>
    private static bool TrySort(JsonElement sorts, PropertyCatalog catalog, ObjectTypeInfo type, out string? property, out bool descending, out SandboxResponse? error)
    {
        property = null;
        descending = false;
        error = null;
        if (sorts.ValueKind != JsonValueKind.Array || sorts.GetArrayLength() == 0)
        {
            return true;
        }

        var first = sorts[0];
        if (first.ValueKind == JsonValueKind.String)
        {
            var text = first.GetString() ?? "";
            descending = text.StartsWith('-');
            property = text.TrimStart('-');
        }
        else
        {
            property = Member(first, "propertyName").ValueKind == JsonValueKind.String ? Member(first, "propertyName").GetString() : null;
            descending = string.Equals(Scalar(Member(first, "direction")), "DESCENDING", StringComparison.OrdinalIgnoreCase);
        }

        if (property is null || catalog.Find(type.Kind, property) is null)
        {
            error = ErrorResponses.Validation($"sorts[0]: property '{property}' does not exist on {type.Name}");
            return false;
        }

        return true;
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };
}
