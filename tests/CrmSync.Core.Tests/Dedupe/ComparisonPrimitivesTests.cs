using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Tests.Dedupe;

public class ComparisonPrimitivesTests
{
    [Fact]
    public void EditDistanceBounded_RandomStrings_EqualsFullTableWithinBound()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 5_000; trial++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Word(random) : Mutate(a, random);
            var max = random.Next(0, 4);
            var expected = Math.Min(FullTable(a, b), max + 1);

            Assert.True(expected == EditDistance.Bounded(a, b, max), $"'{a}' vs '{b}' within {max}");
        }
    }

    [Theory]
    [InlineData("martha", "marhta", 1)]
    [InlineData("jesse71@gmail.com", "jesse712@gmail.com", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void EditDistanceBounded_KnownPairs(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Bounded(a, b, 5));

    private static string Word(Random random) => new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('a' + random.Next(4))).ToArray());

    private static string Mutate(string value, Random random)
    {
        var chars = value.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0 when chars.Count > 0:
                    chars.RemoveAt(at);
                    break;
                case 1 when chars.Count > at + 1:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                case 2 when chars.Count > 0:
                    chars[at] = (char)('a' + random.Next(4));
                    break;
                default:
                    chars.Insert(at, (char)('a' + random.Next(4)));
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    // The textbook optimal-string-alignment table, every cell computed.
    private static int FullTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
