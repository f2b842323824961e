using DuckDB.NET.Data;

namespace CrmSync.MetricsBench;

/// <summary>The generator's rows into DuckDB tables through appenders (instants as BIGINT ticks, money as DECIMAL(18,2)).</summary>
internal sealed class DuckDbSink : IBenchSink, IDisposable
{
    public const string Schema = """
        CREATE TABLE stages (pipeline VARCHAR, stage_id VARCHAR, display_order INTEGER, is_closed BOOLEAN, is_won BOOLEAN);
        CREATE TABLE deals (id INTEGER, pipeline VARCHAR, stage_id VARCHAR, amount DECIMAL(18,2), created BIGINT, close_at BIGINT, owner VARCHAR);
        CREATE TABLE history (deal INTEGER, stage_id VARCHAR, entered BIGINT, seq BIGINT);
        CREATE TABLE contacts (id INTEGER, created BIGINT, owner VARCHAR);
        CREATE TABLE lifecycle (contact INTEGER, stage INTEGER, entered BIGINT, seq BIGINT);
        CREATE TABLE activities (contact INTEGER, entered BIGINT);
        CREATE TABLE revenue (customer INTEGER, month INTEGER, mrr DECIMAL(18,2));
        CREATE TABLE sessions (month INTEGER, sessions BIGINT);
        CREATE TABLE spend (month INTEGER, amount DECIMAL(18,2));
        """;

    private readonly Dictionary<string, DuckDBAppender> _appenders = [];
    private readonly DuckDBConnection _connection;

    public DuckDbSink(DuckDBConnection connection)
    {
        _connection = connection;
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    public void Stage(string pipeline, string stage, int order, bool closed, bool won) =>
        Row("stages").AppendValue(pipeline).AppendValue(stage).AppendValue(order).AppendValue(closed).AppendValue(won).EndRow();

    public void Deal(int index, string pipeline, string stage, decimal? amount, long created, long? close, string owner) =>
        Row("deals").AppendValue(index).AppendValue(pipeline).AppendValue(stage).AppendValue(amount).AppendValue(created).AppendValue(close).AppendValue(owner).EndRow();

    public void Entry(int deal, string stage, long at, long seq) => Row("history").AppendValue(deal).AppendValue(stage).AppendValue(at).AppendValue(seq).EndRow();

    public void Contact(int index, long created, string owner) => Row("contacts").AppendValue(index).AppendValue(created).AppendValue(owner).EndRow();

    public void Lifecycle(int contact, int stage, long at, long seq) => Row("lifecycle").AppendValue(contact).AppendValue(stage).AppendValue(at).AppendValue(seq).EndRow();

    public void Activity(int contact, long at) => Row("activities").AppendValue(contact).AppendValue(at).EndRow();

    public void Revenue(int customer, int year, int month, decimal mrr) =>
        Row("revenue").AppendValue(customer).AppendValue((year * 12) + month - 1).AppendValue(mrr).EndRow();

    public void Sessions(int year, int month, long sessions) => Row("sessions").AppendValue((year * 12) + month - 1).AppendValue(sessions).EndRow();

    /// <summary>Spend per measured month, as the engine's configuration holds it.</summary>
    public void Spend()
    {
        for (var m = 1; m <= 12; m++)
            Row("spend").AppendValue((2025 * 12) + m - 1).AppendValue(BenchSettings.SpendFor(m)).EndRow();
    }

    public void Dispose()
    {
        foreach (var appender in _appenders.Values)
            appender.Dispose();
        _appenders.Clear();
    }

    private IDuckDBAppenderRow Row(string table)
    {
        if (!_appenders.TryGetValue(table, out var appender))
            _appenders[table] = appender = _connection.CreateAppender(table);
        return appender.CreateRow();
    }
}
