using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>The list endpoint's paging rule: the last page has no <c>paging</c> (hubspot-api.md §3).</summary>
internal static class ListPaging
{
    /// <summary>The next page's cursor; a server repeating the same cursor would loop forever, so that stops the pull.</summary>
    public static string? NextAfter(HubSpotConnectorContext context, HsObjectPage page, string? previous, string objectType)
    {
        var next = page.Paging?.Next?.After;
        if (next is not null && next == previous)
        {
            throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                $"HubSpot returned the same paging cursor '{next}' twice while listing {objectType}.");
        }

        return string.IsNullOrEmpty(next) ? null : next;
    }
}
