using CrmSync.Core.Analysis;
using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// Duplicate detection for one connector (<c>CrmSync:Connectors:&lt;name&gt;:Dedupe</c>): matching rules per object
/// type. The defaults work untouched: contacts are matched as people, companies as companies.
/// </summary>
public sealed class DuplicateDetectionOptions : IAnalyzerOptions
{
    public const string SectionName = "Dedupe";

    public bool Enabled { get; set; } = true;

    public DedupeSettings Contacts { get; set; } = new() { Kind = RecordKind.Person };

    public DedupeSettings Companies { get; set; } = new() { Kind = RecordKind.Company };

    public AutoMergeOptions AutoMerge { get; set; } = new();

    /// <summary>Every problem, each naming its full configuration key under <paramref name="sectionPath"/>.</summary>
    public IReadOnlyList<string> Validate(string sectionPath) =>
    [
        .. DedupeSettingsValidator.Validate(Contacts, $"{sectionPath}:{nameof(Contacts)}"),
        .. DedupeSettingsValidator.Validate(Companies, $"{sectionPath}:{nameof(Companies)}"),
        .. AutoMerge.MinProbability is >= AutoMergeOptions.LowestAllowedProbability and < 1
            ? Array.Empty<string>()
            : [$"{sectionPath}:AutoMerge:MinProbability must be at least {AutoMergeOptions.LowestAllowedProbability} and below 1 (was {AutoMerge.MinProbability})."],
    ];
}
