namespace CrmSync.MetricsBench;

/// <summary>
/// Δt between the contact volumes and along the lifecycle, and from opportunity to won, as the engine's VolumeGaps
/// computes them: days from a record's first entry into one volume or stage to its first entry into the next, over the
/// records first entering the next in the period, when the first came no later (median, p75, p90): (label, key, value).
/// </summary>
internal static class GapQueries
{
    // Lifecycle stage numbers of the bench's contact table: 1 lead, 2 MQL, 3 SQL, 4 opportunity, 5 customer.
    private static readonly (int From, int To, string Key)[] Lifecycle =
    [
        (1, 2, "lead.marketingqualifiedlead"), (2, 3, "marketingqualifiedlead.salesqualifiedlead"),
        (3, 4, "salesqualifiedlead.opportunity"), (4, 5, "opportunity.customer"),
    ];

    public static string Contacts(long asOf, long window)
    {
        var lifecycle = string.Join("\n        UNION ALL ", Lifecycle.Select(s =>
            $"SELECT 'dt.lifecycle.{s.Key}' AS k, b.first_at AS t, b.first_at - a.first_at AS gap FROM lf a JOIN lf b ON b.contact = a.contact AND a.stage = {s.From} AND b.stage = {s.To} WHERE a.first_at <= b.first_at"));
        return MetricsSql.Fill($$"""
        WITH g AS (
          SELECT 'dt.Leads.Mqls' AS k, mql_at AS t, mql_at - lead_at AS gap FROM ct WHERE lead_at <= mql_at
          UNION ALL SELECT 'dt.Mqls.Sqls', sql_at, sql_at - mql_at FROM ct WHERE mql_at <= sql_at
          UNION ALL SELECT 'dt.Opportunities.Won', f.final_at, f.final_at - d.created
            FROM fin f JOIN deals d ON d.id = f.deal WHERE f.outcome = 'won' AND d.created <= f.final_at
          UNION ALL {{lifecycle}}),
        q AS (SELECT p.label, g.k, quantile_cont(g.gap, 0.5) / {TPD} AS p50, quantile_cont(g.gap, 0.75) / {TPD} AS p75,
                quantile_cont(g.gap, 0.9) / {TPD} AS p90
              FROM g JOIN p ON g.t >= p.p_from AND g.t < p.p_to GROUP BY ALL)
        SELECT label, k AS key, p50 AS value FROM q UNION ALL SELECT label, k || '.p75', p75 FROM q UNION ALL SELECT label, k || '.p90', p90 FROM q
        """, asOf, window);
    }
}
