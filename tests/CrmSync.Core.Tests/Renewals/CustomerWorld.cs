using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Renewals;

/// <summary>A small CRM of customer companies, their deals and contacts, as a connector would store them.</summary>
internal sealed class CustomerWorld
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<CrmRecord> _companies = [];
    private readonly List<CrmRecord> _deals = [];
    private readonly List<CrmRecord> _contacts = [];
    private int _next = 100;

    public static string Day(int daysFromNow) => Now.AddDays(daysFromNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A customer company with a contract end, its last activity, a won deal whose contact (the champion) stays or left.</summary>
    public string Customer(int? contractEndInDays, int? activityDaysAgo = 1, bool championStays = true, Dictionary<string, string?>? extra = null)
    {
        var id = $"c{++_next}";
        var properties = new Dictionary<string, string?>
        {
            [CanonicalFields.Name] = $"Company {id}", [CanonicalFields.OwnerId] = "7", [CanonicalFields.LifecycleStage] = "customer",
            [CanonicalFields.ContractEnd] = contractEndInDays is { } end ? Day(end) : null,
            [CanonicalFields.LastActivityAt] = activityDaysAgo is { } ago ? Now.AddDays(-ago).ToString("O") : null,
        };
        foreach (var (key, value) in extra ?? [])
            properties[key] = value;
        _companies.Add(Record(CrmObjectTypes.Companies, id, properties));
        var champion = Contact(championStays ? id : null);
        Contact(id);
        Deal(id, won: true, closed: true, contact: champion);
        return id;
    }

    public string Contact(string? companyId)
    {
        var id = $"p{++_next}";
        _contacts.Add(Record(CrmObjectTypes.Contacts, id, [], companyId is null ? [] : new() { [CrmObjectTypes.Companies] = [companyId] }));
        return id;
    }

    public CustomerWorld Deal(string companyId, bool won = false, bool closed = false, string? type = null, string? pipeline = null, string? contact = null, string? recurring = null, int? contractEndInDays = null)
    {
        var id = $"d{++_next}";
        var links = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Companies] = [companyId] };
        if (contact is not null)
            links[CrmObjectTypes.Contacts] = [contact];
        _deals.Add(Record(CrmObjectTypes.Deals, id, new()
        {
            [CanonicalFields.IsClosed] = closed ? "true" : "false", [CanonicalFields.IsWon] = won ? "true" : "false",
            [CanonicalFields.DealType] = type, [CanonicalFields.Pipeline] = pipeline ?? "default", [CanonicalFields.CloseDate] = Day(-200),
            [CanonicalFields.RecurringAmount] = recurring, [CanonicalFields.ContractEnd] = contractEndInDays is { } end ? Day(end) : null,
        }, links));
        return this;
    }

    /// <summary>A company that is not a customer (no stage, no won deal, no contract end).</summary>
    public string Prospect()
    {
        var id = $"c{++_next}";
        _companies.Add(Record(CrmObjectTypes.Companies, id, new() { [CanonicalFields.Name] = "Prospect" }));
        return id;
    }

    public void Set(string companyId, string key, string? value)
    {
        var index = _companies.FindIndex(c => c.Id == companyId);
        var properties = new Dictionary<string, string?>(_companies[index].Properties) { [key] = value };
        _companies[index] = _companies[index] with { Properties = properties };
    }

    public AnalysisContext Context(DateTimeOffset? now = null) => new("hs", now ?? Now,
        new Dictionary<string, IReadOnlyList<CrmRecord>>
        {
            [CrmObjectTypes.Companies] = _companies, [CrmObjectTypes.Deals] = _deals, [CrmObjectTypes.Contacts] = _contacts,
        },
        [new CrmPipeline(CrmObjectTypes.Deals, "default", "Sales", []), new CrmPipeline(CrmObjectTypes.Deals, "77", "Renewals", [])],
        []);

    private static CrmRecord Record(string type, string id, Dictionary<string, string?> properties, Dictionary<string, IReadOnlyList<string>>? links = null) =>
        new(type, id, properties, Now.AddYears(-2), Now.AddDays(-1)) { Associations = links ?? [] };
}
