using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// Turns a copy of a company record into a planted duplicate: one to three of its fields changed the way account
/// names, websites, phones and addresses drift (legal form, abbreviation, acronym, typo, format, missing value).
/// </summary>
internal sealed class CompanyCorruptor(Random random)
{
    public RoleValues Corrupt(RoleValues original) => Corruptions.CorruptSome(original, CompanyRecord.Fields, random, Corrupt);

    private string? Corrupt(FieldRole field, string value)
    {
        var roll = random.NextDouble();
        return field switch
        {
            FieldRole.CompanyName => Name(value, roll),
            FieldRole.Website => roll < 0.6 ? null : CompanyRecord.Website(Domain(value), random),
            FieldRole.Phone when roll < 0.35 => null,
            FieldRole.Phone => Corruptions.FormatPhone(roll < 0.85 ? Corruptions.PhoneDigits(value) : Corruptions.PhoneDigitTypo(Corruptions.PhoneDigits(value), random), random),
            FieldRole.Address when roll < 0.4 => CompanyWords.StreetTypes.Aggregate(value, (text, type) => text.Replace(" " + type.Long, " " + type.Short)),
            FieldRole.Address when roll < 0.6 => $"{value} Suite {random.Next(1, 20) * 100}",
            FieldRole.Address when roll < 0.8 => null,
            FieldRole.City or FieldRole.Postcode when roll < 0.5 => null,
            FieldRole.Postcode => Corruptions.PhoneDigitTypo(value + "00000", random)[..value.Length],
            _ => Corruptions.Typo(value, random),
        };
    }

    private string Name(string name, double roll)
    {
        var words = name.Split(' ').ToList();
        var legal = CompanyWords.LegalForms.Where(f => f.Length > 0 && words[^1] == f).FirstOrDefault();
        var core = legal is null ? words : words[..^1];
        switch (roll)
        {
            case < 0.35:
                var other = CompanyWords.LegalForms[random.Next(CompanyWords.LegalForms.Length)];
                return string.Join(' ', other.Length == 0 ? core : [.. core, other]);
            case < 0.55 when Abbreviated(words) is { } abbreviated:
                return abbreviated;
            case < 0.65 when core.Count >= 3:
                return string.Concat(core.Where(w => w != "&").Select(w => char.ToUpperInvariant(w[0])));
            case < 0.7:
                return "The " + name;
            case < 0.8:
                return name.ToUpperInvariant();
            default:
                return Corruptions.Typo(name, random);
        }
    }

    /// <summary>One word written in its short form, or a short form written out ("Intl" ↔ "International", "&" ↔ "and").</summary>
    private static string? Abbreviated(List<string> words)
    {
        foreach (var (full, brief) in CompanyWords.Abbreviations)
        {
            var at = words.FindIndex(w => w == full || w == brief);
            if (at >= 0)
            {
                return string.Join(' ', words.Select((w, i) => i != at ? w : w == full ? brief : full));
            }
        }

        return null;
    }

    private static string Domain(string website)
    {
        var host = website.Replace("https://", "").Replace("http://", "").Replace("www.", "");
        return host.Split('/')[0];
    }

}
