using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Tests.Dedupe;

public class DuplicateDetectorTests
{
    private static DedupeResult Run(DuplicateDetector detector, IReadOnlyList<DedupeRecord> records, DedupeRunOptions? options = null) =>
        detector.Run(records, options, TestContext.Current.CancellationToken);

    private static List<DedupeRecord> Contacts()
    {
        var records = new List<DedupeRecord>
        {
            DedupeRecord.Create("1", (FieldRole.FirstName, "Robert"), (FieldRole.LastName, "Zaborowski"), (FieldRole.Email, "rob.zab@acme.com"), (FieldRole.Phone, "415-555-2671"), (FieldRole.CreatedAt, "2020-01-01T00:00:00Z")),
            DedupeRecord.Create("2", (FieldRole.FirstName, "Bob"), (FieldRole.LastName, "Zaborowski"), (FieldRole.Email, "Rob.Zab@acme.com"), (FieldRole.CreatedAt, "2019-01-01T00:00:00Z")),
            DedupeRecord.Create("3", (FieldRole.FirstName, "Roberta"), (FieldRole.LastName, "Nakamura"), (FieldRole.Email, "rn@globex.com"), (FieldRole.Phone, "212-555-0101")),
        };
        // Background population so the model has non-matches to learn from.
        var first = new[] { "Ana", "Bea", "Carl", "Dina", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon" };
        var last = new[] { "Silva", "Moore", "Khan", "Lopez", "Weber", "Novak", "Ito", "Berg", "Costa", "Dunn" };
        for (var i = 0; i < 100; i++)
        {
            records.Add(DedupeRecord.Create($"bg{i}", (FieldRole.FirstName, first[i % 10]), (FieldRole.LastName, last[i / 10]),
                (FieldRole.Email, $"{first[i % 10]}.{last[i / 10]}{i}@example{i % 7}.com"), (FieldRole.Phone, $"303-555-{1000 + i}")));
        }

        return records;
    }

    [Fact]
    public void Run_NicknameWithSameEmail_FoundWithReason()
    {
        var result = Run(new DuplicateDetector(), Contacts());

        var pair = Assert.Single(result.Pairs, p => p.Probability >= 0.5 && (p.IdA, p.IdB) == ("1", "2"));
        Assert.Contains("email exact", pair.Reason);
        Assert.Contains("first name nickname", pair.Reason);
        Assert.DoesNotContain(result.Pairs, p => p.Probability >= 0.5 && (p.IdA == "3" || p.IdB == "3"));
    }

    [Fact]
    public void Run_Groups_LargestExplainedByWhatMembersShare()
    {
        var result = Run(new DuplicateDetector(), Contacts());

        var largest = Assert.Single(result.LargestGroups);
        Assert.Equal(2, largest.Size);
        Assert.Contains("email 2 of 2", largest.Why);
        Assert.Contains("last name 2 of 2", largest.Why);
        Assert.Contains("first names 2 different", largest.Why);
    }

    [Fact]
    public void Run_DefaultSurvivorship_MostCompleteIsPrimary()
    {
        var group = Assert.Single(Run(new DuplicateDetector(), Contacts()).Groups, g => g.MemberIds.Contains("1"));
        Assert.Equal(["1", "2"], group.MemberIds);
        Assert.Equal("1", group.PrimaryId);
    }

    [Fact]
    public void Run_OldestSurvivorship_EarliestCreatedIsPrimary()
    {
        var detector = new DuplicateDetector(new DedupeSettings { Survivorship = SurvivorshipRule.Oldest });
        var group = Assert.Single(Run(detector, Contacts()).Groups, g => g.MemberIds.Contains("1"));
        Assert.Equal("2", group.PrimaryId);
    }

    [Fact]
    public void Run_PreviousAssignments_GroupKeepsItsId()
    {
        var detector = new DuplicateDetector();
        var options = new DedupeRunOptions { PreviousGroupIds = new Dictionary<string, string> { ["1"] = "dg-from-last-run" } };

        var result = Run(detector, Contacts(), options);

        Assert.Equal("dg-from-last-run", result.GroupAssignments["2"]);
    }

    [Fact]
    public void Run_TwoRuns_SameGroupIds()
    {
        var detector = new DuplicateDetector();
        Assert.Equal(Run(detector, Contacts()).GroupAssignments, Run(detector, Contacts()).GroupAssignments);
    }

    [Fact]
    public void Run_DuplicateRecordId_ErrorNamesId()
    {
        var records = new[] { TestRecords.Person("7", "a", "b"), TestRecords.Person("7", "c", "d") };
        var error = Assert.Throws<DedupeInputException>(() => Run(new DuplicateDetector(), records));
        Assert.Contains("'7'", error.Message);
    }

    [Fact]
    public void Run_NoRecords_EmptyResult()
    {
        var result = Run(new DuplicateDetector(), []);
        Assert.Empty(result.Pairs);
        Assert.Equal(0, result.Blocking.CandidatePairs);
    }

    [Fact]
    public void Run_ReportsBlockingStats()
    {
        var result = Run(new DuplicateDetector(), Contacts());
        Assert.Equal(103, result.Blocking.RecordCount);
        Assert.True(result.Blocking.CandidatePairs > 0);
        Assert.InRange(result.Blocking.ReductionRatio, 0.9, 1.0);
        Assert.Contains(result.Blocking.Passes, p => p.Key == BlockingKeyKind.Email && p.NewPairs >= 1);
    }

    [Fact]
    public void Constructor_InvalidSettings_ThrowsNamingKeys()
    {
        var settings = new DedupeSettings { MatchThreshold = 1.5, MaxBlockSize = 1, DefaultRegion = "XX" };
        var error = Assert.Throws<ArgumentException>(() => new DuplicateDetector(settings));
        Assert.Contains("Dedupe:MatchThreshold", error.Message);
        Assert.Contains("Dedupe:MaxBlockSize", error.Message);
        Assert.Contains("Dedupe:DefaultRegion", error.Message);
    }

    [Fact]
    public void Validate_Defaults_NoErrors() => Assert.Empty(DedupeSettingsValidator.Validate(new DedupeSettings()));
}
