namespace CrmSync.Worker.Access;

/// <summary><c>CrmSync:Access:Basic</c>: the users, by name.</summary>
public sealed class BasicAccessOptions
{
    public Dictionary<string, BasicUser> Users { get; set; } = new(StringComparer.Ordinal);
}
