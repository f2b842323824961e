using Npgsql;

namespace CrmSync.AlertBudgetRun;

/// <summary>A database of its own on the given PostgreSQL server for one acceptance run, dropped afterwards.</summary>
public sealed class BenchDatabase(string admin, string name) : IAsyncDisposable
{
    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

    /// <returns>Null without a server (the run then uses SQLite).</returns>
    public static async Task<BenchDatabase?> CreateAsync(string? admin)
    {
        if (string.IsNullOrWhiteSpace(admin))
            return null;
        var database = new BenchDatabase(admin, $"crmsync_alert_budget_run_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    private string Name => name;

    public ValueTask DisposeAsync() => new(ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));

    private async Task ExecuteAsync(string sql)
    {
        await using var server = NpgsqlDataSource.Create(admin);
        await server.CreateCommand(sql).ExecuteNonQueryAsync();
    }
}
