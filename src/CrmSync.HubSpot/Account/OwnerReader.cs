using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;

namespace CrmSync.HubSpot.Account;

/// <summary>All owners, active then archived (records can still point at a deactivated owner).</summary>
internal sealed class OwnerReader(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<IReadOnlyList<CrmOwner>> ReadAsync(CancellationToken cancellationToken)
    {
        var owners = new List<CrmOwner>();
        foreach (var archived in new[] { false, true })
        {
            string? after = null;
            do
            {
                var current = after;
                var page = await runner.ReadAsync(
                    archived ? "list archived owners" : "list owners",
                    ct => apis.Get().Account.ListOwners(context.Tuning.ListPageSize, current, archived ? "true" : null, ct),
                    cancellationToken).ConfigureAwait(false);
                owners.AddRange(page.Results.Select(o => new CrmOwner(o.Id, o.Email, o.FirstName, o.LastName, archived || o.Archived)));
                after = page.Paging?.Next?.After;
                if (after is not null && after == current)
                    break;
            }
            while (!string.IsNullOrEmpty(after));
        }

        return owners;
    }
}
