using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Tests.Dedupe;

public class GroupIdAssignerTests
{
    [Fact]
    public void Assign_SameGroupsTwice_SameIds()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["b", "a"], ["c", "d", "e"]];
        Assert.Equal(GroupIdAssigner.Assign(groups, null), GroupIdAssigner.Assign([["a", "b"], ["e", "c", "d"]], null));
    }

    [Fact]
    public void Assign_NoHistory_IdDerivedFromSmallestMember()
    {
        var ids = GroupIdAssigner.Assign([["z9", "a1"]], null);
        Assert.Equal(GroupIdAssigner.DerivedId(["a1"]), ids[0]);
        Assert.StartsWith("dg-", ids[0]);
    }

    [Fact]
    public void Assign_GroupGainsSmallerMember_KeepsPreviousId()
    {
        var previous = new Dictionary<string, string> { ["b"] = "dg-old", ["c"] = "dg-old" };

        var ids = GroupIdAssigner.Assign([["a", "b", "c"]], previous);

        Assert.Equal("dg-old", ids[0]);
    }

    [Fact]
    public void Assign_GroupSplits_IdGoesToLargerPart()
    {
        var previous = new Dictionary<string, string> { ["a"] = "g1", ["b"] = "g1", ["c"] = "g1", ["d"] = "g1", ["e"] = "g1" };

        var ids = GroupIdAssigner.Assign([["a", "b"], ["c", "d", "e"]], previous);

        Assert.Equal("g1", ids[1]);
        Assert.NotEqual("g1", ids[0]);
    }

    [Fact]
    public void Assign_TwoGroupsMerge_OneIdSurvivesAndIdsStayUnique()
    {
        var previous = new Dictionary<string, string> { ["a"] = "g1", ["b"] = "g1", ["c"] = "g2" };

        var ids = GroupIdAssigner.Assign([["a", "b", "c"], ["x", "y"]], previous);

        Assert.Equal("g1", ids[0]);
        Assert.Equal(2, ids.Distinct().Count());
    }
}
