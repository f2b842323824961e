namespace CrmSync.Core.Metrics.Input;

/// <summary>The built-in slicing properties every input has.</summary>
public static class SegmentNames
{
    public const string Owner = "owner";
    public const string Pipeline = "pipeline";
    public const string Company = "company";
}
