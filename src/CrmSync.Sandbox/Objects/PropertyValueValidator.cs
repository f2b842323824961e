using System.Globalization;
using CrmSync.Sandbox.Properties;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>Checks record writes against the property definitions; error codes follow HubSpot's where known.</summary>
internal sealed class PropertyValueValidator(SandboxStore store)
{
    /// <param name="existingId">The record being updated; null for a create.</param>
    public List<PropertyError> Validate(ObjectTypeInfo type, IReadOnlyDictionary<string, string?> values, long? existingId)
    {
        var errors = ValidateValues(type, values);
        if (existingId is null)
        {
            foreach (var required in TaskRules.RequiredOnCreate(type.Kind))
            {
                if (string.IsNullOrEmpty(values.GetValueOrDefault(required)))
                {
                    errors.Add(new PropertyError(required, "MISSING_REQUIRED_PROPERTY", $"Property \"{required}\" is required to create a {type.Singular}"));
                }
            }
        }

        if (type.Kind == ObjectKind.Deals && DealStageError(values, existingId) is { } stageError)
        {
            errors.Add(stageError);
        }

        return errors;
    }

    /// <summary>Per-property checks only: defined, writable, well-formed.</summary>
    public List<PropertyError> ValidateValues(ObjectTypeInfo type, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<PropertyError>();
        foreach (var (name, value) in values)
        {
            if (Check(type, name, value) is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    /// <summary>The stored form: datetimes as ISO-8601 UTC with milliseconds, booleans lower-case, the rest as sent.</summary>
    public static string? Normalize(PropertyDefinition definition, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        return definition.Type switch
        {
            "datetime" or "date" when SeedTime.TryParse(value, out var ms) => SeedTime.Iso(ms),
            "bool" => value.ToLowerInvariant(),
            _ => value,
        };
    }

    private PropertyError? Check(ObjectTypeInfo type, string name, string? value)
    {
        var definition = store.Properties.Find(type.Kind, name);
        if (definition is null)
        {
            return new PropertyError(name, "PROPERTY_DOESNT_EXIST", $"Property \"{name}\" does not exist");
        }

        if (definition.ReadOnlyValue || definition.Calculated)
        {
            return new PropertyError(name, "READ_ONLY_VALUE", $"\"{name}\" is a read only property; its value cannot be set.");
        }

        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return definition.Type switch
        {
            "number" when !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                new PropertyError(name, "INVALID_DECIMAL", $"{value} is not a valid number"),
            "bool" when !bool.TryParse(value, out _) =>
                new PropertyError(name, "INVALID_BOOLEAN", $"{value} is not a valid boolean (true or false)"),
            "datetime" when !SeedTime.TryParse(value, out _) =>
                new PropertyError(name, "INVALID_DATETIME", $"{value} is not a valid datetime (epoch milliseconds or ISO-8601)"),
            "date" when !SeedTime.TryParse(value, out var ms) || ms % SeedTime.Day != 0 =>
                new PropertyError(name, "INVALID_DATE", $"{value} is not a valid date: dates are UTC midnight"),
            "enumeration" => CheckOption(definition, value),
            _ => null,
        };
    }

    private PropertyError? CheckOption(PropertyDefinition definition, string value)
    {
        if (definition.Name == "hubspot_owner_id")
        {
            return store.FindOwner(value) is null
                ? new PropertyError(definition.Name, "INVALID_OWNER_ID", $"{value} is not a valid owner id")
                : null;
        }

        if (definition.ExternalOptions)
        {
            return null;
        }

        var values = definition.FieldType == "checkbox" ? value.Split(';') : [value];
        var allowed = definition.Options.Select(o => o.Value).ToList();
        var bad = values.FirstOrDefault(v => !allowed.Contains(v));
        return bad is null
            ? null
            : new PropertyError(definition.Name, "INVALID_OPTION", $"{bad} was not one of the allowed options: [{string.Join(", ", allowed)}]");
    }

    private PropertyError? DealStageError(IReadOnlyDictionary<string, string?> values, long? existingId)
    {
        var table = store.Table(ObjectKind.Deals);
        var pipelineId = values.GetValueOrDefault("pipeline") ?? (existingId is { } id ? table.GetValue(id, "pipeline") : null) ?? "default";
        var pipeline = store.FindPipeline(pipelineId);
        if (pipeline is null)
        {
            var known = string.Join(", ", store.DealPipelines.Select(p => p.Id));
            return new PropertyError("pipeline", "INVALID_OPTION", $"{pipelineId} was not one of the allowed options: [{known}]");
        }

        var stage = values.GetValueOrDefault("dealstage");
        if (stage is null && values.ContainsKey("pipeline") && existingId is { } existing)
        {
            stage = table.GetValue(existing, "dealstage");
        }

        return stage is null || pipeline.FindStage(stage) is not null
            ? null
            : new PropertyError("dealstage", "INVALID_OPTION",
                $"{stage} was not one of the allowed options for pipeline {pipeline.Id}: [{string.Join(", ", pipeline.Stages.Select(s => s.Id))}]");
    }
}
