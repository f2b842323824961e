using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Measurements;

public sealed class PostgresStoreThroughputMeasurements(PostgresStoreFixture fixture)
    : StoreThroughputMeasurements(fixture), IClassFixture<PostgresStoreFixture>;
