using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmSync.Salesforce.Soql;

/// <summary>
/// The one place values enter SOQL (salesforce-api.md §3.2). Strings are quoted with every reserved character
/// escaped (backslash first); LIKE patterns escape <c>_</c> and <c>%</c> too, wildcards come from code only; ids and
/// identifiers are validated, never escaped; datetimes are unquoted UTC; numbers invariant. Nothing else builds a
/// literal, so no configured or pulled value can change a query's shape.
/// </summary>
internal static partial class Soql
{
    /// <summary>A quoted string literal: <c>O'Brien \ 100%</c> → <c>'O\'Brien \\ 100%'</c>.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
            AppendEscaped(builder, c);
        return builder.Append('\'').ToString();
    }

    /// <summary>A LIKE pattern matching <paramref name="value"/> literally, with <paramref name="prefix"/>/<paramref name="suffix"/> wildcards from code.</summary>
    public static string Like(string value, bool prefix = false, bool suffix = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 4).Append('\'');
        if (prefix)
            builder.Append('%');
        foreach (var c in value)
        {
            if (c is '_' or '%')
                builder.Append('\\').Append(c);
            else
                AppendEscaped(builder, c);
        }

        if (suffix)
            builder.Append('%');
        return builder.Append('\'').ToString();
    }

    /// <summary>A quoted record id, after checking it is one (15 or 18 letters and digits).</summary>
    public static string Id(string id) =>
        IdPattern().IsMatch(id ?? "") ? $"'{id}'" : throw new ArgumentException($"'{id}' is not a Salesforce record id (15 or 18 letters and digits).", nameof(id));

    /// <summary>An object or field name (or a relationship path such as <c>Account.Name</c>), which cannot be escaped: checked instead.</summary>
    public static string Identifier(string name) =>
        name is not null && name.Split('.').All(part => IdentifierPattern().IsMatch(part))
            ? name
            : throw new ArgumentException($"'{name}' is not a valid Salesforce object or field name.", nameof(name));

    /// <summary>An unquoted UTC datetime literal to the second, e.g. <c>2024-07-01T00:00:00Z</c>.</summary>
    public static string DateTime(DateTimeOffset time) => Wire.SalesforceDates.Literal(time);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendEscaped(StringBuilder builder, char c) => builder.Append(c switch
    {
        '\\' => @"\\",
        '\'' => @"\'",
        '"' => "\\\"",
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        '\b' => @"\b",
        '\f' => @"\f",
        _ => c.ToString(),
    });

    [GeneratedRegex(@"^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
