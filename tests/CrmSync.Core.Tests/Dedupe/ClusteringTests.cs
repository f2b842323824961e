using CrmSync.Core.Dedupe.Clustering;

namespace CrmSync.Core.Tests.Dedupe;

public class ClusteringTests
{
    [Fact]
    public void AverageLinkage_ChainOfStrongLinks_DoesNotFormOneGroup()
    {
        // 0–1–2–3–4–5: each neighbour linked at 0.99, nothing else.
        var edges = Enumerable.Range(0, 5).Select(i => new WeightedEdge(i, i + 1, 0.99));

        var labels = AverageLinkage.Cluster(6, edges, threshold: 0.5);

        Assert.True(labels.GroupBy(l => l).Max(g => g.Count()) <= 2);
    }

    [Fact]
    public void AverageLinkage_Clique_FormsOneGroup()
    {
        var edges = new List<WeightedEdge>();
        for (var i = 0; i < 4; i++)
        {
            for (var j = i + 1; j < 4; j++)
            {
                edges.Add(new WeightedEdge(i, j, 0.9));
            }
        }

        Assert.Single(AverageLinkage.Cluster(4, edges, 0.5).Distinct());
    }

    [Fact]
    public void AverageLinkage_WeakBridgeBetweenCliques_KeepsTwoGroups()
    {
        var edges = new List<WeightedEdge> { new(0, 1, 0.99), new(0, 2, 0.99), new(1, 2, 0.99), new(3, 4, 0.99), new(3, 5, 0.99), new(4, 5, 0.99), new(2, 3, 0.95) };

        var labels = AverageLinkage.Cluster(6, edges, 0.5);

        Assert.Equal(2, labels.Distinct().Count());
        Assert.Equal(labels[0], labels[2]);
        Assert.NotEqual(labels[2], labels[3]);
    }

    [Fact]
    public void Build_ComponentWithUnlinkedEnds_ScoresMissingPairsAndSplits()
    {
        // 0–1 and 1–2 are confident links; the model says 0 and 2 are different people.
        var links = new List<ScoredLink> { new(0, 1, 0.97), new(1, 2, 0.96) };

        var groups = GroupBuilder.Build(3, links, (_, _) => new PairScore(0.01, Conflict: false), matchThreshold: 0.5, linkageThreshold: 0.5, parallelism: 1);

        Assert.Single(groups);
        Assert.Equal(2, groups[0].Members.Length);
    }

    [Fact]
    public void AverageLinkage_HubLinkedToTwoConflictingRecords_NeverGroupsThem()
    {
        // 1 is a shared inbox's record, strongly linked to 0 and to 2; 0 and 2 are two different people (conflict).
        // On average 0 and 2 would still reach the threshold through the hub; the conflict keeps them apart.
        var edges = new List<WeightedEdge> { new(0, 1, 0.999), new(1, 2, 0.999), new(0, 2, 0.02, Conflict: true) };

        var labels = AverageLinkage.Cluster(3, edges, threshold: 0.5);

        Assert.NotEqual(labels[0], labels[2]);
        Assert.Equal(2, labels.Distinct().Count());
    }

    [Fact]
    public void AverageLinkage_SameWeakPairWithoutConflict_JoinsThroughTheMiddle()
    {
        // The same shape, but 0 and 2 merely share no field (no evidence either way): one entity seen in pieces.
        var edges = new List<WeightedEdge> { new(0, 1, 0.999), new(1, 2, 0.999), new(0, 2, 0.02) };

        Assert.Single(AverageLinkage.Cluster(3, edges, threshold: 0.5).Distinct());
    }

    [Fact]
    public void Build_ComponentWithConflictingPair_ScoresItAndSplits()
    {
        var links = new List<ScoredLink> { new(0, 1, 0.999), new(1, 2, 0.999) };

        var groups = GroupBuilder.Build(3, links, (_, _) => new PairScore(0.05, Conflict: true), 0.5, 0.5, 1);

        Assert.Equal(2, Assert.Single(groups).Members.Length);
    }

    [Fact]
    public void Build_LinksBelowMatchThreshold_FormNoGroup()
    {
        var groups = GroupBuilder.Build(2, [new ScoredLink(0, 1, 0.3)], (_, _) => new PairScore(0.3, false), 0.5, 0.5, 1);
        Assert.Empty(groups);
    }

    [Fact]
    public void Build_Triangle_ScoreIsMeanProbability()
    {
        var links = new List<ScoredLink> { new(0, 1, 0.9), new(0, 2, 0.8), new(1, 2, 0.7) };
        var group = Assert.Single(GroupBuilder.Build(3, links, (_, _) => new PairScore(0, false), 0.5, 0.5, 1));
        Assert.Equal(0.8, group.Score, 6);
    }
}
