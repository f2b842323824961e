using System.Globalization;

namespace CrmSync.Sandbox.Seeding;

/// <summary>Seeded companies. Planted duplicates vary the legal suffix, carry a typo and a "www." domain, or shout the name and lack the domain.</summary>
internal sealed class CompanySeed : FieldSeedSource
{
    public const int SuffixVariation = 0;
    public const int TypoVariation = 1;
    public const int CaseVariation = 2;
    public const int Variations = 3;
    private const int SuffixField = 1, TldField = 2, AreaField = 3, ExchangeField = 4, LineField = 5, FormatField = 6;
    private const int NoPhoneField = 7, CityField = 8, IndustryField = 9, OwnerField = 10, ModifiedField = 11;
    private const int CreatedSpanField = 12, VariationRollField = 13, NoDomainField = 14, NoActivityField = 15, ActivityField = 16;
    private static readonly int Combinations = CompanyWords.Adjectives.Length * CompanyWords.Nouns.Length * CompanyWords.Sectors.Length;
    private readonly SeedContext context;
    private readonly DeterministicHash hash;
    private readonly long offset;

    public CompanySeed(SeedContext context, DuplicatePlan duplicates)
        : base("hs_lastmodifieddate", "CRM_UI")
    {
        this.context = context;
        Duplicates = duplicates;
        hash = new DeterministicHash(context.Seed, SeedStreams.Companies);
        offset = hash.Below(0, 99, (long)Combinations);
    }

    public DuplicatePlan Duplicates { get; }

    public override int Count => context.Companies;

    protected override IReadOnlyList<string> Properties { get; } =
        ["hs_object_id", "name", "domain", "phone", "city", "country", "industry", "hubspot_owner_id", "createdate", "hs_lastmodifieddate", "notes_last_updated"];

    public override string? GetValue(long index, string property)
    {
        var source = Original(index);
        return property switch
        {
            "hs_object_id" => (Objects.ObjectTypes.Companies.IdBase + index).ToString(CultureInfo.InvariantCulture),
            "name" => Name(index),
            "domain" => Domain(index),
            "phone" => Phone(index),
            "city" => CompanyWords.Cities[hash.Below(source, CityField, CompanyWords.Cities.Length)].City,
            "country" => CompanyWords.Cities[hash.Below(source, CityField, CompanyWords.Cities.Length)].Country,
            "industry" => CompanyWords.Industries[hash.Below(source, IndustryField, CompanyWords.Industries.Length)],
            "hubspot_owner_id" => context.PickOwner(hash, source, OwnerField),
            "createdate" => SeedTime.Iso(CreatedMs(index)),
            "hs_lastmodifieddate" => SeedTime.Iso(ModifiedMs(index)),
            // HubSpot's "Last Activity Date": empty on a tenth of companies, which never had a logged activity.
            "notes_last_updated" => LastActivity(index),
            _ => null,
        };
    }

    /// <summary>
    /// A whole number of days before seeding, so "days since" values do not tick over between two runs of a test;
    /// none when that would precede the record's creation.
    /// </summary>
    private string? LastActivity(long index)
    {
        var at = context.SeededAtMs - (hash.Below(index, ActivityField, 240) * SeedTime.Day);
        return hash.Percent(index, NoActivityField, 10) || at < CreatedMs(index) ? null : SeedTime.Iso(at);
    }

    public override long ModifiedMs(long index) => context.SeededAtMs - hash.Below(index, ModifiedField, 90 * SeedTime.Day);

    public override long CreatedMs(long index) => ModifiedMs(index) - SeedTime.Hour - hash.Below(index, CreatedSpanField, 1_500 * SeedTime.Day);

    public string Name(long index)
    {
        if (!Duplicates.TryGetOriginal(index, out var original, out var variation))
        {
            return BaseName(index) + Suffix(index);
        }

        var roll = hash.Of(index, VariationRollField);
        return variation switch
        {
            SuffixVariation => TextVariations.SwapSuffix(BaseName(original), Suffix(original), roll),
            TypoVariation => TextVariations.Typo(BaseName(original), roll) + Suffix(original),
            _ => (BaseName(original) + Suffix(original)).ToUpperInvariant(),
        };
    }

    public string? Domain(long index)
    {
        if (!Duplicates.TryGetOriginal(index, out var original, out var variation))
        {
            return hash.Percent(index, NoDomainField, 4) ? null : BaseDomain(index);
        }

        var domain = Domain(original);
        return variation switch
        {
            SuffixVariation => domain,
            TypoVariation => domain is null ? null : "www." + domain,
            _ => null,
        };
    }

    private string? Phone(long index)
    {
        var source = Original(index);
        if (hash.Percent(source, NoPhoneField, 10))
        {
            return null;
        }

        var format = hash.Below(source, FormatField, PhoneFormats.Count);
        if (source != index)
        {
            format = PhoneFormats.Other(format, hash.Of(index, FormatField));
        }

        var area = PersonWords.AreaCodes[hash.Below(source, AreaField, PersonWords.AreaCodes.Length)];
        return PhoneFormats.Format(area, 200 + hash.Below(source, ExchangeField, 800), hash.Below(source, LineField, 10_000), format);
    }

    private long Original(long index) => Duplicates.TryGetOriginal(index, out var original, out _) ? original : index;

    private string BaseName(long index)
    {
        var (adjective, noun, sector, round) = Words(index);
        var name = $"{adjective} {noun} {sector}";
        return round == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {round + 1}");
    }

    private string BaseDomain(long index)
    {
        var (adjective, noun, sector, round) = Words(index);
        var slug = TextVariations.Slug(adjective + noun + sector) + (round == 0 ? "" : round.ToString(CultureInfo.InvariantCulture));
        return slug + CompanyWords.TopLevelDomains[hash.Below(index, TldField, CompanyWords.TopLevelDomains.Length)];
    }

    private string Suffix(long index) => CompanyWords.Suffixes[hash.Below(index, SuffixField, CompanyWords.Suffixes.Length)];

    /// <summary>A bijection from index to word triple (7919 is coprime with 60·60·40), so names never repeat by accident.</summary>
    private (string Adjective, string Noun, string Sector, long Round) Words(long index)
    {
        var zeroBased = index - 1;
        var k = ((zeroBased % Combinations * 7919) + offset) % Combinations;
        var adjectives = CompanyWords.Adjectives.Length;
        var nouns = CompanyWords.Nouns.Length;
        return (CompanyWords.Adjectives[k % adjectives], CompanyWords.Nouns[k / adjectives % nouns], CompanyWords.Sectors[k / (adjectives * nouns)], zeroBased / Combinations);
    }
}
