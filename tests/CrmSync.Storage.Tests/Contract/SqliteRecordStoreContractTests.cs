using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Contract;

public sealed class SqliteRecordStoreContractTests(SqliteStoreFixture fixture)
    : RecordStoreContractTests(fixture), IClassFixture<SqliteStoreFixture>;
