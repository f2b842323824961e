namespace CrmSync.Sandbox.Pipelines;

/// <summary>HubSpot's default deal pipeline (standard stage ids) plus one custom pipeline with numeric ids.</summary>
internal static class PipelineSeed
{
    public static IReadOnlyList<DealPipeline> CreateDealPipelines(DateTimeOffset seededAt)
    {
        var defaultPipeline = new DealPipeline(
            "default",
            "Sales Pipeline",
            0,
            [
                new("appointmentscheduled", "Appointment Scheduled", 0, false, "0.2"),
                new("qualifiedtobuy", "Qualified To Buy", 1, false, "0.4"),
                new("presentationscheduled", "Presentation Scheduled", 2, false, "0.6"),
                new("decisionmakerboughtin", "Decision Maker Bought-In", 3, false, "0.8"),
                new("contractsent", "Contract Sent", 4, false, "0.9"),
                new("closedwon", "Closed Won", 5, true, "1.0"),
                new("closedlost", "Closed Lost", 6, true, "0.0"),
            ],
            DateTimeOffset.UnixEpoch,
            seededAt.AddDays(-200));

        var enterprise = new DealPipeline(
            "87654321",
            "Enterprise Pipeline",
            1,
            [
                new("93485721", "Discovery", 0, false, "0.1"),
                new("93485722", "Solution Design", 1, false, "0.3"),
                new("93485723", "Proposal", 2, false, "0.5"),
                new("93485724", "Negotiation", 3, false, "0.8"),
                new("93485725", "Won", 4, true, "1.0"),
                new("93485726", "Lost", 5, true, "0.0"),
            ],
            seededAt.AddDays(-500),
            seededAt.AddDays(-120));

        return [defaultPipeline, enterprise];
    }
}
