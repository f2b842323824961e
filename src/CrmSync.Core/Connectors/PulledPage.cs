using CrmSync.Core.Records;

namespace CrmSync.Core.Connectors;

/// <summary>
/// A page of pulled records. <see cref="Cursor"/> is the checkpoint to store once the page is saved: a pull that
/// crashes resumes from it. Archived records come with <c>Archived = true</c>.
/// </summary>
public sealed record PulledPage(IReadOnlyList<CrmRecord> Records, string Cursor)
{
    /// <summary>
    /// Ids of <see cref="PullRequest.ObjectType"/> the CRM no longer has under that id: merged into another record (the
    /// survivor comes as a record of its own) or deleted. The caller archives them in its copy.
    /// </summary>
    public IReadOnlyList<string> GoneIds { get; init; } = [];

    /// <summary>
    /// The current associations of records whose other fields were not re-read (a CRM may change an association
    /// without touching the record's modified date). The caller replaces the stored associations of the types given
    /// and keeps everything else of the record.
    /// </summary>
    public IReadOnlyList<RecordAssociations> Associations { get; init; } = [];
}
