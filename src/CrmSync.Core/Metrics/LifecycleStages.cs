namespace CrmSync.Core.Metrics;

/// <summary>
/// The canonical contact lifecycle stages, in funnel order up to <c>evangelist</c>; <c>other</c> sits outside the
/// order (entering it implies nothing). A contact that jumps forward gets implied entries into the stages it skipped.
/// </summary>
public static class LifecycleStages
{
    public const string Subscriber = "subscriber";
    public const string Lead = "lead";
    public const string MarketingQualifiedLead = "marketingqualifiedlead";
    public const string SalesQualifiedLead = "salesqualifiedlead";
    public const string Opportunity = "opportunity";
    public const string Customer = "customer";
    public const string Evangelist = "evangelist";
    public const string Other = "other";

    /// <summary>Every stage; the index is the stage's code in the input model.</summary>
    public static readonly IReadOnlyList<string> All = [Subscriber, Lead, MarketingQualifiedLead, SalesQualifiedLead, Opportunity, Customer, Evangelist, Other];

    /// <summary>Stages before this index are ordered; <c>other</c> is not.</summary>
    public const int OrderedCount = 7;

    /// <summary>The stage's code, or -1 when it is not a lifecycle stage (compared case-insensitively).</summary>
    public static int IndexOf(string stage)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], stage.Trim(), StringComparison.OrdinalIgnoreCase))
                return i;
        }

        return -1;
    }
}
