using System.Security.Cryptography;

namespace CrmSync.Sandbox.Salesforce.Auth;

/// <summary>Issued access tokens and when they were issued; a token works for TokenLifetime after issue. Thread-safe.</summary>
internal sealed class TokenStore(string orgId, SalesforceOrgOptions options)
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
    private readonly Dictionary<string, long> issued = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    /// <summary>"00D…!AQ…": the org id, an exclamation mark and a random session part, as real tokens look.</summary>
    public string Issue(long nowMs)
    {
        var token = orgId[..15] + "!AQ" + RandomNumberGenerator.GetString(TokenAlphabet, 94);
        lock (sync)
        {
            issued[token] = nowMs;
        }

        return token;
    }

    public bool IsValid(string token, long nowMs)
    {
        lock (sync)
        {
            return issued.TryGetValue(token, out var at) && nowMs - at < (long)options.TokenLifetime.TotalMilliseconds;
        }
    }

    /// <summary>Every issued token stops working (an admin revoked the sessions).</summary>
    public void RevokeAll()
    {
        lock (sync)
        {
            issued.Clear();
        }
    }
}
