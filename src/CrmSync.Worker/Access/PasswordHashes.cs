using Microsoft.AspNetCore.Identity;

namespace CrmSync.Worker.Access;

/// <summary>
/// Basic-auth passwords as ASP.NET Identity stores them (format v3: PBKDF2 with HMAC-SHA512, 100,000 iterations, a
/// random salt), so the configuration only ever holds a hash.
/// </summary>
public static class PasswordHashes
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public static string Hash(string password) => Hasher.HashPassword(User, password);

    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A version-3 Identity hash: base64 starting with the format marker 0x01.</summary>
    public static bool IsHash(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }
}
