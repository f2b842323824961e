using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// Finds duplicate contacts and companies and marks every member of a group with the group, its suggested primary,
/// its best match probability and the reason; a record that leaves a group (merged, or no longer matching) gets its
/// values cleared. One alert per group, for the primary's owner. Group ids carry over from the values last pulled.
/// </summary>
public sealed class DuplicateAnalyzer(DuplicateDetectionOptions options) : IAnalyzerPlugin<DuplicateAnalyzer, DuplicateDetectionOptions>
{
    public const string AnalyzerName = "duplicates";
    public const string AlertType = "duplicate_group";

    private static readonly string[] ObjectTypes = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies];

    private static readonly AnalyzerDescriptor Descriptor = new(
        AnalyzerName,
        DuplicateDetectionOptions.SectionName,
        // The matched fields, and the group last written so that group ids carry over.
        ObjectTypes.Select(t => new ObjectInputs(t) { Fields = [.. FieldMap.For(t).Properties, CanonicalFields.OwnerId, DuplicateProperties.Group] }).ToList(),
        ObjectTypes.SelectMany(Definitions).ToList(),
        [AlertType]);

    AnalyzerDescriptor IRecordAnalyzer.Descriptor => Descriptor;

    public static AnalyzerDescriptor Describe() => Descriptor;

    public static DuplicateAnalyzer Create(DuplicateDetectionOptions options) => new(options);

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var values = new List<ComputedValue>();
        var alerts = new List<AlertCandidate>();
        var merges = new List<MergeProposal>();
        foreach (var objectType in ObjectTypes)
        {
            var records = context.Records(objectType);
            if (records.Count < 2)
                continue;
            var settings = objectType == CrmObjectTypes.Contacts ? options.Contacts : options.Companies;
            var map = FieldMap.For(objectType);
            var result = new DuplicateDetector(settings).Run(
                records.Select(map.ToRecord).ToList(),
                new DedupeRunOptions { PreviousGroupIds = PreviousGroups(records) });
            var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
            values.AddRange(DuplicateValues.For(objectType, records, result, settings.MatchThreshold));
            alerts.AddRange(result.Groups.Select(g => DuplicateAlert.For(objectType, g, byId)));
            if (options.AutoMerge.Enabled)
                merges.AddRange(MergeProposals(objectType, result, options.AutoMerge.MinProbability));
        }

        return new AnalyzerResult(values, alerts) { Merges = merges };
    }

    /// <summary>Members linked directly to their primary at or above the threshold; weaker members are only marked.</summary>
    private static IEnumerable<MergeProposal> MergeProposals(string objectType, DedupeResult result, double minProbability)
    {
        var primaryOf = result.Groups.SelectMany(g => g.MemberIds.Select(m => (Member: m, g.PrimaryId)))
            .ToDictionary(x => x.Member, x => x.PrimaryId, StringComparer.Ordinal);
        foreach (var pair in result.Pairs)
        {
            if (pair.Probability < minProbability || !primaryOf.TryGetValue(pair.IdA, out var primary))
                continue;
            if (pair.IdA == primary && primaryOf.GetValueOrDefault(pair.IdB) == primary)
                yield return new MergeProposal(objectType, primary, pair.IdB, pair.Probability, pair.Reason);
            else if (pair.IdB == primary && primaryOf.GetValueOrDefault(pair.IdA) == primary)
                yield return new MergeProposal(objectType, primary, pair.IdA, pair.Probability, pair.Reason);
        }
    }

    private static Dictionary<string, string> PreviousGroups(IReadOnlyList<CrmRecord> records)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.Get(DuplicateProperties.Group) is { Length: > 0 } group)
                previous[record.Id] = group;
        }

        return previous;
    }

    private static IEnumerable<ComputedPropertyDefinition> Definitions(string objectType) =>
    [
        new(objectType, DuplicateProperties.Group, "CrmSync duplicate group", ComputedPropertyType.Text,
            "Id of the group of records CrmSync judged to be the same; empty when the record has no duplicate."),
        new(objectType, DuplicateProperties.DuplicateOf, "CrmSync duplicate of", ComputedPropertyType.Text,
            "Id of the group's suggested primary record; empty on the primary itself."),
        new(objectType, DuplicateProperties.Score, "CrmSync duplicate score", ComputedPropertyType.Number,
            "Match probability (0 to 1) of this record's strongest link within its group."),
        new(objectType, DuplicateProperties.Reason, "CrmSync duplicate reason", ComputedPropertyType.Text,
            "Which fields agreed and which disagreed in that strongest link."),
    ];

    internal static string FormatScore(double probability) => probability.ToString("0.000", CultureInfo.InvariantCulture);
}
