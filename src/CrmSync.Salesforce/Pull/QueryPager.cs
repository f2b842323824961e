using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Runs one SOQL query (query or queryAll) and follows <c>nextRecordsUrl</c> until <c>done</c>, asking for
/// <c>Sforce-Query-Options: batchSize</c>. The next page is fetched while the caller works on the current one. A
/// cursor Salesforce has expired (INVALID_QUERY_LOCATOR, after about 15 idle minutes) surfaces as
/// <see cref="QueryLocatorExpiredException"/>, so the caller can restart from its checkpoint.
/// </summary>
internal sealed class QueryPager(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner)
{
    public async IAsyncEnumerable<SfQueryPage> RunAsync(string soql, bool includeDeleted, string what, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var prefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<SfQueryPage>? pending = runner.ReadAsync($"query {what}", ct => includeDeleted
            ? apis.Data.QueryAll(context.Version, soql, context.QueryOptions, context, ct)
            : apis.Data.Query(context.Version, soql, context.QueryOptions, context, ct), prefetch.Token);
        try
        {
            string? previous = null;
            while (pending is not null)
            {
                var page = await pending.ConfigureAwait(false);
                var next = page.Done ? null : page.NextRecordsUrl;
                if (next is not null && next == previous)
                    throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, $"Salesforce repeated the same nextRecordsUrl for {what}.");
                previous = next;
                pending = next is null ? null : MoreAsync(next, what, prefetch.Token);
                yield return page;
            }
        }
        finally
        {
            // The caller stopped early (or failed): drop the page fetched ahead.
            if (pending is not null)
            {
                await prefetch.CancelAsync().ConfigureAwait(false);
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<SfQueryPage> MoreAsync(string nextRecordsUrl, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.ReadAsync($"queryMore {what}", ct => apis.Data.QueryMore(nextRecordsUrl.TrimStart('/'), context.QueryOptions, context, ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (CrmConnectorException e) when (e.InnerException is ApiException { Content: { } body } && body.Contains("INVALID_QUERY_LOCATOR", StringComparison.Ordinal))
        {
            throw new QueryLocatorExpiredException(what, e);
        }
    }
}
