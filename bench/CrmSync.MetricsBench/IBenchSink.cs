namespace CrmSync.MetricsBench;

/// <summary>Where the generator's rows go: the CrmSync input builder, or DuckDB's appenders. Instants are UTC ticks.</summary>
internal interface IBenchSink
{
    void Stage(string pipeline, string stage, int order, bool closed, bool won);

    void Deal(int index, string pipeline, string stage, decimal? amount, long created, long? close, string owner);

    void Entry(int deal, string stage, long at, long seq);

    void Contact(int index, long created, string owner);

    void Lifecycle(int contact, int stage, long at, long seq);

    void Activity(int contact, long at);

    void Revenue(int customer, int year, int month, decimal mrr);

    void Sessions(int year, int month, long sessions);
}
