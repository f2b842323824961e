using CrmSync.Core.Dedupe;
using CrmSync.DedupeBench.Generators;

namespace CrmSync.DedupeBench;

/// <summary>
/// The plain rule the issue compares against: a pair is a match when at least four of the six person fields agree
/// exactly (after trimming and lowercasing; phones by their last ten digits). Pairs are the ones sharing any field,
/// so the rule gets every pair it could call a match.
/// </summary>
internal static class FieldAgreementBaseline
{
    public static Quality Evaluate(LabelledDataset data, HashSet<(string, string)> truth, int required = 4)
    {
        var values = data.Records.Select(r => PersonRecord.Fields.Select(f => Canonical(f, r.Get(f))).ToArray()).ToArray();
        var predicted = new HashSet<(string, string)>();
        for (var field = 0; field < PersonRecord.Fields.Length; field++)
        {
            foreach (var block in Enumerable.Range(0, values.Length).Where(i => values[i][field] is not null).GroupBy(i => values[i][field]))
            {
                var members = block.ToArray();
                if (members.Length > 2_000)
                {
                    continue; // a value shared by thousands (a city) cannot be the only agreement of a four-field match
                }

                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        if (Agreements(values[members[i]], values[members[j]]) >= required)
                        {
                            predicted.Add(Metrics.Key(data.Records[members[i]].Id, data.Records[members[j]].Id));
                        }
                    }
                }
            }
        }

        return Metrics.Pairwise(predicted, truth);
    }

    private static int Agreements(string?[] a, string?[] b)
    {
        var count = 0;
        for (var f = 0; f < a.Length; f++)
        {
            count += a[f] is not null && a[f] == b[f] ? 1 : 0;
        }

        return count;
    }

    private static string? Canonical(FieldRole field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (field == FieldRole.Phone)
        {
            var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
            return digits.Length >= 10 ? digits[^10..] : digits;
        }

        if (field == FieldRole.DateOfBirth && DateOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            return date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return value.Trim().ToLowerInvariant();
    }
}
