using CrmSync.Core.Records;
using CrmSync.Salesforce.Mapping;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Query row → <see cref="CrmRecord"/> with canonical keys. Deleted rows (queryAll's Recycle Bin) and converted leads
/// come back archived: a converted lead is read-only in Salesforce and lives on as the contact it became, which its
/// conversion fields name.
/// </summary>
internal static class RecordMapper
{
    public static CrmRecord Map(SalesforceObjectMap map, SfRecord row, Dictionary<string, string?> extra)
    {
        var properties = new Dictionary<string, string?>(row.Fields.Count + extra.Count, StringComparer.Ordinal);
        foreach (var (name, value) in row.Fields)
        {
            if (map.ToCanonical(name) is { } key)
                properties[key] = value;
        }

        foreach (var (key, value) in extra)
            properties[key] = value;
        var created = SalesforceDates.Parse(row.Get("CreatedDate")) ?? DateTimeOffset.UnixEpoch;
        var modified = SalesforceDates.Parse(row.Get("SystemModstamp")) ?? created;
        return new CrmRecord(map.ObjectType, row.Id, properties, created, modified, IsGone(row) || row.IsTrue("IsConverted"));
    }

    public static bool IsGone(SfRecord row) => row.IsTrue("IsDeleted");
}
