using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Blocking;

namespace CrmSync.Core.Tests.Dedupe;

public class BlockingTests
{
    [Fact]
    public void ForEach_SharedInboxAboveCap_SplitByFirstNameNotSkipped()
    {
        // Ten people share one inbox; two of the records are one person (Robert / Bob). The block is above the
        // cap, so it is split by first name (nickname group) rather than dropped: only that pair is compared.
        string[] colleagues = ["Ana", "Carl", "Dina", "Eli", "Fay", "Gus", "Hal", "Ivy"];
        var records = colleagues.Select((name, i) => TestRecords.Person($"r{i}", name, "Lopez", email: "sales.team@acme.com"))
            .Append(TestRecords.Person("bob", "Bob", "Zabo", email: "sales.team@acme.com"))
            .Append(TestRecords.Person("robert", "Robert", "Zabo", email: "Sales.Team@acme.com"))
            .ToList();
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.Email], RecordKind.Person, maxBlockSize: 5, parallelism: 1);

        var pairs = Collect(new CandidatePairs(index));

        Assert.Equal([("bob", "robert")], pairs.Select(p => (features.Ids[p.A], features.Ids[p.B])));
        Assert.Equal(1, index.Summaries[0].RefinedBlocks);
        Assert.Equal(0, index.Summaries[0].OversizedBlocks);
        Assert.Equal(10, index.Summaries[0].LargestBlock);
    }

    [Fact]
    public void ForEach_BlockNoRefinementSplits_SkippedAndReported()
    {
        // A placeholder value on ten records that also share the refinement keys: nothing splits it.
        var records = Enumerable.Range(0, 10).Select(i => TestRecords.Person($"r{i}", "Test", "Test", email: "test@example.com"))
            .Append(TestRecords.Person("p1", "ana", "lima", phone: "415-555-2671"))
            .Append(TestRecords.Person("p2", "bea", "reis", phone: "(415) 555-2671"))
            .ToList();
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.Email, BlockingKeyKind.Phone], RecordKind.Person, maxBlockSize: 5, parallelism: 1);

        var pairs = Collect(new CandidatePairs(index));

        Assert.Equal([("p1", "p2")], pairs.Select(p => (features.Ids[p.A], features.Ids[p.B])));
        Assert.Equal(1, index.Summaries[0].OversizedBlocks);
    }

    [Fact]
    public void KeyOf_RecordOfARefinedBlock_GetsTheSubBlockKey()
    {
        var records = Enumerable.Range(0, 6).Select(i => TestRecords.Person($"r{i}", i < 3 ? "Ana" : "Bea", "Lopez", email: "bookings.team@acme.com")).ToList();
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.Email], RecordKind.Person, maxBlockSize: 4, parallelism: 1);

        Assert.Equal(index.Keys[0]![0], index.KeyOf(0, features, 1));
        Assert.NotEqual(index.Keys[0]![0], index.KeyOf(0, features, 4));
        Assert.Equal(index.Keys[0]![0], index.KeyOf(0, features, 0));
    }

    [Fact]
    public void ForEach_PairSharingSeveralKeys_VisitedOnceByFirstPass()
    {
        var records = new[]
        {
            TestRecords.Person("a", "John", "Smith", "john@acme.com", "415-555-2671"),
            TestRecords.Person("b", "Jon", "Smyth", "john@acme.com", "415-555-2671"),
        };
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.Email, BlockingKeyKind.Phone, BlockingKeyKind.NamePhonetic], RecordKind.Person, 100, 1);

        var pairs = Collect(new CandidatePairs(index));

        Assert.Equal([(0, 1, 0)], pairs);
    }

    [Fact]
    public void ForEach_OversizedEarlierPass_LaterPassStillProducesPair()
    {
        var records = Enumerable.Range(0, 6).Select(i => TestRecords.Person($"r{i}", "x", "y", email: "shared@acme.com", phone: i < 2 ? "415-555-2671" : null)).ToList();
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.Email, BlockingKeyKind.Phone], RecordKind.Person, maxBlockSize: 3, parallelism: 1);

        var pairs = Collect(new CandidatePairs(index));

        Assert.Equal([(0, 1, 1)], pairs);
    }

    [Fact]
    public void ForEach_EmailNeighbours_AddressesMistypedPastTheirStartMeet()
    {
        // No key is shared (the addresses differ), but in address order the two sit side by side.
        var records = new[]
        {
            TestRecords.Person("a", "Jo", "Cox", "j.c@white.org"),
            TestRecords.Person("b", "Ann", "Zed", "zed@apex.io"),
            TestRecords.Person("c", "Jay", "Coxx", "j.c@wwhite.org"),
            TestRecords.Person("d", "Bo", "Yun", "bo.yun@quarry.net"),
        };
        var features = TestRecords.Features(records);
        var index = BlockIndex.Build(features, [BlockingKeyKind.EmailNeighbours, BlockingKeyKind.Email], RecordKind.Person, maxBlockSize: 12, parallelism: 1);
        var candidates = new CandidatePairs(index);

        var pairs = Collect(candidates).Select(p => (features.Ids[p.A], features.Ids[p.B])).ToList();

        Assert.Contains(("a", "c"), pairs);
        Assert.True(candidates.IsCandidate(0, 2));
        Assert.False(candidates.IsCandidate(1, 3)); // zed@… and bo.yun@… sit three places apart
        Assert.Equal(BlockingKeyKind.EmailNeighbours, index.Passes[^1]); // run after the keyed passes, whatever the order asked
    }

    [Fact]
    public void Key_NamePhonetic_SameForSwappedNames()
    {
        var features = TestRecords.Features([TestRecords.Person("a", "Isla", "Hall"), TestRecords.Person("b", "Hall", "Isla")]);
        Assert.Equal(BlockingKeyBuilder.Key(BlockingKeyKind.NamePhonetic, features, 0), BlockingKeyBuilder.Key(BlockingKeyKind.NamePhonetic, features, 1));
    }

    [Fact]
    public void Key_FirstNameAndBirthDate_NicknamesShareKey()
    {
        var records = new[]
        {
            DedupeRecord.Create("a", (FieldRole.FirstName, "Bob"), (FieldRole.DateOfBirth, "1980-01-02")),
            DedupeRecord.Create("b", (FieldRole.FirstName, "Robert"), (FieldRole.DateOfBirth, "1980-01-02")),
        };
        var features = TestRecords.Features(records);
        Assert.Equal(BlockingKeyBuilder.Key(BlockingKeyKind.FirstNamePhoneticDateOfBirth, features, 0), BlockingKeyBuilder.Key(BlockingKeyKind.FirstNamePhoneticDateOfBirth, features, 1));
    }

    [Fact]
    public void Key_RoleMailbox_NoEmailKey()
    {
        var features = TestRecords.Features([TestRecords.Person("a", "x", "y", email: "info@acme.com")]);
        Assert.Equal(0UL, BlockingKeyBuilder.Key(BlockingKeyKind.Email, features, 0));
    }

    private static List<(int A, int B, int Pass)> Collect(CandidatePairs candidates)
    {
        var pairs = new List<(int, int, int)>();
        candidates.ForEach(() => new List<(int, int, int)>(), (list, a, b, pass) => list.Add((a, b, pass)), pairs.AddRange, 1, TestContext.Current.CancellationToken);
        return pairs.Order().ToList();
    }
}
