using System.Globalization;
using System.Text;

namespace CrmSync.Core.WriteBack;

/// <summary>
/// A flat JSON object of strings in the RFC 8785 (JCS) form: keys sorted by UTF-16 code units, no whitespace,
/// only <c>"</c>, <c>\</c> and control characters escaped. Written by hand so stored fingerprints never change
/// with a serializer's defaults.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(IReadOnlyDictionary<string, string?> values)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in values.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            AppendString(builder, key);
            builder.Append(':');
            AppendString(builder, value!);
        }

        return builder.Append('}').ToString();
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
