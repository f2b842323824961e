using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace CrmSync.ScaleBench;

/// <summary>Reads the recurring jobs, the jobs they created and the run history from the bench database.</summary>
internal static class BenchReader
{
    public static async Task<BenchRows> ReadAsync(NpgsqlDataSource db)
    {
        var recurring = new Dictionary<string, (string Cron, string TimeZone)>(StringComparer.Ordinal);
        await using (var command = db.CreateCommand(
            "SELECT key, field, value FROM hangfire.hash WHERE key LIKE 'recurring-job:%' AND field IN ('Cron', 'TimeZoneId')"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = reader.GetString(0)["recurring-job:".Length..];
                var entry = recurring.TryGetValue(id, out var known) ? known : (Cron: "", TimeZone: "UTC");
                recurring[id] = reader.GetString(1) == "Cron" ? (reader.GetString(2), entry.TimeZone) : (entry.Cron, reader.GetString(2));
            }
        }

        var jobs = new List<CreatedJob>();
        await using (var command = db.CreateCommand("""
            SELECT j.id, r.value, t.value, j.statename,
                   (SELECT s.data::jsonb ->> 'ServerId' FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing' ORDER BY s.id DESC LIMIT 1)
            FROM hangfire.job j
            JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId'
            JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                jobs.Add(new CreatedJob(reader.GetInt64(0), Unquote(reader.GetString(1)),
                    DateTimeOffset.FromUnixTimeSeconds(long.Parse(Unquote(reader.GetString(2)), CultureInfo.InvariantCulture)),
                    reader.IsDBNull(3) ? "" : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var runs = new List<RunRow>();
        await using (var command = db.CreateCommand("SELECT id, connector, status, started_at, finished_at, hangfire_job_id FROM crmsync.runs"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                runs.Add(new RunRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        return new BenchRows(recurring, jobs, runs.Where(r => r.HangfireJobId is not null).ToLookup(r => r.HangfireJobId!, StringComparer.Ordinal));
    }

    /// <summary>The Hangfire jobs a replica is running now, by the server id of their Processing state.</summary>
    public static async Task<List<(long JobId, string ServerId)>> ProcessingAsync(NpgsqlDataSource db)
    {
        var result = new List<(long, string)>();
        await using var command = db.CreateCommand("""
            SELECT j.id, (SELECT s.data::jsonb ->> 'ServerId' FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing' ORDER BY s.id DESC LIMIT 1)
            FROM hangfire.job j WHERE j.statename = 'Processing'
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(1))
                result.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return result;
    }

    /// <summary>Job parameters are stored as JSON: a string parameter keeps its quotes.</summary>
    private static string Unquote(string value) =>
        value.StartsWith('"') ? JsonSerializer.Deserialize<string>(value) ?? "" : value;
}
