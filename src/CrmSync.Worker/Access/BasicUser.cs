namespace CrmSync.Worker.Access;

/// <summary>One basic-auth user: <c>CrmSync:Access:Basic:Users:&lt;name&gt;</c>.</summary>
public sealed class BasicUser
{
    /// <summary>An ASP.NET Identity password hash (PBKDF2) made by <c>crmsync hash-password</c>; put it in a secret.</summary>
    public string? PasswordHash { get; set; }

    public AccessRole Role { get; set; } = AccessRole.ReadOnly;
}
