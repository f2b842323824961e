using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Tests.Dedupe;

/// <summary>Builds records and normalised feature tables for tests.</summary>
internal static class TestRecords
{
    public static DedupeRecord Person(string id, string? first, string? last, string? email = null, string? phone = null, string? city = null) =>
        DedupeRecord.Create(id, (FieldRole.FirstName, first), (FieldRole.LastName, last), (FieldRole.Email, email), (FieldRole.Phone, phone), (FieldRole.City, city));

    public static RecordFeatures Features(IReadOnlyList<DedupeRecord> records, DedupeSettings? settings = null)
    {
        var normaliser = new RecordNormaliser(settings ?? new DedupeSettings());
        var fields = records.Select(normaliser.Normalise).ToArray();
        return RecordFeatures.Build(records.Select(r => r.Id).ToArray(), fields, 1);
    }
}
