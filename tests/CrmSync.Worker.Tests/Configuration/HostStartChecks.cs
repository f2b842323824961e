using CrmSync.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Tests.Configuration;

/// <summary>Start-up validation through the real host: a bad configuration stops <c>StartAsync</c> before any store opens.</summary>
internal static class HostStartChecks
{
    /// <summary>Starts the host on <paramref name="values"/> (SQLite in a fresh data directory) and returns the validation error.</summary>
    public static async Task<OptionsValidationException> RefusedAsync(IEnumerable<(string Key, string? Value)> values)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"crmsync-start-check-{Guid.NewGuid():N}");
        var overrides = new Dictionary<string, string?>(values.Select(v => KeyValuePair.Create(v.Key, v.Value)))
        {
            ["ConnectionStrings:CrmSync"] = "",
            ["CrmSync:DataDirectory"] = dataDirectory,
        };
        await using var app = CrmSyncHost.Build(new HostSettings([], Overrides: overrides));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.False(Directory.Exists(dataDirectory), "no store was opened");
        return error;
    }
}
