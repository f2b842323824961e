using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Configuration;

/// <summary>Start-up validation of each named connector: the same reading as <c>config check</c>.</summary>
public sealed class ConnectorConfigurationValidator(IConfiguration configuration, ConnectorSectionReader reader)
    : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var problems = new List<ConfigurationProblem>();
        reader.Read(configuration.GetSection($"{ConnectorOptions.Section}:{name}"), problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }
}
