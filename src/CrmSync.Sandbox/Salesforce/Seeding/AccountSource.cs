using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// Accounts are the sandbox's seeded companies (same names, domains, phones, cities and planted near-duplicates:
/// legal-suffix, name-typo-www-domain, upper-case-no-domain) dressed in Salesforce fields.
/// </summary>
internal sealed class AccountSource(SeedContext context, CompanySeed companies, UserDirectory users)
    : SeededRecordSource(context.Seed, SalesforceSeedStreams.Accounts, context.SeededAtMs)
{
    private const int TypeField = 1, EmployeesField = 2, RevenueField = 3, NoRevenueField = 4;

    private static readonly Dictionary<string, string> Industries = new(StringComparer.Ordinal)
    {
        ["COMPUTER_SOFTWARE"] = "Technology", ["INFORMATION_TECHNOLOGY_AND_SERVICES"] = "Technology",
        ["FINANCIAL_SERVICES"] = "Finance", ["HOSPITAL_HEALTH_CARE"] = "Healthcare", ["RETAIL"] = "Retail",
        ["LOGISTICS_AND_SUPPLY_CHAIN"] = "Transportation", ["MARKETING_AND_ADVERTISING"] = "Media",
        ["CONSTRUCTION"] = "Construction", ["REAL_ESTATE"] = "Other", ["EDUCATION_MANAGEMENT"] = "Education",
        ["AUTOMOTIVE"] = "Manufacturing", ["FOOD_BEVERAGES"] = "Food & Beverage", ["TELECOMMUNICATIONS"] = "Telecommunications",
        ["INSURANCE"] = "Insurance", ["PHARMACEUTICALS"] = "Biotechnology",
    };

    public override int Count => companies.Count;

    public CompanySeed Companies => companies;

    public string Name(int number) => companies.Name(number);

    public override long CreatedMs(int number) => companies.CreatedMs(number);

    public override long ModifiedMs(int number) => companies.ModifiedMs(number);

    protected override string OwnerId(int number) => users.FromOwner(companies.GetValue(number, "hubspot_owner_id"));

    protected override object? Value(int number, string field) => field switch
    {
        "Name" => companies.Name(number),
        "Website" => companies.Domain(number),
        "Phone" => companies.GetValue(number, "phone"),
        "BillingCity" => companies.GetValue(number, "city"),
        "BillingCountry" => companies.GetValue(number, "country"),
        "Industry" => Industries.GetValueOrDefault(companies.GetValue(number, "industry") ?? "", "Other"),
        "Type" => Picklists.AccountTypes[Hash.Below(number, TypeField, Picklists.AccountTypes.Length)],
        "NumberOfEmployees" => (double)(5 + Hash.Below(number, EmployeesField, 5_000)),
        "AnnualRevenue" => Hash.Percent(number, NoRevenueField, 30) ? null : (double)((1 + Hash.Below(number, RevenueField, 2_000)) * 50_000),
        "LastActivityDate" => SeedTime.TryParse(companies.GetValue(number, "notes_last_updated"), out var at) ? SalesforceTime.Day(at) : null,
        "Region__c" => Region(companies.GetValue(number, "country")),
        _ => null,
    };

    private static string Region(string? country) => country switch
    {
        "United States" or "Canada" => "AMER",
        "Brazil" => "LATAM",
        "Australia" or "Singapore" or "Japan" => "APAC",
        _ => "EMEA",
    };
}
