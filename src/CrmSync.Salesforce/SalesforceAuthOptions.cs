namespace CrmSync.Salesforce;

/// <summary>
/// <c>CrmSync:Connectors:{name}:Auth</c>. Secrets (<see cref="ClientSecret"/>, the private key and its password) come
/// from the environment; they are never logged, put in an exception, a job argument or the store.
/// </summary>
public sealed class SalesforceAuthOptions
{
    public SalesforceAuthFlow Flow { get; set; } = SalesforceAuthFlow.JwtBearer;

    /// <summary>The connected app's consumer key (client_id; the JWT's <c>iss</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>Client credentials only: the consumer secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>JWT bearer only: the integration user's username (the JWT's <c>sub</c>).</summary>
    public string? Username { get; set; }

    /// <summary>JWT bearer only: the JWT's <c>aud</c>; default <c>https://test.salesforce.com</c> for a test.salesforce.com login URL, else <c>https://login.salesforce.com</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>JWT bearer: a file holding the RSA private key (PEM) or a PKCS#12 bundle (.pfx/.p12) with it.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>JWT bearer: the name of an environment variable holding the PEM private key (or a base64 PKCS#12 bundle).</summary>
    public string? PrivateKeyEnvironmentVariable { get; set; }

    /// <summary>The password of an encrypted PEM key or of a PKCS#12 bundle.</summary>
    public string? PrivateKeyPassword { get; set; }

    /// <summary>A copy of every setting (MemberwiseClone), so a setting added later is never dropped.</summary>
    internal SalesforceAuthOptions Copy()
    {
        return (SalesforceAuthOptions)MemberwiseClone();
    }
}
