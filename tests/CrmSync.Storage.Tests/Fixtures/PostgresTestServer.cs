namespace CrmSync.Storage.Tests.Fixtures;

/// <summary>The PostgreSQL server for tests comes from CRMSYNC_TEST_PG; CI must have one, a developer may not.</summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "CRMSYNC_TEST_PG";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the calling test without a server, or fails it when running in CI.</summary>
    public static string RequireAdminConnectionString()
    {
        if (AdminConnectionString is { } connectionString)
        {
            return connectionString;
        }

        const string Reason = $"PostgreSQL tests need {EnvironmentVariable} (an admin connection string, e.g. from " +
            "`bash .ci/start-postgres.sh | tail -1`).";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(Reason + " CI=true, so a missing server is a failure, not a skip.");
        }

        Assert.Skip(Reason);
        return string.Empty;
    }
}
