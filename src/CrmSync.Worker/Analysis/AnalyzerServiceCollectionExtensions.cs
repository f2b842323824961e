using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Analysis;

public static class AnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers an analyzer: its options are bound and validated per connector on start, its inputs join the pull
    /// plan, its section joins the configuration key schema, and <c>--only {name}</c> selects it.
    /// </summary>
    public static IServiceCollection AddAnalyzer<TAnalyzer, TOptions>(this IServiceCollection services)
        where TAnalyzer : IAnalyzerPlugin<TAnalyzer, TOptions>
        where TOptions : class, IAnalyzerOptions, new()
    {
        var registration = AnalyzerRegistration.For<TAnalyzer, TOptions>();
        if (services.Any(d => d.ImplementationInstance is AnalyzerRegistration r && r.Name == registration.Name))
            throw new InvalidOperationException($"An analyzer named '{registration.Name}' is already registered.");
        services.AddSingleton(registration);
        return services;
    }
}
