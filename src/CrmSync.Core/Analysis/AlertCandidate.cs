using CrmSync.Core.Connectors;

namespace CrmSync.Core.Analysis;

/// <summary>
/// A condition that holds now and deserves a task. <see cref="Key"/> identifies one occurrence of the condition
/// (e.g. <c>stage_age_exceeded:deals:512:contractsent:2024-05-18</c>) so it is alerted once.
/// </summary>
public sealed record AlertCandidate(
    string Key,
    string AlertType,
    string ObjectType,
    string RecordId,
    string? OwnerId,
    string Subject,
    string Body,
    AlertPriority Priority)
{
    /// <summary>Money at risk (open amount, ARR at renewal), in the record's currency; first criterion of the default priority rule.</summary>
    public decimal? MoneyAtRisk { get; init; }

    /// <summary>Overrun ratio (days over the limit or benchmark / that limit); the second criterion.</summary>
    public double? Overrun { get; init; }

    /// <summary>Since when the condition holds (e.g. the stage entry); older first, the third criterion.</summary>
    public DateTimeOffset? Since { get; init; }
}
