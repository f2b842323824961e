namespace CrmSync.MetricsBench;

/// <summary>The per-period queries over the tables <see cref="MetricsSql.Setup"/> builds; each returns metric keys.</summary>
internal static class MetricsQueries
{
    /// <summary>Volumes, conversions, deal, revenue, unit-economics and signal metrics: one column per key.</summary>
    public static string Wide(long asOf, long window, decimal grossMargin, int lifetimeCap, int sla) => MetricsSql.Fill($$"""
        WITH ses AS (SELECT p.label, SUM(s.sessions) AS sessions FROM p JOIN sessions s ON s.month >= month_of(p.p_from) AND s.month < month_of(p.p_to) GROUP BY p.label),
        sp AS (SELECT p.label, SUM(s.amount) AS spend FROM p JOIN spend s ON s.month >= month_of(p.p_from) AND s.month < month_of(p.p_to) GROUP BY p.label),
        sig AS (SELECT c.mql_at AS s, MIN(a.entered) AS touch FROM ct c LEFT JOIN activities a ON a.contact = c.id AND a.entered >= c.mql_at AND a.entered <= {A}
                WHERE c.mql_at IS NOT NULL GROUP BY c.id, c.mql_at),
        sg AS (SELECT p.label,
                 quantile_cont(touch - s, 0.5) FILTER (WHERE touch IS NOT NULL) / {TPM} AS p50,
                 quantile_cont(touch - s, 0.9) FILTER (WHERE touch IS NOT NULL) / {TPM} AS p90,
                 COUNT(sig.s) FILTER (WHERE COALESCE(touch, {A}) - s > {{sla}}::BIGINT * {TPM}) AS breaches
               FROM p LEFT JOIN sig ON sig.s >= p.p_from AND sig.s < p.p_to GROUP BY p.label),
        win AS (SELECT p.label, mv.customer, SUM(added) AS added, SUM(up) AS up, SUM(down) AS down, SUM(churn) AS churn
                FROM p JOIN mv ON mv.month > p.bm AND mv.month <= p.em GROUP BY ALL),
        ends AS (SELECT p.label, g.customer,
                   MAX(g.mrr) FILTER (WHERE g.month = p.bm) AS b, MAX(g.mrr) FILTER (WHERE g.month = p.em) AS e,
                   MAX(g.mrr) FILTER (WHERE g.month = p.em - 12) AS b12
                 FROM p JOIN grid g ON g.month = p.bm OR g.month = p.em OR g.month = p.em - 12 GROUP BY ALL),
        cw AS (SELECT e.label, e.b, e.e, e.b12, COALESCE(w.added, 0) AS added, COALESCE(w.up, 0) AS up, COALESCE(w.down, 0) AS down, COALESCE(w.churn, 0) AS churn
               FROM ends e LEFT JOIN win w ON w.label = e.label AND w.customer = e.customer),
        rm AS (SELECT label, SUM(b) AS starting, SUM(added) AS added, SUM(up) AS up, SUM(down) AS down, SUM(churn) AS churn, SUM(e) AS ending,
                 SUM(b) FILTER (WHERE b > 0) AS cb, SUM(e) FILTER (WHERE b > 0) AS ce, SUM(LEAST(b, e)) FILTER (WHERE b > 0) AS cmin,
                 SUM(b12) FILTER (WHERE b12 > 0) AS cb12, SUM(e) FILTER (WHERE b12 > 0) AS ce12, SUM(LEAST(b12, e)) FILTER (WHERE b12 > 0) AS cmin12,
                 COUNT(*) FILTER (WHERE b > 0) AS cn, COUNT(*) FILTER (WHERE b > 0 AND e = 0) AS churned, COUNT(*) FILTER (WHERE e > 0) AS live
               FROM cw GROUP BY label),
        tc AS (SELECT p.label, SUM(mv.churn + mv.down)::DOUBLE / NULLIF(SUM(mv.b), 0) AS churn_rate
               FROM p JOIN mv ON mv.month > p.em - 12 AND mv.month <= p.em GROUP BY p.label),
        x AS (SELECT *,
                dm.won::DOUBLE / NULLIF(dm.won + dm.lost, 0) AS win_rate,
                dm.won_amount::DOUBLE / NULLIF(dm.won_n, 0) AS avg_size,
                rm.ending::DOUBLE / NULLIF(rm.live, 0) AS arpa,
                sp.spend::DOUBLE / NULLIF(dm.won, 0) AS cac,
                dm.won_amount::DOUBLE / 12 / NULLIF(dm.won_n, 0) AS new_arpa,
                CASE WHEN tc.churn_rate = 0 THEN {{lifetimeCap}} ELSE LEAST(1 / tc.churn_rate, {{lifetimeCap}}) END AS lifetime
              FROM dm JOIN cv USING (label) JOIN ses USING (label) JOIN sp USING (label) JOIN sg USING (label) JOIN rm USING (label) JOIN tc USING (label))
        SELECT label,
          sessions AS "Sessions", leads AS "Leads", mqls AS "Mqls", sqls AS "Sqls", opps AS "Opportunities", won AS "Won", won_amount AS "wonAmount",
          leads::DOUBLE / NULLIF(sessions, 0) AS "cr.Sessions.Leads",
          mqls::DOUBLE / NULLIF(leads, 0) AS "cr.Leads.Mqls", lead_conv::DOUBLE / NULLIF(lead_cohort, 0) AS "cr.Leads.Mqls.cohort",
          sqls::DOUBLE / NULLIF(mqls, 0) AS "cr.Mqls.Sqls", mql_conv::DOUBLE / NULLIF(mql_cohort, 0) AS "cr.Mqls.Sqls.cohort",
          opps::DOUBLE / NULLIF(sqls, 0) AS "cr.Sqls.Opportunities",
          won::DOUBLE / NULLIF(opps, 0) AS "cr.Opportunities.Won", opp_conv::DOUBLE / NULLIF(opp_cohort, 0) AS "cr.Opportunities.Won.cohort",
          starting AS "Starting", added AS "NetNew", 0 AS "CrossSell", up AS "Upgrade", down AS "Downgrade", churn AS "Churn", ending AS "Ending",
          ce::DOUBLE / NULLIF(cb, 0) AS "nrr", cmin::DOUBLE / NULLIF(cb, 0) AS "grr",
          ce12::DOUBLE / NULLIF(cb12, 0) AS "nrr.12m", cmin12::DOUBLE / NULLIF(cb12, 0) AS "grr.12m",
          churned::DOUBLE / NULLIF(cn, 0) AS "logoChurn", (churn + down)::DOUBLE / NULLIF(starting, 0) AS "grossRevenueChurn",
          (cb - ce)::DOUBLE / NULLIF(cb, 0) AS "netRevenueChurn",
          (added + up)::DOUBLE / NULLIF(churn + down, 0) AS "quickRatio", up::DOUBLE / NULLIF(added + up, 0) AS "expansionRatio",
          up::DOUBLE / NULLIF(starting, 0) AS "expansionRate", arpa AS "arpa", churn_rate AS "monthlyRevenueChurn",
          lost AS "lost", win_rate AS "winRate", won_amount::DOUBLE / NULLIF(won_amount + lost_amount, 0) AS "winRateValue",
          avg_size AS "averageDealSize", median_amount AS "medianDealSize",
          cycle_median AS "salesCycleDays", cycle_mean AS "salesCycleDays.mean", cycle_p90 AS "salesCycleDays.p90",
          opps * avg_size * win_rate / NULLIF(cycle_mean, 0) AS "pipelineVelocity",
          opps * avg_size * win_rate / NULLIF(cycle_mean, 0) * 30 AS "pipelineVelocity.monthly",
          opps * avg_size * win_rate / NULLIF(cycle_median, 0) AS "pipelineVelocity.median",
          won AS "newCustomers", cac AS "cac", new_arpa AS "newCustomerArpa",
          cac / NULLIF(new_arpa * {{grossMargin}}, 0) AS "cacPayback", cac / NULLIF(new_arpa, 0) AS "cacPayback.revenue",
          lifetime AS "customerLifetimeMonths", arpa * {{grossMargin}} * lifetime AS "ltv", arpa * lifetime AS "ltvRevenue",
          arpa * {{grossMargin}} * lifetime / NULLIF(cac, 0) AS "ltvToCac",
          p50 AS "signalToActionMinutes", p90 AS "signalToActionMinutes.p90", breaches AS "slaBreaches"
        FROM x ORDER BY label
        """, asOf, window);

