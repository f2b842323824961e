using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>Writes a generated company as a CRM account record, formatted the way people and imports type values.</summary>
internal static class CompanyRecord
{
    public static readonly FieldRole[] Fields =
        [FieldRole.CompanyName, FieldRole.Website, FieldRole.Phone, FieldRole.Address, FieldRole.City, FieldRole.Postcode];

    public static RoleValues Write(GeneratedCompany company, Random random) => new()
    {
        [FieldRole.CompanyName] = company.Legal.Length == 0 ? company.Name : $"{company.Name} {company.Legal}",
        [FieldRole.Website] = Website(company.Domain, random),
        [FieldRole.Phone] = Corruptions.FormatPhone(company.PhoneDigits, random),
        [FieldRole.Address] = company.Street,
        [FieldRole.City] = company.City.Name,
        [FieldRole.State] = company.City.State,
        [FieldRole.Postcode] = company.Zip,
    };

    public static string Website(string domain, Random random) => random.Next(5) switch
    {
        0 => domain,
        1 => $"www.{domain}",
        2 => $"https://www.{domain}",
        3 => $"http://{domain}/",
        _ => $"https://{domain}/about",
    };
}
