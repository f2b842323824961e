using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Activity;

/// <summary>
/// Whole days since a contact's or company's last logged activity (<see cref="CanonicalFields.LastActivityAt"/>), so
/// owners can sort and filter by neglect. Empty when the CRM has no activity on the record; 0 for a date after now.
/// </summary>
public sealed class LastActivityAnalyzer(LastActivityOptions options) : IAnalyzerPlugin<LastActivityAnalyzer, LastActivityOptions>
{
    public const string AnalyzerName = "last-activity";
    public const string DaysProperty = "last_activity_days";

    private static readonly string[] ObjectTypes = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies];

    private static readonly AnalyzerDescriptor Descriptor = new(
        AnalyzerName,
        LastActivityOptions.SectionName,
        ObjectTypes.Select(t => new ObjectInputs(t) { Fields = [CanonicalFields.LastActivityAt] }).ToList(),
        ObjectTypes.Select(t => new ComputedPropertyDefinition(t, DaysProperty, "CrmSync days since last activity",
            ComputedPropertyType.Number, "Whole days since the last logged activity on the record, computed by CrmSync. " +
            "Empty when no activity was ever logged.")).ToList(),
        []);

    public static AnalyzerDescriptor Describe() => Descriptor;

    public static LastActivityAnalyzer Create(LastActivityOptions options) => new(options);

    AnalyzerDescriptor IRecordAnalyzer.Descriptor => Descriptor;

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var values = new List<ComputedValue>();
        foreach (var objectType in ObjectTypes.Where(t => options.ObjectTypes.Count == 0 || options.ObjectTypes.Contains(t)))
        {
            foreach (var record in context.Records(objectType))
            {
                var last = CrmTimestamp.Parse(record.Get(CanonicalFields.LastActivityAt));
                var days = last is { } at ? (long)Math.Max(0, Math.Floor((context.Now - at).TotalDays)) : (long?)null;
                values.Add(new ComputedValue(objectType, record.Id, DaysProperty, days?.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return new AnalyzerResult(values, []);
    }
}
