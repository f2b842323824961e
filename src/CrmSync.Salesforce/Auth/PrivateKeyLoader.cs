using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CrmSync.Core.Connectors;

namespace CrmSync.Salesforce.Auth;

/// <summary>
/// Loads the connected app's RSA private key for JWT assertions: a PEM file (PKCS#8, PKCS#1 or encrypted PKCS#8), a
/// PKCS#12 bundle (.pfx/.p12), or the PEM text (or a base64 PKCS#12 bundle) in an environment variable. Errors name
/// the key and the file or variable, never the key material or its password.
/// </summary>
internal static class PrivateKeyLoader
{
    public static RSA Load(string connector, string configPrefix, SalesforceAuthOptions auth)
    {
        var source = auth.PrivateKeyPath is { Length: > 0 } path ? $"the file '{path}' ({configPrefix}:Auth:PrivateKeyPath)"
            : $"the environment variable '{auth.PrivateKeyEnvironmentVariable}' ({configPrefix}:Auth:PrivateKeyEnvironmentVariable)";
        try
        {
            return auth.PrivateKeyPath is { Length: > 0 } file ? FromFile(file, auth.PrivateKeyPassword) : FromVariable(auth);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // The inner exception is left out: a parser's message may quote part of what it read.
            throw new CrmConnectorException(connector, CrmFailureKind.Authentication,
                $"cannot read the JWT private key from {source}: {e.GetType().Name}. Give an RSA private key in PEM " +
                "(BEGIN PRIVATE KEY / BEGIN RSA PRIVATE KEY / BEGIN ENCRYPTED PRIVATE KEY with Auth:PrivateKeyPassword) or a .pfx/.p12 bundle.");
        }
    }

    private static RSA FromFile(string path, string? password)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        return text.Contains("-----BEGIN", StringComparison.Ordinal) ? FromPem(text, password) : FromPkcs12(bytes, password);
    }

    private static RSA FromVariable(SalesforceAuthOptions auth)
    {
        var value = Environment.GetEnvironmentVariable(auth.PrivateKeyEnvironmentVariable!)
            ?? throw new ArgumentException("the variable is not set");
        return value.Contains("-----BEGIN", StringComparison.Ordinal)
            ? FromPem(value.Replace("\\n", "\n", StringComparison.Ordinal), auth.PrivateKeyPassword)
            : FromPkcs12(Convert.FromBase64String(value.Trim()), auth.PrivateKeyPassword);
    }

    private static RSA FromPem(string pem, string? password)
    {
        var rsa = RSA.Create();
        if (pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
            rsa.ImportFromEncryptedPem(pem, password ?? "");
        else
            rsa.ImportFromPem(pem);
        return rsa;
    }

    private static RSA FromPkcs12(byte[] bytes, string? password)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.GetRSAPrivateKey() ?? throw new ArgumentException("the bundle holds no RSA private key");
    }
}
