using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.HubSpot.Pull;

/// <summary>What one page of a pull found: its records and the ids it showed to be gone (see <see cref="MergedIds"/>).</summary>
internal sealed record PageRecords(List<CrmRecord> Records, IReadOnlyList<string> GoneIds)
{
    public PulledPage ToPage(PullCursor checkpoint) => new(Records, checkpoint.Serialize()) { GoneIds = GoneIds };
}
