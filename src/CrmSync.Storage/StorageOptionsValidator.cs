using Npgsql;

namespace CrmSync.Storage;

/// <summary>Start-up checks of <see cref="StorageOptions"/>; messages name the option, never a secret.</summary>
public static class StorageOptionsValidator
{
    public static IReadOnlyList<string> Validate(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.UsesPostgres)
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            }
            catch (ArgumentException)
            {
                // The parser's message can quote the string, which may hold a password: say only where it is.
                errors.Add($"{nameof(StorageOptions)}.{nameof(StorageOptions.PostgresConnectionString)} is not a valid Npgsql connection string.");
            }

            return errors;
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add($"{nameof(StorageOptions)}.{nameof(StorageOptions.DataDirectory)} is empty; set the directory of the SQLite file.");
        }

        if (string.IsNullOrWhiteSpace(options.SqliteFileName))
        {
            errors.Add($"{nameof(StorageOptions)}.{nameof(StorageOptions.SqliteFileName)} is empty; set the SQLite file name.");
        }
        else if (options.SqliteFileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            errors.Add($"{nameof(StorageOptions)}.{nameof(StorageOptions.SqliteFileName)} '{options.SqliteFileName}' is not a valid file name.");
        }

        return errors;
    }

    public static void ThrowIfInvalid(StorageOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid storage options: " + string.Join(" ", errors));
        }
    }
}
