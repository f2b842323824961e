using System.Globalization;
using CrmSync.Core.Renewals;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Health;

/// <summary>
/// The default recipe: 100 minus each signal's deduction, every deduction a share of its weight rounded to whole
/// points (docs/renewals-and-health.md, "Formula"):
/// activity = weight × clamp((days − grace) / (full − grace), 0, 1), no activity at all = weight;
/// champion = weight when gone; renewal = weight × (window − days) / window inside the window without a renewal deal
/// (days clamped at 0, so a passed end takes it all); open deals = weight with none; usage = weight × (1 − min(usage / healthy, 1)),
/// no usage figure = weight.
/// </summary>
internal sealed class HealthScorer(HealthScoreOptions options)
{
    private readonly HealthWeights _weights = options.Weights ?? new HealthWeights();

    public HealthCard Score(CustomerAccount account, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var reasons = new List<string>();
        var total = 0;

        void Deduct(int points, string why)
        {
            if (points <= 0)
                return;
            total += points;
            reasons.Add($"{why} (−{points})");
        }

        var activity = _weights.Activity;
        if (account.LastActivity is { } last)
        {
            var days = (int)Math.Floor((now - last).TotalDays);
            var share = Math.Clamp((days - options.ActivityGraceDays) / (decimal)(options.ActivityFullDays - options.ActivityGraceDays), 0m, 1m);
            Deduct(Points(activity, share), $"no activity {days} days");
        }
        else
        {
            Deduct(activity, "no activity recorded");
        }

        if (!account.HasChampion)
            Deduct(_weights.Champion, account.ChampionKnown ? "champion no longer associated" : "no contact associated");

        var window = options.RenewalWindowDays;
        if (!account.HasOpenRenewalDeal && account.DaysToContractEnd(today) is { } toEnd && toEnd <= window)
        {
            var share = (window - Math.Max(toEnd, 0)) / (decimal)window;
            Deduct(Points(_weights.Renewal, share), toEnd >= 0
                ? $"renewal {RenewalText.When(toEnd)} without renewal deal"
                : $"contract ended {RenewalText.When(toEnd)} without renewal deal");
        }

        if (account.OpenDeals.Count == 0)
            Deduct(_weights.OpenDeals, "no open deal");

        if (_weights.Usage > 0)
            Usage(account, Deduct);

        return new HealthCard(Math.Clamp(100 - total, 0, 100), reasons);
    }

    private void Usage(CustomerAccount account, Action<int, string> deduct)
    {
        var raw = account.Company.Get(CanonicalFields.Usage);
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var usage))
        {
            deduct(_weights.Usage, "no usage recorded");
            return;
        }

        var healthy = options.UsageHealthyAt!.Value;
        var share = 1m - Math.Min(Math.Max(usage, 0m) / healthy, 1m);
        deduct(Points(_weights.Usage, share), $"usage {usage.ToString("0.##", CultureInfo.InvariantCulture)} of {healthy.ToString("0.##", CultureInfo.InvariantCulture)}");
    }

    private static int Points(int weight, decimal share) => (int)Math.Round(weight * share, MidpointRounding.AwayFromZero);
}
