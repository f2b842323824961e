using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Measurements;

public sealed class SqliteStoreThroughputMeasurements(SqliteStoreFixture fixture)
    : StoreThroughputMeasurements(fixture), IClassFixture<SqliteStoreFixture>;
