using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace CrmSync.MetricsBench;

/// <summary>DuckDB's side: the same rows appended into an in-memory database, then <see cref="MetricsSql"/> N times.</summary>
internal static class DuckDbSide
{
    public static SideResult Run(BenchSettings settings)
    {
        var load = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var sink = new DuckDbSink(connection))
        {
            new BenchGenerator(settings).Generate(sink);
            sink.Spend();
        }

        Execute(connection, "CREATE TABLE periods (label VARCHAR, p_from BIGINT, p_to BIGINT);" + string.Concat(
            BenchSettings.Periods.Select(p => $"INSERT INTO periods VALUES ('{p.Label}', {p.From.Ticks}, {p.To.Ticks});")));
        load.Stop();

        var loadPeak = SideResult.EndLoading();
        var options = settings.Options();
        var asOf = BenchSettings.AsOf.Ticks;
        var window = options.CohortWindowDays * TimeSpan.TicksPerDay;
        var result = new SideResult { Side = "DuckDB", LoadSeconds = load.Elapsed.TotalSeconds, LoadPeakMb = loadPeak };
        for (var run = 0; run < settings.Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            Execute(connection, MetricsSql.Setup(asOf, window));
            result.Results = [];
            Read(connection, MetricsQueries.Wide(asOf, window, options.GrossMargin!.Value, options.LifetimeCapMonths, options.SlaMinutes), result.Results);
            Read(connection, MetricsQueries.Stages(asOf, window, options.MinSampleForBenchmarks), result.Results);
            Read(connection, GapQueries.Contacts(asOf, window), result.Results);
            result.Seconds.Add(clock.Elapsed.TotalSeconds);
        }

        result.PeakMb = SideResult.PeakResidentMb();
        return result;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Rows of (label, key, value), or a label and one column per metric key.</summary>
    private static void Read(DuckDBConnection connection, string sql, Dictionary<string, Dictionary<string, double?>> results)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var longForm = reader.FieldCount == 3 && reader.GetName(1) == "key";
        while (reader.Read())
        {
            var label = reader.GetString(0);
            if (!results.TryGetValue(label, out var metrics))
                results[label] = metrics = [];
            if (longForm)
            {
                metrics[reader.GetString(1)] = Value(reader, 2);
                continue;
            }

            for (var i = 1; i < reader.FieldCount; i++)
                metrics[reader.GetName(i)] = Value(reader, i);
        }
    }

    private static double? Value(DbDataReader reader, int i) => reader.IsDBNull(i)
        ? null
        : reader.GetValue(i) switch
        {
            System.Numerics.BigInteger big => (double)big,
            var other => Convert.ToDouble(other, System.Globalization.CultureInfo.InvariantCulture),
        };
}
