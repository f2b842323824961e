using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// Finds duplicate people and companies and marks every member of a group with the group, its suggested primary,
/// its best match probability and the reason; a record that leaves a group (merged, or no longer matching) gets its
/// values cleared. People are contacts and unconverted leads in one population (a lead that duplicates a contact or
/// another lead is marked on the lead, the contact preferred as primary); a CRM without leads sees contacts only.
/// One alert per group. Group ids carry over from the values last pulled.
/// </summary>
public sealed class DuplicateAnalyzer(DuplicateDetectionOptions options) : IAnalyzerPlugin<DuplicateAnalyzer, DuplicateDetectionOptions>
{
    public const string AnalyzerName = "duplicates";
    public const string AlertType = "duplicate_group";

    private static readonly string[] ObjectTypes = [CrmObjectTypes.Contacts, CrmObjectTypes.Leads, CrmObjectTypes.Companies];

    private static readonly AnalyzerDescriptor Descriptor = new(
        AnalyzerName,
        DuplicateDetectionOptions.SectionName,
        // The matched fields, and the group last written so that group ids carry over; converted leads are left out.
        ObjectTypes.Select(t => new ObjectInputs(t)
        {
            Fields = [.. FieldMap.For(t).Properties, CanonicalFields.OwnerId, DuplicateProperties.Group, .. t == CrmObjectTypes.Leads ? [CanonicalFields.IsConverted] : Array.Empty<string>()],
        }).ToList(),
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
        foreach (var (population, settings) in new[] { (DedupePopulation.People(context), options.Contacts), (DedupePopulation.Companies(context), options.Companies) })
        {
            if (population.Count < 2)
                continue;
            var result = new DuplicateDetector(settings).Run(
                population.ToDedupeRecords(),
                new DedupeRunOptions { PreviousGroupIds = population.PreviousGroups() });
            var groups = ContactFirstPrimary.Apply(result.Groups, result.Pairs, population);
            values.AddRange(DuplicateValues.For(population, groups, result, settings.MatchThreshold));
            alerts.AddRange(groups.Select(g => DuplicateAlert.For(g, population)));
            if (options.AutoMerge.Enabled)
                merges.AddRange(MergeProposals(population, groups, result.Pairs, options.AutoMerge.MinProbability));
        }

        return new AnalyzerResult(values, alerts) { Merges = merges };
    }

    /// <summary>
    /// Members linked directly to their primary at or above the threshold; weaker members are only marked. Only records
    /// of one object type merge (a lead is never merged into a contact by CrmSync).
    /// </summary>
    private static IEnumerable<MergeProposal> MergeProposals(
        DedupePopulation population, IReadOnlyList<DuplicateGroup> groups, IReadOnlyList<DuplicatePair> pairs, double minProbability)
    {
        var primaryOf = groups.SelectMany(g => g.MemberIds.Select(m => (Member: m, g.PrimaryId)))
            .ToDictionary(x => x.Member, x => x.PrimaryId, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (pair.Probability < minProbability || !primaryOf.TryGetValue(pair.IdA, out var primary))
                continue;
            var merged = pair.IdA == primary && primaryOf.GetValueOrDefault(pair.IdB) == primary ? pair.IdB
                : pair.IdB == primary && primaryOf.GetValueOrDefault(pair.IdA) == primary ? pair.IdA
                : null;
            if (merged is null)
                continue;
            var (keep, gone) = (population[primary], population[merged]);
            if (keep.ObjectType == gone.ObjectType && !DedupePopulation.IsLead(keep))
                yield return new MergeProposal(keep.ObjectType, keep.Id, gone.Id, pair.Probability, pair.Reason);
        }
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
