using System.Net;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Access;

/// <summary>The checks of <c>CrmSync:Access</c> that <c>config check</c> and start-up run, each naming its key.</summary>
public static class AccessOptionsValidator
{
    public static IEnumerable<ConfigurationProblem> Check(AccessOptions options, string crmSyncPath)
    {
        var path = $"{crmSyncPath}:Access";
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
                yield return new($"{path}:KnownProxies:{i}", $"must be an IP address, got '{options.KnownProxies[i]}'");
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out _))
                yield return new($"{path}:KnownNetworks:{i}", $"must be a network in CIDR notation such as 10.0.0.0/8, got '{options.KnownNetworks[i]}'");
        }

        var problems = options.Mode switch
        {
            AccessMode.Basic => CheckBasic(options.Basic, $"{path}:Basic"),
            AccessMode.OpenIdConnect => CheckOpenIdConnect(options.OpenIdConnect, $"{path}:OpenIdConnect"),
            _ => [],
        };
        foreach (var problem in problems)
            yield return problem;
    }

    private static IEnumerable<ConfigurationProblem> CheckBasic(BasicAccessOptions basic, string path)
    {
        if (basic.Users.Count == 0)
            yield return new($"{path}:Users", "Mode is Basic but no user is configured");
        foreach (var (name, user) in basic.Users)
        {
            if (string.IsNullOrWhiteSpace(user.PasswordHash))
                yield return new($"{path}:Users:{name}:PasswordHash", "missing: make one with `crmsync hash-password` and put it in a secret");
            else if (!PasswordHashes.IsHash(user.PasswordHash))
                yield return new($"{path}:Users:{name}:PasswordHash", "is not a password hash made by `crmsync hash-password` (never put the password itself here)");
        }
    }

    private static IEnumerable<ConfigurationProblem> CheckOpenIdConnect(OpenIdConnectAccessOptions oidc, string path)
    {
        if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            yield return new($"{path}:Authority", $"must be the provider's absolute URL, got '{oidc.Authority}'");
        else if (authority.Scheme == "http" && oidc.RequireHttpsMetadata)
            yield return new($"{path}:Authority", "must be https (RequireHttpsMetadata is true)");
        if (string.IsNullOrWhiteSpace(oidc.ClientId))
            yield return new($"{path}:ClientId", "missing: the client id registered with the provider");
        if (string.IsNullOrWhiteSpace(oidc.RoleClaim))
            yield return new($"{path}:RoleClaim", "must name the claim carrying roles or groups");
    }
}
