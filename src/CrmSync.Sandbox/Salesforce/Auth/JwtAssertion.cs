using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace CrmSync.Sandbox.Salesforce.Auth;

/// <summary>
/// Checks a JWT bearer assertion (salesforce-api.md §2.1): RS256, iss = consumer key, sub = the integration user,
/// aud = a login host or the fake itself, exp in the future, and the signature when a public key is configured.
/// Returns the OAuth error (error, description) or null when the assertion is good.
/// </summary>
internal static class JwtAssertion
{
    private static readonly string[] LoginAudiences = ["https://login.salesforce.com", "https://test.salesforce.com"];

    public static (string Error, string Description)? Check(string? assertion, SalesforceOrgOptions options, string baseUrl, long nowMs)
    {
        var parts = assertion?.Split('.') ?? [];
        if (parts.Length != 3)
        {
            return ("invalid_grant", "invalid assertion");
        }

        JsonElement header, payload;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
            payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            return ("invalid_grant", "invalid assertion");
        }

        if (Text(header, "alg") != "RS256")
        {
            return ("invalid_grant", "invalid assertion");
        }

        if (Text(payload, "iss") != options.ClientId)
        {
            return ("invalid_client_id", "client identifier invalid");
        }

        if (!string.Equals(Text(payload, "sub"), options.Username, StringComparison.OrdinalIgnoreCase))
        {
            return ("invalid_grant", "user hasn't approved this consumer");
        }

        var audience = Text(payload, "aud")?.TrimEnd('/');
        if (audience is null || (!LoginAudiences.Contains(audience) && !string.Equals(audience, baseUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            return ("invalid_grant", "audience is invalid");
        }

        if (!payload.TryGetProperty("exp", out var exp) || exp.ValueKind != JsonValueKind.Number || exp.GetInt64() * 1000 <= nowMs)
        {
            return ("invalid_grant", "expired authorization code");
        }

        if (options.JwtPublicKeyPem is { } pem && !Verify(pem, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature))
        {
            return ("invalid_grant", "invalid assertion");
        }

        return null;
    }

    private static bool Verify(string pem, byte[] data, byte[] signature)
    {
        using var rsa = pem.Contains("CERTIFICATE", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(pem).GetRSAPublicKey()!
            : RSA.Create();
        if (!pem.Contains("CERTIFICATE", StringComparison.Ordinal))
        {
            rsa.ImportFromPem(pem);
        }

        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
