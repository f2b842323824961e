using Npgsql;

namespace CrmSync.ScaleBench;

/// <summary>The bench's own database on the CRMSYNC_TEST_PG server: the replicas' Hangfire and store, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly bool _keep;

    private BenchDatabase(string admin, string name, bool keep)
    {
        _admin = admin;
        _keep = keep;
        Name = name;
        // Each replica runs up to ~10 workers plus Hangfire's own processes and the store: a small pool per process keeps
        // three replicas well inside a shared server's max_connections.
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 40 }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 4 }.ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The bench's own connections, for its queries.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static async Task<BenchDatabase> CreateAsync(bool keep)
    {
        var admin = Environment.GetEnvironmentVariable("CRMSYNC_TEST_PG");
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException("CRMSYNC_TEST_PG is not set: the bench needs a PostgreSQL server (its own database is created there and dropped afterwards).");
        var name = $"crmsync_scale_{DateTime.UtcNow:yyyyMMdd_HHmmss}";
        await using (var server = NpgsqlDataSource.Create(admin))
        await using (var create = server.CreateCommand($"CREATE DATABASE \"{name}\""))
            await create.ExecuteNonQueryAsync();
        return new BenchDatabase(admin, name, keep);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_keep)
        {
            Console.WriteLine($"Kept database {Name}.");
            return;
        }

        await using var server = NpgsqlDataSource.Create(_admin);
        await using var drop = server.CreateCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
