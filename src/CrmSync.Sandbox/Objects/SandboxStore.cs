using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Owners;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Properties;
using CrmSync.Sandbox.Scenarios;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// Everything the fake CRM holds. One lock guards it all: handlers are short (a page renders in well under a
/// millisecond), and a single lock keeps multi-record writes such as merges trivially consistent.
/// </summary>
internal sealed class SandboxStore
{
    private readonly ObjectTable[] tables;

    private SandboxStore(SandboxOptions options)
    {
        Options = options;
        Clock = options.StageCriteriaCases || options.MetricsScenario ? new PlantingClock(options.TimeProvider) : options.TimeProvider;
        SeededAt = DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
        Owners = OwnerSeed.Create(SeededAt);
        var seededPipelines = PipelineSeed.CreateDealPipelines(SeededAt);
        DealPipelines = options.StageCriteriaCases ? [.. seededPipelines, StageCriteriaCases.Pipeline(SeededAt)] : seededPipelines;
        if (options.MetricsScenario)
            DealPipelines = [HubSpotScenarioPlanter.Pipeline(SeededAt), .. DealPipelines.Skip(seededPipelines.Count)];
        if (options.RenewalCases)
            DealPipelines = [.. DealPipelines, .. RenewalCases.Pipelines(SeededAt)];
        Properties = PropertySeed.Create(DealPipelines, Owners, SeededAt);
        if (options.RenewalCases)
            RenewalCases.AddProperties(Properties, SeededAt);

        var context = new SeedContext(options, SeededAt, Owners);
        var contactDuplicates = new DuplicatePlan(options.Seed, SeedStreams.Contacts, options.DuplicateRate, ContactSeed.Variations);
        var companyDuplicates = new DuplicatePlan(options.Seed, SeedStreams.Companies, options.DuplicateRate, CompanySeed.Variations);
        var seededLinks = new SeedAssociations(context, contactDuplicates);
        CompanySeed = new CompanySeed(context, companyDuplicates);
        ContactSeed = new ContactSeed(context, contactDuplicates, CompanySeed, seededLinks);
        var deals = new DealSeed(context, new DealPlanner(context, seededPipelines), CompanySeed, seededLinks);

        tables =
        [
            // The metrics scenario is the whole portal: nothing seeded beside it.
            new ObjectTable(ObjectTypes.Contacts, options.MetricsScenario ? null : ContactSeed),
            new ObjectTable(ObjectTypes.Companies, options.MetricsScenario ? null : CompanySeed),
            new ObjectTable(ObjectTypes.Deals, options.MetricsScenario ? null : deals),
            new ObjectTable(ObjectTypes.Tasks, null),
            new ObjectTable(ObjectTypes.Notes, null),
        ];
        Associations = new AssociationStore(seededLinks, tables.ToDictionary(t => t.Type.Kind, t => t.SeededCount));
        PlantedStageCases = Clock is PlantingClock planting && options.StageCriteriaCases ? StageCriteriaCases.Plant(this, planting) : [];
        PlantedLifecycleCases = Clock is PlantingClock lifecycle && options.StageCriteriaCases ? LifecycleCriteriaCases.Plant(this, lifecycle) : [];
        PlantedRenewalCases = options.RenewalCases ? RenewalCases.Plant(this) : [];
        if (options.MetricsScenario)
            HubSpotScenarioPlanter.Plant(this, (PlantingClock)Clock);
    }

    /// <summary>The contacts planted with <see cref="SandboxOptions.StageCriteriaCases"/> (else none).</summary>
    public IReadOnlyList<PlantedLifecycleCase> PlantedLifecycleCases { get; }

    /// <summary>The customer companies planted with <see cref="SandboxOptions.RenewalCases"/> (else none).</summary>
    public IReadOnlyList<PlantedRenewalCase> PlantedRenewalCases { get; }

    /// <summary>The stage-criteria cases planted with <see cref="SandboxOptions.StageCriteriaCases"/> (else none).</summary>
    public IReadOnlyList<PlantedStageCase> PlantedStageCases { get; }

    public Lock Sync { get; } = new();

    public SandboxOptions Options { get; }

    public TimeProvider Clock { get; }

    public DateTimeOffset SeededAt { get; }

    public IReadOnlyList<Owner> Owners { get; }

    public IReadOnlyList<DealPipeline> DealPipelines { get; }

    public PropertyCatalog Properties { get; }

    public AssociationStore Associations { get; }

    public ContactSeed ContactSeed { get; }

    public CompanySeed CompanySeed { get; }

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public static SandboxStore Create(SandboxOptions options)
    {
        SandboxOptionsValidator.ThrowIfInvalid(options);
        return new SandboxStore(options);
    }

    public ObjectTable Table(ObjectKind kind) => tables[(int)kind];

    public ObjectTable Table(ObjectTypeInfo type) => tables[(int)type.Kind];

    public DealPipeline? FindPipeline(string? id) => DealPipelines.FirstOrDefault(p => p.Id == id);

    public Owner? FindOwner(string? id) => Owners.FirstOrDefault(o => o.Id == id);
}
