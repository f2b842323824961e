using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>Describes what a group's members have in common, field by field (counts, never values).</summary>
internal static class GroupExplainer
{
    private static readonly (string Name, FeatureColumn Column)[] PersonFields =
    [
        ("email", FeatureColumn.Email), ("phone", FeatureColumn.Phone), ("last name", FeatureColumn.LastName),
        ("first name", FeatureColumn.FirstName), ("date of birth", FeatureColumn.DateOfBirth), ("company", FeatureColumn.Company),
        ("domain", FeatureColumn.Domain), ("city", FeatureColumn.City), ("postcode", FeatureColumn.Postcode),
    ];

    private static readonly (string Name, FeatureColumn Column)[] CompanyFields =
    [
        ("name", FeatureColumn.Company), ("domain", FeatureColumn.Domain), ("phone", FeatureColumn.Phone),
        ("street", FeatureColumn.Address), ("city", FeatureColumn.City), ("postcode", FeatureColumn.Postcode),
    ];

    public static string Explain(IReadOnlyList<int> members, RecordFeatures features, RecordKind kind)
    {
        var shared = new List<string>();
        var different = new List<string>();
        foreach (var (name, column) in kind == RecordKind.Person ? PersonFields : CompanyFields)
        {
            var slot = features.Column(column);
            var values = members.Select(m => slot[m]).Where(v => v >= 0).ToList();
            if (values.Count < 2)
            {
                continue;
            }

            var common = values.GroupBy(v => v).Max(g => g.Count());
            var distinct = values.Distinct().Count();
            if (common >= 2)
            {
                shared.Add(distinct > 1 ? $"{name} {common} of {members.Count} ({distinct} values)" : $"{name} {common} of {members.Count}");
            }
            else
            {
                different.Add($"{name}s {distinct} different");
            }
        }

        var why = shared.Count > 0 ? "shared: " + string.Join(", ", shared) : "no field shared by two members";
        return different.Count > 0 ? $"{why}; {string.Join(", ", different)}" : why;
    }
}
