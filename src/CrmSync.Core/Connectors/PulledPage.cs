using CrmSync.Core.Records;

namespace CrmSync.Core.Connectors;

/// <summary>
/// A page of pulled records. <see cref="Cursor"/> is the checkpoint to store once the page is saved: a pull that
/// crashes resumes from it. Archived records come with <c>Archived = true</c>.
/// </summary>
public sealed record PulledPage(IReadOnlyList<CrmRecord> Records, string Cursor);
