using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// A sorted-neighbourhood pass (<see cref="BlockingKeyKind.EmailNeighbours"/>): records ordered by their email
/// address (its first ten characters packed into a number, which orders addresses as text does), each paired
/// with the next <see cref="Window"/> − 1 records. Comparisons grow linearly, and addresses mistyped past their
/// first letters still meet.
/// </summary>
internal static class NeighbourWindows
{
    public const int Window = 3;
    private const int Chunk = 4096;
    private const int PackedCharacters = 10;

    public static bool IsWindowPass(BlockingKeyKind kind) => kind == BlockingKeyKind.EmailNeighbours;

    /// <summary>Sorted records, the window blocks, the pass summary and each record's position (−1 when not in the pass).</summary>
    public static (int[] Sorted, List<Block> Blocks, BlockingPassSummary Summary, int[] Position) Build(int pass, BlockingKeyKind kind, RecordFeatures features)
    {
        var email = features.Column(FeatureColumn.Email);
        var records = new List<int>();
        for (var i = 0; i < features.Count; i++)
        {
            if (email[i] >= 0 && (features.EmailFlags[i] & EmailFlags.RoleMailbox) == 0)
            {
                records.Add(i);
            }
        }

        var sorted = records.ToArray();
        var pool = features.Pool(FeatureColumn.Email);
        var sortKeys = sorted.Select(i => Packed(pool[email[i]])).ToArray();
        Array.Sort(sortKeys, sorted);
        var position = new int[features.Count];
        Array.Fill(position, -1);
        for (var j = 0; j < sorted.Length; j++)
        {
            position[sorted[j]] = j;
        }

        var blocks = new List<Block>();
        for (var start = 0; start + 1 < sorted.Length; start += Chunk)
        {
            blocks.Add(new Block(pass, start, Math.Min(Chunk, sorted.Length - 1 - start), Window));
        }

        return (sorted, blocks, new BlockingPassSummary(kind, sorted.Length, blocks.Count, Math.Min(Window, sorted.Length), 0), position);
    }

    // Six bits a character, in text order: a–z, 0–9, then the separators an address holds.
    private static ulong Packed(string address)
    {
        ulong packed = 0;
        for (var i = 0; i < PackedCharacters; i++)
        {
            packed = (packed << 6) | (i < address.Length ? Code(address[i]) : 0UL);
        }

        return packed;
    }

    private static ulong Code(char c) => c switch
    {
        >= '0' and <= '9' => (ulong)(c - '0' + 1),
        '+' => 11,
        '-' => 12,
        '.' => 13,
        '@' => 14,
        >= 'a' and <= 'z' => (ulong)(c - 'a' + 15),
        '_' => 41,
        _ => 42,
    };
}
