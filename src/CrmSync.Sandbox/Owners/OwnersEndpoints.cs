using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Owners;

/// <summary>GET /crm/v3/owners (paged by owner id, limit default 100) and /crm/v3/owners/{ownerId}.</summary>
internal static class OwnersEndpoints
{
    public static SandboxResponse List(SandboxCall call)
    {
        if (!call.TryLimit(100, 500, out var limit, out var error))
        {
            return error;
        }

        var archived = call.QueryBool("archived");
        var email = call.Query("email");
        var after = call.Query("after");
        var owners = call.Store.Owners
            .Where(o => o.Archived == archived && (email is null || string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase)))
            .Where(o => after is null || string.CompareOrdinal(o.Id, after) >= 0)
            .Take(limit + 1)
            .ToList();
        return JsonOut.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var owner in owners.Take(limit))
            {
                Write(w, owner);
            }

            w.WriteEndArray();
            if (owners.Count > limit)
            {
                w.WriteNextPage(owners[limit].Id, $"{call.BaseUrl}{call.Path}?after={owners[limit].Id}");
            }

            w.WriteEndObject();
        });
    }

    public static SandboxResponse Get(SandboxCall call)
    {
        var id = call.Route("ownerId");
        var byUserId = call.Query("idProperty") == "userId";
        var owner = call.Store.Owners.FirstOrDefault(o =>
            (byUserId ? o.UserId.ToString(CultureInfo.InvariantCulture) : o.Id) == id && o.Archived == call.QueryBool("archived"));
        return owner is null
            ? ErrorResponses.NotFound($"Unable to find owner {id}")
            : JsonOut.Response(200, w => Write(w, owner));
    }

    private static void Write(Utf8JsonWriter w, Owner owner)
    {
        w.WriteStartObject();
        w.WriteString("id", owner.Id);
        w.WriteString("email", owner.Email);
        w.WriteString("firstName", owner.FirstName);
        w.WriteString("lastName", owner.LastName);
        w.WriteNumber("userId", owner.UserId);
        w.WriteNumber("userIdIncludingInactive", owner.UserId);
        w.WriteString("type", "PERSON");
        w.WriteStartArray("teams");
        w.WriteStartObject();
        w.WriteString("id", owner.TeamId);
        w.WriteString("name", owner.TeamName);
        w.WriteBoolean("primary", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("createdAt", SeedTime.Iso(owner.CreatedAt));
        w.WriteString("updatedAt", SeedTime.Iso(owner.UpdatedAt));
        w.WriteBoolean("archived", owner.Archived);
        w.WriteEndObject();
    }
}
