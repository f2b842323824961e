using System.Diagnostics.CodeAnalysis;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Properties;

/// <summary>GET/POST /crm/v3/properties/{type}, GET/PATCH/DELETE .../{name}. Lists have no paging.</summary>
internal static class PropertiesEndpoints
{
    public static SandboxResponse List(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var only = call.QueryList("properties");
        var properties = call.Store.Properties.List(table.Type.Kind, call.QueryBool("archived"))
            .Where(p => only.Count == 0 || only.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return JsonOut.Results(properties, PropertyJson.Write);
    }

    public static SandboxResponse Get(SandboxCall call)
    {
        return TryFind(call, out _, out var property, out var error) ? JsonOut.Response(200, w => PropertyJson.Write(w, property)) : error;
    }

    public static SandboxResponse Create(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var body = new PropertyBody(call.Body);
        var missing = new[] { "name", "label", "type", "fieldType", "groupName" }.Where(f => body.Text(f) is null).ToList();
        if (missing.Count > 0)
        {
            return ErrorResponses.Validation($"Property create is missing required field(s): {string.Join(", ", missing)}");
        }

        var name = body.Text("name")!;
        var options = body.Options(out var optionError);
        var problem = PropertyRules.CreateProblem(call.Store.Properties, table.Type.Kind, body, options, optionError);
        if (problem is not null)
        {
            return ErrorResponses.Validation(problem);
        }

        if (call.Store.Properties.FindIncludingArchived(table.Type.Kind, name) is not null)
        {
            return ErrorResponses.Conflict($"Property named '{name}' already exists.");
        }

        var now = call.Store.Clock.GetUtcNow();
        var fieldType = body.Text("fieldType")!;
        var definition = new PropertyDefinition
        {
            Name = name,
            Label = body.Text("label")!,
            Type = body.Text("type")!,
            FieldType = fieldType,
            GroupName = body.Text("groupName")!,
            Description = body.Text("description") ?? "",
            Options = options ?? [],
            DisplayOrder = body.Int("displayOrder") ?? -1,
            HasUniqueValue = body.Bool("hasUniqueValue") ?? false,
            Hidden = body.Bool("hidden") ?? false,
            FormField = body.Bool("formField") ?? false,
            Calculated = fieldType == "calculation_equation",
            CreatedAt = now,
            UpdatedAt = now,
        };
        call.Store.Properties.Add(table.Type.Kind, definition);
        return JsonOut.Response(201, w => PropertyJson.Write(w, definition));
    }

    public static SandboxResponse Update(SandboxCall call)
    {
        if (!TryFind(call, out var table, out var property, out var error))
        {
            return error;
        }

        var body = new PropertyBody(call.Body);
        var options = body.Options(out var optionError);
        var problem = PropertyRules.UpdateProblem(call.Store.Properties, table.Type.Kind, property, body, options, optionError);
        if (problem is not null)
        {
            return ErrorResponses.Validation(problem);
        }

        PropertyRules.Apply(property, body, options, call.Store.Clock.GetUtcNow());
        return JsonOut.Response(200, w => PropertyJson.Write(w, property));
    }

    public static SandboxResponse Archive(SandboxCall call)
    {
        if (!TryFind(call, out _, out var property, out var error))
        {
            return error;
        }

        if (property.HubspotDefined)
        {
            return ErrorResponses.Validation($"{property.Name} is a HubSpot-defined property and cannot be archived");
        }

        property.Archived = true;
        property.ArchivedAt = call.Store.Clock.GetUtcNow();
        return SandboxResponse.NoContent;
    }

    /// <summary>The {type} route's table and its property {name}; archived ones only with ?archived=true.</summary>
    private static bool TryFind(
        SandboxCall call,
        [NotNullWhen(true)] out ObjectTable? table,
        [NotNullWhen(true)] out PropertyDefinition? property,
        [NotNullWhen(false)] out SandboxResponse? error)
    {
        property = null;
        if (!call.TryTable("type", out table, out error))
        {
            return false;
        }

        var name = call.Route("name");
        property = call.QueryBool("archived")
            ? call.Store.Properties.FindIncludingArchived(table.Type.Kind, name) is { Archived: true } archived ? archived : null
            : call.Store.Properties.Find(table.Type.Kind, name);
        if (property is null)
        {
            error = ErrorResponses.NotFound($"Unable to find property {name} for object type {table.Type.Name}");
            return false;
        }

        return true;
    }
}
