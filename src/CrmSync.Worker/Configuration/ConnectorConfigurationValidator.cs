using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Configuration;

/// <summary>Start-up validation of each named connector: the same reading as <c>config check</c>, kept for the jobs.</summary>
public sealed class ConnectorConfigurationValidator(ConnectorSettingsProvider settings) : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var problems = new List<ConfigurationProblem>();
        settings.TryGet(name ?? "", problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }
}
