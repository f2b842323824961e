namespace CrmSync.Core.Metrics.Engine;

/// <summary>The records one computation covers: every record (null lists, the tenant) or one slice's deals and contacts; tenant-level inputs (sessions, revenue, spend) belong to the tenant only.</summary>
internal sealed record Selection(int[]? Deals, int[]? Contacts, bool IsTenant)
{
    public static Selection All { get; } = new(null, null, true);

    public int DealCount(int total) => Deals?.Length ?? total;

    public int Deal(int i) => Deals is null ? i : Deals[i];

    public int ContactCount(int total) => Contacts?.Length ?? total;

    public int Contact(int i) => Contacts is null ? i : Contacts[i];
}
