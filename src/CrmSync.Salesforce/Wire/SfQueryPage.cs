namespace CrmSync.Salesforce.Wire;

/// <summary>A query or queryMore answer (salesforce-api.md §3).</summary>
internal sealed class SfQueryPage
{
    public int TotalSize { get; set; }

    public bool Done { get; set; }

    /// <summary>A path (<c>/services/data/v60.0/query/01g…-2000</c>) while <see cref="Done"/> is false.</summary>
    public string? NextRecordsUrl { get; set; }

    public List<SfRecord> Records { get; set; } = [];
}
