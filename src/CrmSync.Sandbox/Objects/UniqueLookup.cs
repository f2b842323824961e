namespace CrmSync.Sandbox.Objects;

/// <summary>idProperty lookups (e.g. contacts by email). A linear scan: fine for tests, slow on 1,000,000 records.</summary>
internal static class UniqueLookup
{
    public static long? Find(ObjectTable table, string property, string value)
    {
        for (var id = table.FirstId; id <= table.LastId; id++)
        {
            if (table.Exists(id) && string.Equals(table.GetValue(id, property), value, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return null;
    }
}
