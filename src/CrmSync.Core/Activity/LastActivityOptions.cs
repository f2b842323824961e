using CrmSync.Core.Analysis;
using CrmSync.Core.Records;

namespace CrmSync.Core.Activity;

/// <summary><c>CrmSync:Connectors:{name}:LastActivity</c>: on by default, for contacts and companies.</summary>
public sealed class LastActivityOptions : IAnalyzerOptions
{
    public const string SectionName = "LastActivity";

    public bool Enabled { get; set; } = true;

    /// <summary>Limit the property to these object types (contacts, companies); empty means both.</summary>
    public List<string> ObjectTypes { get; set; } = [];

    public IReadOnlyList<string> Validate(string sectionPath) =>
        ObjectTypes
            .Select((t, i) => (t, i))
            .Where(x => x.t is not (CrmObjectTypes.Contacts or CrmObjectTypes.Companies))
            .Select(x => $"{sectionPath}:ObjectTypes:{x.i} must be contacts or companies (was '{x.t}').")
            .ToList();
}
