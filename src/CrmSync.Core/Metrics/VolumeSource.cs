namespace CrmSync.Core.Metrics;

/// <summary>
/// Where a left-side volume comes from (<see cref="MetricsOptions.VolumeSources"/>): <c>contact:created</c>,
/// <c>lifecycle:&lt;stage&gt;</c> (first entry into a lifecycle stage), <c>deal:created</c>, <c>deal:won</c> (final
/// outcome won, by final close) or <c>deal:stage:&lt;stage id&gt;</c> (first entry into a pipeline stage).
/// </summary>
public sealed record VolumeSource(VolumeSourceKind Kind, string Value)
{
    public const string ContactCreatedText = "contact:created";
    public const string DealCreatedText = "deal:created";
    public const string DealWonText = "deal:won";
    private const string LifecyclePrefix = "lifecycle:";
    private const string DealStagePrefix = "deal:stage:";

    /// <summary>True for sources that follow contacts (their conversions have a cohort basis within contacts).</summary>
    public bool IsContact => Kind is VolumeSourceKind.ContactCreated or VolumeSourceKind.Lifecycle;

    /// <summary>Parses a source; null when the text is none of the accepted forms.</summary>
    public static VolumeSource? TryParse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Equals(ContactCreatedText, StringComparison.OrdinalIgnoreCase))
            return new(VolumeSourceKind.ContactCreated, "");
        if (value.Equals(DealCreatedText, StringComparison.OrdinalIgnoreCase))
            return new(VolumeSourceKind.DealCreated, "");
        if (value.Equals(DealWonText, StringComparison.OrdinalIgnoreCase))
            return new(VolumeSourceKind.DealWon, "");
        if (value.StartsWith(LifecyclePrefix, StringComparison.OrdinalIgnoreCase) && LifecycleStages.IndexOf(value[LifecyclePrefix.Length..]) is >= 0 and var stage)
            return new(VolumeSourceKind.Lifecycle, LifecycleStages.All[stage]);
        if (value.StartsWith(DealStagePrefix, StringComparison.OrdinalIgnoreCase) && value.Length > DealStagePrefix.Length)
            return new(VolumeSourceKind.DealStage, value[DealStagePrefix.Length..]);
        return null;
    }

    public override string ToString() => Kind switch
    {
        VolumeSourceKind.ContactCreated => ContactCreatedText,
        VolumeSourceKind.DealCreated => DealCreatedText,
        VolumeSourceKind.DealWon => DealWonText,
        VolumeSourceKind.Lifecycle => LifecyclePrefix + Value,
        _ => DealStagePrefix + Value,
    };
}
