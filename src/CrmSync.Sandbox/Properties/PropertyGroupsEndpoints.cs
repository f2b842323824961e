using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Properties;

/// <summary>GET/POST /crm/v3/properties/{type}/groups and GET .../groups/{groupName}.</summary>
internal static class PropertyGroupsEndpoints
{
    public static SandboxResponse List(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var groups = call.Store.Properties.ListGroups(table.Type.Kind).ToList();
        return JsonOut.Results(groups, PropertyJson.Write);
    }

    public static SandboxResponse Get(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var group = call.Store.Properties.FindGroup(table.Type.Kind, call.Route("groupName"));
        return group is null
            ? ErrorResponses.NotFound($"Unable to find property group {call.Route("groupName")} for object type {table.Type.Name}")
            : JsonOut.Response(200, w => PropertyJson.Write(w, group));
    }

    public static SandboxResponse Create(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var body = new PropertyBody(call.Body);
        var name = body.Text("name");
        var label = body.Text("label");
        if (name is null || label is null)
        {
            return ErrorResponses.Validation("Property group create needs both name and label");
        }

        if (!PropertyTypes.IsValidName(name))
        {
            return ErrorResponses.Validation($"Property group name '{name}' is invalid: use ^[a-z][a-z0-9_]{{0,99}}$");
        }

        if (call.Store.Properties.FindGroup(table.Type.Kind, name) is not null)
        {
            return ErrorResponses.Conflict($"A property group named '{name}' already exists.");
        }

        var group = new PropertyGroup { Name = name, Label = label, DisplayOrder = body.Int("displayOrder") ?? -1 };
        call.Store.Properties.AddGroup(table.Type.Kind, group);
        return JsonOut.Response(201, w => PropertyJson.Write(w, group));
    }
}
