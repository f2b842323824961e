using System.Globalization;

namespace CrmSync.MetricsBench;

/// <summary>
/// The SQL that computes, in DuckDB, what the CrmSync engine computes: the same history replay (visits up to the
/// as-of time without repeated rows, first entries where entering a later chain stage fills the earlier ones, final
/// outcome by the last visit, time in open stages over exited visits), then per period the deal, stage, contact,
/// revenue and unit-economics metrics. Instants are BIGINT ticks; every query returns a label column and either one
/// column per metric key or (label, key, value) rows.
/// </summary>
internal static class MetricsSql
{
    private const long Epoch = 621_355_968_000_000_000;

    public static string Setup(long asOf, long window) => Fill($$"""
        CREATE OR REPLACE MACRO ts(t) AS make_timestamp((t - {{Epoch}}) // 10);
        CREATE OR REPLACE MACRO month_of(t) AS year(ts(t)) * 12 + month(ts(t)) - 1;
        CREATE OR REPLACE MACRO cend(t, pto) AS LEAST(epoch_us(date_trunc('month', ts(t)) + INTERVAL 1 MONTH) * 10 + {{Epoch}}, pto);
        CREATE OR REPLACE TEMP TABLE p AS
        SELECT label, p_from, p_to, month_of(LEAST(p_from, {A})) - 1 AS bm, month_of(LEAST(p_to, {A})) - 1 AS em FROM periods;
        CREATE OR REPLACE TEMP TABLE st AS
        SELECT pipeline, stage_id, is_closed, is_won,
          CASE WHEN is_closed AND NOT is_won THEN -1
               ELSE ROW_NUMBER() OVER (PARTITION BY pipeline, is_closed AND NOT is_won ORDER BY display_order) - 1 END AS pos
        FROM stages;
        CREATE OR REPLACE TEMP TABLE v AS
        WITH h AS (
          SELECT h.deal, d.pipeline, s.stage_id, s.pos, s.is_closed, s.is_won, h.entered, h.seq,
                 LAG(h.stage_id) OVER (PARTITION BY h.deal ORDER BY h.entered, h.seq) AS prev
          FROM history h JOIN deals d ON d.id = h.deal JOIN st s ON s.pipeline = d.pipeline AND s.stage_id = h.stage_id
          WHERE h.entered <= {A} AND d.created <= {A})
        SELECT deal, pipeline, stage_id, pos, is_closed, is_won, entered,
          LEAD(entered) OVER (PARTITION BY deal ORDER BY entered, seq) AS next_at,
          ROW_NUMBER() OVER (PARTITION BY deal ORDER BY entered DESC, seq DESC) AS from_end
        FROM h WHERE prev IS NULL OR prev <> stage_id;
        CREATE OR REPLACE TEMP TABLE fin AS
        SELECT deal, pipeline, stage_id, pos, entered AS final_at,
          CASE WHEN NOT is_closed THEN 'open' WHEN is_won THEN 'won' ELSE 'lost' END AS outcome
        FROM v WHERE from_end = 1;
        CREATE OR REPLACE TEMP TABLE fe AS
        SELECT v.deal, c.pos AS q, c.stage_id, MIN(v.entered) AS first_at
        FROM v JOIN st c ON c.pipeline = v.pipeline AND c.pos >= 0 AND c.pos <= v.pos
        WHERE v.pos >= 0 GROUP BY v.deal, c.pos, c.stage_id;
        CREATE OR REPLACE TEMP TABLE tis AS
        SELECT deal, stage_id, SUM(next_at - entered) AS ticks FROM v WHERE NOT is_closed AND next_at IS NOT NULL GROUP BY deal, stage_id;
        CREATE OR REPLACE TEMP TABLE tr AS
        SELECT DISTINCT a.pipeline, a.pos AS q, a.stage_id AS from_id, b.stage_id AS to_id
        FROM st a JOIN st b ON a.pipeline = b.pipeline AND b.pos = a.pos + 1 WHERE a.pos >= 0;
        CREATE OR REPLACE TEMP TABLE closed AS
        SELECT p.label, f.deal, f.outcome, d.amount, d.created, w.first_at AS won_at
        FROM fin f JOIN deals d ON d.id = f.deal JOIN p ON f.final_at >= p.p_from AND f.final_at < p.p_to
        LEFT JOIN fe w ON w.deal = f.deal AND w.q = f.pos
        WHERE f.outcome <> 'open';
        CREATE OR REPLACE TEMP TABLE dm AS
        WITH opp AS (
          SELECT p.label, COUNT(d.id) AS opps,
            COUNT(d.id) FILTER (WHERE {A} - cend(d.created, p.p_to) >= {W}) AS opp_cohort,
            COUNT(d.id) FILTER (WHERE {A} - cend(d.created, p.p_to) >= {W} AND f.outcome = 'won' AND f.final_at - d.created <= {W}) AS opp_conv
          FROM p LEFT JOIN deals d ON d.created >= p.p_from AND d.created < p.p_to AND d.created <= {A}
          LEFT JOIN fin f ON f.deal = d.id GROUP BY p.label)
        SELECT p.label, ANY_VALUE(opp.opps) AS opps, ANY_VALUE(opp.opp_cohort) AS opp_cohort, ANY_VALUE(opp.opp_conv) AS opp_conv,
          COUNT(c.deal) FILTER (WHERE c.outcome = 'won') AS won,
          COUNT(c.deal) FILTER (WHERE c.outcome = 'lost') AS lost,
          COALESCE(SUM(c.amount) FILTER (WHERE c.outcome = 'won' AND c.amount > 0), 0) AS won_amount,
          COUNT(c.deal) FILTER (WHERE c.outcome = 'won' AND c.amount > 0) AS won_n,
          COALESCE(SUM(c.amount) FILTER (WHERE c.outcome = 'lost' AND c.amount > 0), 0) AS lost_amount,
          quantile_cont(c.amount::DOUBLE, 0.5) FILTER (WHERE c.outcome = 'won' AND c.amount > 0) AS median_amount,
          AVG(c.won_at - c.created) FILTER (WHERE c.outcome = 'won') / {TPD} AS cycle_mean,
          quantile_cont(c.won_at - c.created, 0.5) FILTER (WHERE c.outcome = 'won') / {TPD} AS cycle_median,
          quantile_cont(c.won_at - c.created, 0.9) FILTER (WHERE c.outcome = 'won') / {TPD} AS cycle_p90
        FROM p JOIN opp ON opp.label = p.label LEFT JOIN closed c ON c.label = p.label GROUP BY p.label;
        CREATE OR REPLACE TEMP TABLE lf AS
        SELECT l.contact, s.s AS stage, MIN(l.entered) AS first_at
        FROM lifecycle l JOIN range(0, 7) s(s) ON l.stage < 7 AND s.s <= l.stage WHERE l.entered <= {A} GROUP BY ALL
        UNION ALL SELECT contact, 7, MIN(entered) FROM lifecycle WHERE stage = 7 AND entered <= {A} GROUP BY contact;
        CREATE OR REPLACE TEMP TABLE ct AS
        SELECT c.id, CASE WHEN c.created <= {A} THEN c.created END AS lead_at, m.first_at AS mql_at, q.first_at AS sql_at
        FROM contacts c LEFT JOIN lf m ON m.contact = c.id AND m.stage = 2 LEFT JOIN lf q ON q.contact = c.id AND q.stage = 3;
        CREATE OR REPLACE TEMP TABLE cv AS
        SELECT p.label,
          COUNT(*) FILTER (WHERE lead_at >= p_from AND lead_at < p_to) AS leads,
          COUNT(*) FILTER (WHERE mql_at >= p_from AND mql_at < p_to) AS mqls,
          COUNT(*) FILTER (WHERE sql_at >= p_from AND sql_at < p_to) AS sqls,
          COUNT(*) FILTER (WHERE lead_at >= p_from AND lead_at < p_to AND {A} - cend(lead_at, p_to) >= {W}) AS lead_cohort,
          COUNT(*) FILTER (WHERE lead_at >= p_from AND lead_at < p_to AND {A} - cend(lead_at, p_to) >= {W} AND mql_at - lead_at <= {W}) AS lead_conv,
          COUNT(*) FILTER (WHERE mql_at >= p_from AND mql_at < p_to AND {A} - cend(mql_at, p_to) >= {W}) AS mql_cohort,
          COUNT(*) FILTER (WHERE mql_at >= p_from AND mql_at < p_to AND {A} - cend(mql_at, p_to) >= {W} AND sql_at - mql_at <= {W}) AS mql_conv
        FROM p CROSS JOIN ct GROUP BY p.label;
        CREATE OR REPLACE TEMP TABLE cov AS SELECT MIN(month) AS lo, MAX(month) AS hi FROM revenue;
        CREATE OR REPLACE TEMP TABLE grid AS
        SELECT c.customer, m.month, COALESCE(r.mrr, 0) AS mrr
        FROM (SELECT DISTINCT customer FROM revenue) c
        CROSS JOIN (SELECT unnest(range(lo, hi + 1)) AS month FROM cov) m
        LEFT JOIN revenue r ON r.customer = c.customer AND r.month = m.month;
        CREATE OR REPLACE TEMP TABLE mv AS
        SELECT customer, month, b, e,
          CASE WHEN b = 0 AND e > 0 THEN e ELSE 0 END AS added,
          CASE WHEN b > 0 AND e = 0 THEN b ELSE 0 END AS churn,
          CASE WHEN b > 0 AND e > b THEN e - b ELSE 0 END AS up,
          CASE WHEN b > 0 AND e > 0 AND e < b THEN b - e ELSE 0 END AS down
        FROM (SELECT customer, month, LAG(mrr) OVER (PARTITION BY customer ORDER BY month) AS b, mrr AS e FROM grid) WHERE b IS NOT NULL;
        """, asOf, window);

    public static string Fill(string sql, long asOf, long window) => sql
        .Replace("{A}", asOf.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{W}", window.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{TPD}", TimeSpan.TicksPerDay.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{TPM}", TimeSpan.TicksPerMinute.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
