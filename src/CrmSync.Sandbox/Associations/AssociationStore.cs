using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Associations;

/// <summary>
/// Associations in both directions. Seeded links come from <see cref="SeedAssociations"/>; the first change to a
/// (record, target type) pair copies its seeded links into an overlay that wins from then on.
/// </summary>
internal sealed class AssociationStore(SeedAssociations seed, IReadOnlyDictionary<ObjectKind, int> seededCounts)
{
    private readonly Dictionary<(ObjectKind From, long FromId, ObjectKind To), List<AssociationLink>> overlay = [];

    public IReadOnlyList<AssociationLink> Get(ObjectKind from, long fromId, ObjectKind to) =>
        overlay.TryGetValue((from, fromId, to), out var links) ? links : Seeded(from, fromId, to);

    /// <summary>Adds the type (and its inverse on the other record); adding an existing type changes nothing.</summary>
    public void Add(AssociationType type, long fromId, long toId)
    {
        AddOneWay(type.From, fromId, type.To, toId, type.TypeId);
        AddOneWay(type.To, toId, type.From, fromId, type.InverseTypeId);
    }

    /// <summary>Removes every type between the two records, both directions.</summary>
    public void RemoveAll(ObjectKind from, long fromId, ObjectKind to, long toId)
    {
        Editable(from, fromId, to).RemoveAll(l => l.ToId == toId);
        Editable(to, toId, from).RemoveAll(l => l.ToId == fromId);
    }

    /// <summary>Merge: every association of <paramref name="mergedId"/> moves to <paramref name="primaryId"/>.</summary>
    public void Move(ObjectKind kind, long mergedId, long primaryId)
    {
        foreach (var to in Enum.GetValues<ObjectKind>())
        {
            foreach (var link in Get(kind, mergedId, to).ToList())
            {
                foreach (var typeId in link.TypeIds)
                {
                    if (AssociationTypes.Find(kind, typeId) is { } type)
                    {
                        Add(type, primaryId, link.ToId);
                    }
                }

                RemoveAll(kind, mergedId, to, link.ToId);
            }
        }
    }

    private void AddOneWay(ObjectKind from, long fromId, ObjectKind to, long toId, int typeId)
    {
        var links = Editable(from, fromId, to);
        var link = links.Find(l => l.ToId == toId);
        if (link is null)
        {
            links.Add(new AssociationLink(toId, [typeId]));
        }
        else if (!link.TypeIds.Contains(typeId))
        {
            link.TypeIds.Add(typeId);
        }
    }

    private List<AssociationLink> Editable(ObjectKind from, long fromId, ObjectKind to)
    {
        var key = (from, fromId, to);
        if (!overlay.TryGetValue(key, out var links))
        {
            overlay[key] = links = Seeded(from, fromId, to).Select(l => l with { TypeIds = [.. l.TypeIds] }).ToList();
        }

        return links;
    }

    private List<AssociationLink> Seeded(ObjectKind from, long fromId, ObjectKind to)
    {
        var index = fromId - ObjectTypes.Of(from).IdBase;
        if (!seededCounts.TryGetValue(from, out var count) || index < 1 || index > count)
        {
            return [];
        }

        return (from, to) switch
        {
            (ObjectKind.Contacts, ObjectKind.Companies) => Links(to, [seed.CompanyOfContact(index)], 1, 279),
            (ObjectKind.Companies, ObjectKind.Contacts) => Links(to, seed.ContactsOfCompany(index), 2, 280),
            (ObjectKind.Deals, ObjectKind.Companies) => Links(to, [seed.CompanyOfDeal(index)], 5, 341),
            (ObjectKind.Companies, ObjectKind.Deals) => Links(to, seed.DealsOfCompany(index), 6, 342),
            (ObjectKind.Deals, ObjectKind.Contacts) => Links(to, DealContacts((int)index), 3),
            (ObjectKind.Contacts, ObjectKind.Deals) => Links(to, seed.DealsOfContact(index), 4),
            _ => [],
        };
    }

    private int[] DealContacts(int deal)
    {
        Span<int> targets = stackalloc int[2];
        return targets[..seed.ContactsOfDeal(deal, targets)].ToArray();
    }

    private static List<AssociationLink> Links(ObjectKind to, ReadOnlySpan<int> indexes, params int[] typeIds)
    {
        var idBase = ObjectTypes.Of(to).IdBase;
        var links = new List<AssociationLink>(indexes.Length);
        foreach (var index in indexes)
        {
            if (index > 0)
            {
                links.Add(new AssociationLink(idBase + index, [.. typeIds]));
            }
        }

        return links;
    }
}
