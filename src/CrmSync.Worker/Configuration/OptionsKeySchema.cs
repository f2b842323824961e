using System.Globalization;
using System.Reflection;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// The keys an options type accepts, read from the type itself: public properties (case-insensitive, as the binder
/// matches them), any key of a dictionary, an index of a list. Checked before binding so that a misspelt key is
/// reported instead of ignored, and a bad value names its key instead of hiding the others behind a binder exception.
/// </summary>
internal static class OptionsKeySchema
{
    public const string UnknownKey = "unknown key (check its spelling against docs/configuration.md and config/appsettings.example.json)";

    /// <summary>Whether <paramref name="segments"/> from <paramref name="start"/> name a key of <paramref name="type"/>.</summary>
    /// <param name="problem">Set when the key is known but its value does not convert.</param>
    public static bool IsKnown(Type type, IReadOnlyList<string> segments, int start, string? value, out string? problem)
    {
        problem = null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (start == segments.Count)
        {
            if (value is null)
                return true;
            if (!IsLeaf(type))
                return false;
            problem = CheckValue(type, value);
            return true;
        }

        if (IsLeaf(type))
            return false;
        if (DictionaryValueType(type) is { } valueType)
            return IsKnown(valueType, segments, start + 1, value, out problem);
        if (ListItemType(type) is { } itemType)
        {
            return int.TryParse(segments[start], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                   && IsKnown(itemType, segments, start + 1, value, out problem);
        }

        var property = type.GetProperty(segments[start], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || (!property.CanWrite && IsLeaf(property.PropertyType)))
            return false;
        return IsKnown(property.PropertyType, segments, start + 1, value, out problem);
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Uri) || type == typeof(Guid);

    private static Type? DictionaryValueType(Type type) =>
        GenericArguments(type, typeof(IDictionary<,>)) is [var key, var value] && key == typeof(string) ? value : null;

    private static Type? ListItemType(Type type) =>
        type.IsArray ? type.GetElementType() : GenericArguments(type, typeof(ICollection<>)) is [var item] ? item : null;

    private static Type[]? GenericArguments(Type type, Type openInterface)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == openInterface)
            return type.GetGenericArguments();
        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface)?
            .GetGenericArguments();
    }

    private static string? CheckValue(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _)
                ? null
                : $"must be one of {string.Join(", ", Enum.GetNames(type))}, got '{value}'";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean when !bool.TryParse(value, out _) => $"must be true or false, got '{value}'",
            TypeCode.Int32 or TypeCode.Int64 when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
                $"must be a whole number, got '{value}'",
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                $"must be a number, got '{value}'",
            _ when type == typeof(TimeSpan) && !TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _) =>
                $"must be a duration such as 00:05:00 or 1.00:00:00, got '{value}'",
            _ => null,
        };
    }
}
