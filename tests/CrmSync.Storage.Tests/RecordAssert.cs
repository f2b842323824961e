using CrmSync.Core.Records;

namespace CrmSync.Storage.Tests;

/// <summary>Value comparison of records: the stores return new dictionaries, so record equality is by reference.</summary>
internal static class RecordAssert
{
    public static void Same(CrmRecord expected, CrmRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ObjectType, actual.ObjectType);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Archived, actual.Archived);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(Sorted(expected.Properties), Sorted(actual.Properties));
        Assert.Equal(expected.Associations.Keys.Order(), actual.Associations.Keys.Order());
        foreach (var (type, ids) in expected.Associations)
        {
            Assert.Equal(ids, actual.Associations[type]);
        }

        Assert.Equal(expected.History.Keys.Order(), actual.History.Keys.Order());
        foreach (var (property, entries) in expected.History)
        {
            Assert.Equal(entries, actual.History[property]);
        }
    }

    private static IEnumerable<KeyValuePair<string, string?>> Sorted(IReadOnlyDictionary<string, string?> values) =>
        values.OrderBy(pair => pair.Key, StringComparer.Ordinal);
}
