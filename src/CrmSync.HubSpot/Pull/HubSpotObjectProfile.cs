using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Per object type: its field map, the modified-timestamp property search filters on, and the properties always
/// pulled. The last two are HubSpot names (they go straight into requests), derived from the map so they cannot drift;
/// <see cref="MergedIdsProperty"/> is always pulled too, though it maps to nothing: it tells which ids are gone.
/// </summary>
internal sealed record HubSpotObjectProfile(string ObjectType, HubSpotFieldMap Map, string ModifiedProperty, IReadOnlyList<string> AlwaysProperties)
{
    public const string ObjectIdProperty = "hs_object_id";

    /// <summary>The ids merged into a record, semicolon-separated (hubspot-api.md §11).</summary>
    public const string MergedIdsProperty = "hs_merged_object_ids";

    private static readonly HubSpotObjectProfile ContactsProfile = Create(HubSpotFieldMaps.Contacts);
    private static readonly HubSpotObjectProfile CompaniesProfile = Create(HubSpotFieldMaps.Companies);
    private static readonly HubSpotObjectProfile DealsProfile = Create(HubSpotFieldMaps.Deals, CanonicalFields.Pipeline, CanonicalFields.Stage);

    /// <exception cref="ArgumentException">The connector does not support the object type.</exception>
    public static HubSpotObjectProfile For(string objectType) => objectType switch
    {
        CrmObjectTypes.Contacts => ContactsProfile,
        CrmObjectTypes.Companies => CompaniesProfile,
        CrmObjectTypes.Deals => DealsProfile,
        _ => Create(HubSpotFieldMaps.For(objectType)),
    };

    /// <summary>The profile with the tenant's own company properties of <paramref name="options"/> mapped.</summary>
    public static HubSpotObjectProfile For(string objectType, HubSpotConnectorOptions options) =>
        objectType == CrmObjectTypes.Companies && (options.CompanyContractEndField is not null || options.CompanyUsageField is not null)
            ? Create(HubSpotFieldMaps.CompaniesWith(options.CompanyContractEndField, options.CompanyUsageField))
            : For(objectType);

    private static HubSpotObjectProfile Create(HubSpotFieldMap map, params string[] extra) => new(
        map.ObjectType,
        map,
        map.ToNative(CanonicalFields.ModifiedAt),
        [.. new[] { CanonicalFields.ModifiedAt, CanonicalFields.CreatedAt, CanonicalFields.OwnerId }.Concat(extra).Select(map.ToNative), MergedIdsProperty]);
}
