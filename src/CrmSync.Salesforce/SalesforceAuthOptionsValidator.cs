namespace CrmSync.Salesforce;

/// <summary>The <c>Auth</c> section's rules. Secret values are never echoed in a problem.</summary>
internal static class SalesforceAuthOptionsValidator
{
    public static void Validate(string configPrefix, SalesforceAuthOptions a, Action<string, string> problem)
    {
        const string section = "Auth";
        var env = $"{configPrefix.Replace(":", "__", StringComparison.Ordinal)}__{section}__";
        if (string.IsNullOrWhiteSpace(a.ClientId))
            problem($"{section}:{nameof(a.ClientId)}", "is required (the connected app's consumer key)");
        else if (HasBadCharacters(a.ClientId))
            problem($"{section}:{nameof(a.ClientId)}", "contains whitespace or control characters");

        if (a.Flow == SalesforceAuthFlow.ClientCredentials)
        {
            if (string.IsNullOrWhiteSpace(a.ClientSecret))
                problem($"{section}:{nameof(a.ClientSecret)}", $"is required for Auth:Flow ClientCredentials (set it via environment {env}{nameof(a.ClientSecret)})");
            else if (HasBadCharacters(a.ClientSecret))
                problem($"{section}:{nameof(a.ClientSecret)}", "contains whitespace or control characters (check how the secret was pasted; the value is not shown)");
            return;
        }

        if (string.IsNullOrWhiteSpace(a.Username))
            problem($"{section}:{nameof(a.Username)}", "is required for Auth:Flow JwtBearer (the integration user's username, the JWT's sub)");
        if (a.Audience is not null && !SalesforceConnectorOptionsValidator.IsHttpUrl(a.Audience))
            problem($"{section}:{nameof(a.Audience)}", "must be an absolute http(s) URL such as https://login.salesforce.com");

        var hasPath = !string.IsNullOrWhiteSpace(a.PrivateKeyPath);
        var hasVariable = !string.IsNullOrWhiteSpace(a.PrivateKeyEnvironmentVariable);
        if (hasPath == hasVariable)
        {
            problem($"{section}:{nameof(a.PrivateKeyPath)}",
                $"give exactly one of {section}:{nameof(a.PrivateKeyPath)} (a PEM or .pfx file) and {section}:{nameof(a.PrivateKeyEnvironmentVariable)} (a variable holding the PEM) for Auth:Flow JwtBearer");
        }
        else if (hasPath && !File.Exists(a.PrivateKeyPath))
        {
            problem($"{section}:{nameof(a.PrivateKeyPath)}", $"no file at '{a.PrivateKeyPath}'");
        }
        else if (hasVariable && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(a.PrivateKeyEnvironmentVariable!)))
        {
            problem($"{section}:{nameof(a.PrivateKeyEnvironmentVariable)}", $"the environment variable '{a.PrivateKeyEnvironmentVariable}' is not set or empty");
        }
    }

    private static bool HasBadCharacters(string value) => value.Any(char.IsWhiteSpace) || value.Any(char.IsControl);
}
