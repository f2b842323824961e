using CrmSync.Core.Records;
using CrmSync.Salesforce.Pull;

namespace CrmSync.Salesforce.Account;

/// <summary>Every user (records can still point at a deactivated one: it comes back archived).</summary>
internal sealed class OwnerReader(QueryPager pager)
{
    public async Task<IReadOnlyList<CrmOwner>> ReadAsync(CancellationToken cancellationToken)
    {
        var owners = new List<CrmOwner>();
        await foreach (var page in pager.RunAsync("SELECT Id, Email, FirstName, LastName, IsActive FROM User ORDER BY Id", includeDeleted: false, "User", cancellationToken)
            .ConfigureAwait(false))
        {
            owners.AddRange(page.Records.Select(u => new CrmOwner(u.Id, u.Get("Email"), u.Get("FirstName"), u.Get("LastName"), !u.IsTrue("IsActive"))));
        }

        return owners;
    }
}
