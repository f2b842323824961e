using Microsoft.Extensions.Options;

namespace CrmSync.HubSpot;

/// <summary>
/// Named-options validation for hosts that bind one <see cref="HubSpotConnectorOptions"/> per connector name
/// (<c>services.AddOptions&lt;HubSpotConnectorOptions&gt;(name).Bind(...).ValidateOnStart()</c>).
/// </summary>
public sealed class HubSpotConnectorOptionsValidation(string sectionPrefix = "CrmSync:Connectors") : IValidateOptions<HubSpotConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotConnectorOptions options)
    {
        var prefix = string.IsNullOrEmpty(name) ? sectionPrefix : $"{sectionPrefix}:{name}";
        var problems = HubSpotConnectorOptionsValidator.Validate(prefix, options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
