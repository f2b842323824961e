using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Incremental;

namespace CrmSync.Core.Tests.Dedupe;

public class DedupeIndexTests
{
    private static List<DedupeRecord> Existing()
    {
        var first = new[] { "Ana", "Bea", "Carl", "Dina", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon" };
        var last = new[] { "Silva", "Moore", "Khan", "Lopez", "Weber", "Novak", "Ito", "Berg", "Costa", "Dunn" };
        var records = new List<DedupeRecord>();
        for (var i = 0; i < 100; i++)
        {
            records.Add(DedupeRecord.Create($"c{i}", (FieldRole.FirstName, first[i % 10]), (FieldRole.LastName, last[i / 10]),
                (FieldRole.Email, $"{first[i % 10]}.{last[i / 10]}@example{i % 7}.com"), (FieldRole.Phone, $"303-555-{1000 + i}")));
        }

        // Some duplicates so the model learns what a match looks like.
        for (var i = 0; i < 10; i++)
        {
            records.Add(DedupeRecord.Create($"d{i}", (FieldRole.FirstName, first[i % 10]), (FieldRole.LastName, last[i / 10]),
                (FieldRole.Email, $"{first[i % 10]}.{last[i / 10]}@EXAMPLE{i % 7}.com"), (FieldRole.Phone, $"(303) 555-{1000 + i}")));
        }

        return records;
    }

    [Fact]
    public void FindMatches_VariantOfStoredRecord_ReturnsItWithoutChangingIndex()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        var probe = DedupeRecord.Create("new", (FieldRole.FirstName, "Eli"), (FieldRole.LastName, "Moore"), (FieldRole.Email, "eli.moore@example0.com"));

        var matches = index.FindMatches(probe);

        Assert.Contains(matches, m => m.IdA == "new" && m.IdB == "c14");
        Assert.Equal(110, index.Count);
    }

    [Fact]
    public void FindMatches_RecordInABlockTheBatchSplit_KeyedLikeTheBatchAndFound()
    {
        // Forty colleagues share one inbox (a block far above the cap, split by first name in the batch run); a
        // new record of one of them must land in that person's part of the split block.
        var records = Existing();
        for (var i = 0; i < 40; i++)
        {
            records.Add(DedupeRecord.Create($"team{i}", (FieldRole.FirstName, $"Name{(char)('a' + (i % 26))}{i}"), (FieldRole.LastName, "Olsen"), (FieldRole.Email, "bookings.team@acme.com")));
        }

        var index = DedupeIndex.Build(records, new DedupeSettings { MaxBlockSize = 12 }, TestContext.Current.CancellationToken);
        var probe = DedupeRecord.Create("new", (FieldRole.FirstName, "Namec2"), (FieldRole.LastName, "Olsen"), (FieldRole.Email, "Bookings.Team@acme.com"));

        var matches = index.FindMatches(probe, minProbability: 0.01);

        Assert.Contains(matches, m => m.IdB == "team2");
        Assert.DoesNotContain(matches, m => m.IdB == "team3");
    }

    [Fact]
    public void FindMatches_UnrelatedRecord_NoMatches()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        var probe = DedupeRecord.Create("new", (FieldRole.FirstName, "Zed"), (FieldRole.LastName, "Quill"), (FieldRole.Email, "zq@elsewhere.org"));
        Assert.Empty(index.FindMatches(probe));
    }

    [Fact]
    public void Upsert_NewRecord_LaterProbeFindsIt()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        index.Upsert(DedupeRecord.Create("n1", (FieldRole.FirstName, "Zed"), (FieldRole.LastName, "Quill"), (FieldRole.Email, "zed.quill@elsewhere.org"), (FieldRole.Phone, "720-555-0199")));

        var matches = index.FindMatches(DedupeRecord.Create("n2", (FieldRole.FirstName, "Zed"), (FieldRole.LastName, "Quill"), (FieldRole.Email, "Zed.Quill@elsewhere.org")));

        Assert.Equal("n1", Assert.Single(matches).IdB);
        Assert.Equal(111, index.Count);
    }

    [Fact]
    public void Upsert_ChangedEmail_OldKeyNoLongerMatches()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        index.Upsert(DedupeRecord.Create("c0", (FieldRole.FirstName, "Ana"), (FieldRole.LastName, "Silva"), (FieldRole.Email, "asilva@newjob.com")));

        var byOldEmail = index.FindMatches(DedupeRecord.Create("p", (FieldRole.Email, "ana.silva@example0.com")), minProbability: 0.01);

        Assert.DoesNotContain(byOldEmail, m => m.IdB == "c0");
    }

    [Fact]
    public void Remove_Record_NoLongerReturned()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        var probe = DedupeRecord.Create("new", (FieldRole.FirstName, "Eli"), (FieldRole.LastName, "Moore"), (FieldRole.Email, "eli.moore@example0.com"));

        Assert.True(index.Remove("c14"));

        Assert.DoesNotContain(index.FindMatches(probe), m => m.IdB == "c14");
        Assert.False(index.Remove("c14"));
    }

    [Fact]
    public void FindMatches_StoredRecordProbedWithItsOwnId_NotMatchedToItself()
    {
        var index = DedupeIndex.Build(Existing(), cancellationToken: TestContext.Current.CancellationToken);
        var matches = index.FindMatches(DedupeRecord.Create("c0", (FieldRole.FirstName, "Ana"), (FieldRole.LastName, "Silva"), (FieldRole.Email, "ana.silva@example0.com")));
        Assert.DoesNotContain(matches, m => m.IdB == "c0");
        Assert.Contains(matches, m => m.IdB == "d0");
    }
}