    /// <summary>Per pipeline stage: conversion (period, cohort), Δt, time in stage, win probability, stage velocity: (label, key, value).</summary>
    public static string Stages(long asOf, long window, int minBenchmark) => MetricsSql.Fill($$"""
        WITH ent AS (SELECT p.label, fe.stage_id, COUNT(*) AS n FROM fe JOIN p ON fe.first_at >= p.p_from AND fe.first_at < p.p_to GROUP BY ALL),
        pairs AS (SELECT DISTINCT from_id, to_id FROM tr),
        coh AS (SELECT p.label, t.from_id, t.to_id, a.first_at AS fa, b.first_at AS fb, cend(a.first_at, p.p_to) AS ce
                FROM fe a JOIN deals d ON d.id = a.deal JOIN tr t ON t.pipeline = d.pipeline AND t.q = a.q
                JOIN p ON a.first_at >= p.p_from AND a.first_at < p.p_to
                LEFT JOIN fe b ON b.deal = a.deal AND b.q = a.q + 1),
        g AS (SELECT p.label, t.from_id, t.to_id, b.first_at - a.first_at AS gap
              FROM fe b JOIN deals d ON d.id = b.deal JOIN tr t ON t.pipeline = d.pipeline AND t.q = b.q - 1
              JOIN fe a ON a.deal = b.deal AND a.q = b.q - 1
              JOIN p ON b.first_at >= p.p_from AND b.first_at < p.p_to),
        gq AS (SELECT label, 'dt.' || from_id || '.' || to_id AS k, quantile_cont(gap, 0.5) / {TPD} AS p50,
                 quantile_cont(gap, 0.75) / {TPD} AS p75, quantile_cont(gap, 0.9) / {TPD} AS p90 FROM g GROUP BY ALL),
        tq AS (SELECT p.label, 'timeInStage.' || t.stage_id AS k, COUNT(*) AS n, quantile_cont(t.ticks, 0.5) / {TPD} AS p50,
                 quantile_cont(t.ticks, 0.75) / {TPD} AS p75, quantile_cont(t.ticks, 0.9) / {TPD} AS p90
               FROM fin f JOIN p ON f.final_at >= p.p_from AND f.final_at < p.p_to JOIN tis t ON t.deal = f.deal
               WHERE f.outcome = 'won' GROUP BY ALL),
        wp AS (SELECT fe.stage_id, COUNT(*) AS closed, COUNT(*) FILTER (WHERE f.outcome = 'won') AS won,
                 quantile_cont(w.first_at - fe.first_at, 0.5) FILTER (WHERE f.outcome = 'won') AS med
               FROM fe JOIN fin f ON f.deal = fe.deal LEFT JOIN fe w ON w.deal = f.deal AND w.q = f.pos
               WHERE f.outcome IN ('won', 'lost') GROUP BY fe.stage_id),
        op AS (SELECT f.stage_id, SUM(d.amount) AS amount FROM fin f JOIN deals d ON d.id = f.deal WHERE f.outcome = 'open' GROUP BY f.stage_id),
        sv AS (SELECT s.stage_id, wp.won::DOUBLE / NULLIF(wp.closed, 0) AS prob,
                 COALESCE(op.amount, 0) * (wp.won::DOUBLE / NULLIF(wp.closed, 0)) / NULLIF(wp.med / {TPD}, 0) AS velocity
               FROM (SELECT DISTINCT stage_id FROM st WHERE NOT is_closed) s LEFT JOIN wp ON wp.stage_id = s.stage_id LEFT JOIN op ON op.stage_id = s.stage_id)
        SELECT p.label, 'cr.' || t.from_id || '.' || t.to_id AS key, COALESCE(e2.n, 0)::DOUBLE / NULLIF(COALESCE(e1.n, 0), 0) AS value
        FROM p CROSS JOIN pairs t LEFT JOIN ent e1 ON e1.label = p.label AND e1.stage_id = t.from_id LEFT JOIN ent e2 ON e2.label = p.label AND e2.stage_id = t.to_id
        UNION ALL
        SELECT label, 'cr.' || from_id || '.' || to_id || '.cohort',
          COUNT(*) FILTER (WHERE {A} - ce >= {W} AND fb - fa <= {W})::DOUBLE / NULLIF(COUNT(*) FILTER (WHERE {A} - ce >= {W}), 0)
        FROM coh GROUP BY ALL
        UNION ALL SELECT label, k, p50 FROM gq UNION ALL SELECT label, k || '.p75', p75 FROM gq UNION ALL SELECT label, k || '.p90', p90 FROM gq
        UNION ALL SELECT label, k, CASE WHEN n >= {{minBenchmark}} THEN p50 END FROM tq
        UNION ALL SELECT label, k || '.p75', CASE WHEN n >= {{minBenchmark}} THEN p75 END FROM tq
        UNION ALL SELECT label, k || '.p90', CASE WHEN n >= {{minBenchmark}} THEN p90 END FROM tq
        UNION ALL SELECT p.label, 'stageWinProbability.' || sv.stage_id, sv.prob FROM p CROSS JOIN sv
        UNION ALL SELECT p.label, 'pipelineVelocity.stage.' || sv.stage_id, sv.velocity FROM p CROSS JOIN sv
        """, asOf, window);
}
