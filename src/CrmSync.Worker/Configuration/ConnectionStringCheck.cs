using Npgsql;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// <c>ConnectionStrings:CrmSync</c>, checked by <c>config check</c> and before the host starts. Messages name the
/// keyword at fault, never a value: the string may hold a password.
/// </summary>
public static class ConnectionStringCheck
{
    public const string Name = "CrmSync";
    public const string Key = $"{ConfigurationChecker.ConnectionStringsSection}:{Name}";

    /// <summary>Null when the string is unset (the embedded default) or a valid Npgsql connection string.</summary>
    public static string? Problem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || TryParse(connectionString))
            return null;
        var known = new NpgsqlConnectionStringBuilder();
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (TryParse(parts[i]))
                continue;
            var equals = parts[i].IndexOf('=');
            if (equals <= 0)
                return $"is not a valid PostgreSQL connection string: part {i + 1} is not keyword=value";
            var keyword = parts[i][..equals].Trim();
            return known.ContainsKey(keyword)
                ? $"is not a valid PostgreSQL connection string: the value of '{keyword}' is invalid"
                : $"is not a valid PostgreSQL connection string: unknown keyword '{keyword}'";
        }

        return "is not a valid PostgreSQL connection string";
    }

    private static bool TryParse(string text)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
