using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Associations;

/// <summary>HUBSPOT_DEFINED association type ids (hubspot-api.md §8); the association creates' typeId picks the target type.</summary>
internal static class AssociationTypes
{
    public static readonly IReadOnlyList<AssociationType> All = Build();

    public static AssociationType? Find(ObjectKind from, int typeId) => All.FirstOrDefault(t => t.From == from && t.TypeId == typeId);

    public static IEnumerable<AssociationType> Between(ObjectKind from, ObjectKind to) => All.Where(t => t.From == from && t.To == to);

    public static AssociationType? Default(ObjectKind from, ObjectKind to) => All.FirstOrDefault(t => t.From == from && t.To == to && t.IsDefault);

    private static List<AssociationType> Build()
    {
        var types = new List<AssociationType>();
        void Pair(ObjectKind a, ObjectKind b, int forward, int backward, string? label, bool isDefault, string suffix = "")
        {
            var nameA = ObjectTypes.Of(a).Singular;
            var nameB = ObjectTypes.Of(b).Singular;
            types.Add(new AssociationType(forward, a, b, label, $"{nameA}_to_{nameB}{suffix}", backward, isDefault));
            types.Add(new AssociationType(backward, b, a, label, $"{nameB}_to_{nameA}{suffix}", forward, isDefault));
        }

        Pair(ObjectKind.Contacts, ObjectKind.Companies, 1, 2, "Primary", isDefault: false);
        Pair(ObjectKind.Contacts, ObjectKind.Companies, 279, 280, null, isDefault: true, "_unlabeled");
        Pair(ObjectKind.Deals, ObjectKind.Contacts, 3, 4, null, isDefault: true);
        Pair(ObjectKind.Deals, ObjectKind.Companies, 5, 6, "Primary", isDefault: false);
        Pair(ObjectKind.Deals, ObjectKind.Companies, 341, 342, null, isDefault: true, "_unlabeled");
        Pair(ObjectKind.Tasks, ObjectKind.Contacts, 204, 203, null, isDefault: true);
        Pair(ObjectKind.Tasks, ObjectKind.Companies, 192, 191, null, isDefault: true);
        Pair(ObjectKind.Tasks, ObjectKind.Deals, 216, 215, null, isDefault: true);
        Pair(ObjectKind.Notes, ObjectKind.Contacts, 202, 201, null, isDefault: true);
        Pair(ObjectKind.Notes, ObjectKind.Companies, 190, 189, null, isDefault: true);
        Pair(ObjectKind.Notes, ObjectKind.Deals, 214, 213, null, isDefault: true);
        return types;
    }
}
