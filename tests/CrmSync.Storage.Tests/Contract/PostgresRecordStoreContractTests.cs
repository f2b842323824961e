using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Contract;

/// <summary>Needs CRMSYNC_TEST_PG; skipped without it, failed without it when CI=true.</summary>
public sealed class PostgresRecordStoreContractTests(PostgresStoreFixture fixture)
    : RecordStoreContractTests(fixture), IClassFixture<PostgresStoreFixture>;
