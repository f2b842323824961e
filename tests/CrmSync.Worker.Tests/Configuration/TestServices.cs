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

    public static ServiceProvider For(IConfiguration configuration) =>
        new ServiceCollection().AddSingleton(configuration).AddCrmSyncConfiguration(configuration).AddCrmSyncPlugins().BuildServiceProvider();

    public static ConfigurationChecker Checker(IConfiguration configuration) => For(configuration).GetRequiredService<ConfigurationChecker>();

    public static IReadOnlyList<ConfigurationProblem> Check(IConfiguration configuration) => Checker(configuration).Check(configuration);
}
