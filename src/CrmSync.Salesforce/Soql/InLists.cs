namespace CrmSync.Salesforce.Soql;

/// <summary>
/// Cuts a long set of literals into IN lists whose query URL stays under a length (each literal counted as it will
/// travel: percent-encoded, with its comma), so that no query exceeds the URI limit however many values there are.
/// </summary>
internal static class InLists
{
    /// <param name="literals">Already quoted literals (<see cref="Soql.Quote"/>, <see cref="Soql.Id"/>).</param>
    /// <param name="budget">Characters left for the list in the encoded URL.</param>
    public static IEnumerable<string> Split(IEnumerable<string> literals, int budget)
    {
        var chunk = new List<string>();
        var length = 0;
        foreach (var literal in literals)
        {
            var size = Uri.EscapeDataString(literal).Length + 3;
            if (chunk.Count > 0 && length + size > budget)
            {
                yield return $"({string.Join(",", chunk)})";
                chunk.Clear();
                length = 0;
            }

            chunk.Add(literal);
            length += size;
        }

        if (chunk.Count > 0)
            yield return $"({string.Join(",", chunk)})";
    }
}
