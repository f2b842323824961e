using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.StageRules;

/// <summary>Hand-built deals over canonical field keys for the stage rules tests.</summary>
internal sealed class DealBuilder(string id)
{
    private readonly Dictionary<string, string?> _properties = new()
    {
        [CanonicalFields.Name] = $"Deal {id}",
        [CanonicalFields.Pipeline] = TestPipelines.SalesPipelineId,
        [CanonicalFields.OwnerId] = "O1",
    };

    private readonly List<PropertyHistoryEntry> _stageHistory = [];
    private DateTimeOffset _createdAt = Utc(2025, 1, 1);
    private bool _archived;

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    public DealBuilder InStage(string stageId) => With(CanonicalFields.Stage, stageId);

    public DealBuilder With(string property, string? value)
    {
        _properties[property] = value;
        return this;
    }

    public DealBuilder Without(string property)
    {
        _properties.Remove(property);
        return this;
    }

    /// <summary>Stage history oldest first; the current stage becomes the last entry's stage.</summary>
    public DealBuilder StageHistory(params (string Stage, DateTimeOffset At)[] entries)
    {
        _stageHistory.AddRange(entries.Select(e => new PropertyHistoryEntry(e.Stage, e.At, "CRM_UI")));
        return InStage(entries[^1].Stage);
    }

    /// <summary>Sets <c>stage_entered_at:{stage}</c> for each latest entry, as a CRM that back-fills stage entry dates does.</summary>
    public DealBuilder WithStageCalculatedProperties()
    {
        foreach (var entry in _stageHistory)
        {
            _properties[CanonicalFields.StageEnteredAt(entry.Value!)] = entry.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        return this;
    }

    public DealBuilder Created(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    public DealBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public CrmRecord Build() =>
        new(CrmObjectTypes.Deals, id, new Dictionary<string, string?>(_properties), _createdAt, _createdAt, _archived)
        {
            History = _stageHistory.Count == 0
                ? new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>()
                : new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>> { [CanonicalFields.Stage] = _stageHistory.ToList() },
        };
}
