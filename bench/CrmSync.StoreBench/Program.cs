using CrmSync.Storage;
using CrmSync.Storage.Postgres;
using CrmSync.Storage.Sqlite;
using CrmSync.StoreBench;
using Npgsql;

// dotnet run -c Release --project bench/CrmSync.StoreBench -- [--postgres "<admin connection string>"] [--contacts N]
// PostgreSQL is measured when --postgres or CRMSYNC_TEST_PG names a server (a scratch database is created and dropped).
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var contacts = int.TryParse(Option("--contacts"), out var n) ? n : 100_000;
var admin = Option("--postgres") ?? Environment.GetEnvironmentVariable("CRMSYNC_TEST_PG");

var directory = Directory.CreateTempSubdirectory("crmsync-storebench-");
try
{
    await StoreVolume.MeasureAsync(new SqliteRecordStore(Path.Combine(directory.FullName, "bench.db")), contacts, Console.Out);
}
finally
{
    directory.Delete(recursive: true);
}

if (string.IsNullOrEmpty(admin))
{
    Console.WriteLine("PostgreSQL: skipped (pass --postgres or set CRMSYNC_TEST_PG)");
    return 0;
}

var database = $"crmsync_bench_{Guid.NewGuid():N}";
await using (var dataSource = NpgsqlDataSource.Create(admin))
    await dataSource.CreateCommand($"CREATE DATABASE \"{database}\"").ExecuteNonQueryAsync();
try
{
    var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    await using var store = PostgresRecordStore.Create(connectionString);
    await StoreVolume.MeasureAsync(store, contacts, Console.Out);
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var dataSource = NpgsqlDataSource.Create(admin);
    await dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)").ExecuteNonQueryAsync();
}

return 0;
