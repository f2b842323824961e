namespace CrmSync.Storage.Tests.Fixtures;

/// <summary>What the contract tests need from an implementation: a shared initialized store and fresh empty databases.</summary>
public interface IStoreFixture
{
    /// <summary>An initialized store shared by the tests of one class; tests keep apart by connector name.</summary>
    IRecordStore Store { get; }

    /// <summary>
    /// A new empty database. Each call of the returned function opens another, uninitialized store instance
    /// on it, as a second replica would.
    /// </summary>
    Task<Func<IRecordStore>> CreateFreshDatabaseAsync();
}
