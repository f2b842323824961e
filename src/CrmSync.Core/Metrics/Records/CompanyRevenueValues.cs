using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Metrics.Engine;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// Per company of the MRR series, as of the current month: <c>mrr</c> (this month's end), <c>mrr_movement</c> and
/// <c>mrr_bucket</c> (against last month's end, classified like the bridge), <c>nrr_12m</c> (against the month end
/// twelve months before; null from 0) and <c>customer_since</c> (first month with MRR).
/// </summary>
internal static class CompanyRevenueValues
{
    /// <param name="companies">The live companies: revenue of a company that is not one (archived, not pulled) is not written.</param>
    public static void Add(RevenueSeries revenue, IReadOnlySet<string> companies, DateTime now, List<ComputedValue> values)
    {
        var month = Timestamps.MonthOf(now.Ticks);
        for (var c = 0; c < revenue.CustomerCount; c++)
        {
            if (!companies.Contains(revenue.CustomerIds[c]))
                continue;
            var ending = At(revenue, c, month);
            var beginning = At(revenue, c, month - 1);
            var yearAgo = At(revenue, c, month - 12);
            var id = revenue.CustomerIds[c];
            Set(values, id, MetricsProperties.Mrr, Number(ending));
            Set(values, id, MetricsProperties.MrrMovement, Number(ending - beginning));
            Set(values, id, MetricsProperties.MrrBucket, RevenueState.Bucket(beginning, ending).ToString().ToLowerInvariant());
            Set(values, id, MetricsProperties.Nrr12m, yearAgo > 0 ? Number(decimal.Round(ending / yearAgo, 4)) : null);
            Set(values, id, MetricsProperties.CustomerSince, FirstMonth(revenue, c, month) is { } first
                ? new DateTime(Timestamps.MonthStart(first), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : null);
        }
    }

    /// <summary>MRR at the end of <paramref name="month"/>; 0 outside the covered months (no contract is live there).</summary>
    private static decimal At(RevenueSeries revenue, int customer, int month) =>
        revenue.Covers(month) ? revenue.Mrr[(customer * revenue.MonthCount) + month - revenue.FirstMonth] : 0m;

    private static int? FirstMonth(RevenueSeries revenue, int customer, int upTo)
    {
        for (var m = revenue.FirstMonth; m <= upTo && revenue.Covers(m); m++)
        {
            if (At(revenue, customer, m) > 0)
                return m;
        }

        return null;
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Set(List<ComputedValue> values, string id, string property, string? value) =>
        values.Add(new ComputedValue(CrmObjectTypes.Companies, id, property, value));
}
