namespace CrmSync.Core.Dedupe;

/// <summary>Role names and the case-insensitive lookup from a field key to its role.</summary>
public static class FieldRoles
{
    public static readonly IReadOnlyList<FieldRole> All = Enum.GetValues<FieldRole>();

    private static readonly string[] Names = Enum.GetNames<FieldRole>();

    private static readonly Dictionary<string, FieldRole> ByName =
        All.ToDictionary(role => role.ToString(), role => role, StringComparer.OrdinalIgnoreCase);

    public static int Count => Names.Length;

    public static string NameOf(FieldRole role) => Names[(int)role];

    public static bool TryParse(string? name, out FieldRole role)
    {
        if (name is not null && ByName.TryGetValue(name.Trim(), out role))
        {
            return true;
        }

        role = default;
        return false;
    }
}
