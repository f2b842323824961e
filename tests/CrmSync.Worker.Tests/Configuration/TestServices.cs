using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Configuration;

/// <summary>The configuration services as the host registers them, over in-memory values.</summary>
internal static class TestServices
{
    public static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    /// <summary>One HubSpot connector, acme, with nothing wrong.</summary>
    public static readonly (string, string?)[] ValidConnector =
    [
        ("CrmSync:Connectors:acme:Kind", "HubSpot"),
        ("CrmSync:Connectors:acme:BaseUrl", "https://api.hubapi.com"),
        ("CrmSync:Connectors:acme:AccessToken", "pat-na1-secret"),
        ("CrmSync:Connectors:acme:Schedules:pipeline:Cron", "*/30 * * * *"),
        ("CrmSync:Connectors:acme:Schedules:pipeline:TimeZone", "Europe/Berlin"),
    ];

    /// <summary>The valid connector with some keys added or replaced.</summary>
    public static IConfiguration ValidWith(params (string Key, string? Value)[] values)
    {
        var all = ValidConnector.ToDictionary(v => v.Item1, v => v.Item2);
        foreach (var (key, value) in values)
            all[key] = value;
        return Config([.. all.Select(kv => (kv.Key, kv.Value))]);
    }

    public static ServiceProvider For(IConfiguration configuration) =>
        new ServiceCollection().AddSingleton(configuration).AddCrmSyncConfiguration(configuration).AddCrmSyncPlugins().BuildServiceProvider();

    public static ConfigurationChecker Checker(IConfiguration configuration) => For(configuration).GetRequiredService<ConfigurationChecker>();

    public static IReadOnlyList<ConfigurationProblem> Check(IConfiguration configuration) => Checker(configuration).Check(configuration);
}
