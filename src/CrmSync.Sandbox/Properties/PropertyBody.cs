using System.Text.Json;

namespace CrmSync.Sandbox.Properties;

/// <summary>Field access on PropertyCreate / PropertyUpdate / PropertyGroupCreate bodies.</summary>
internal sealed class PropertyBody(JsonElement? body)
{
    private readonly JsonElement root = body is { ValueKind: JsonValueKind.Object } element ? element : default;

    public bool IsObject => root.ValueKind == JsonValueKind.Object;

    public bool Has(string name) => IsObject && root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? Text(string name) =>
        IsObject && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool? Bool(string name) =>
        IsObject && root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public int? Int(string name) =>
        IsObject && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>Null when absent; an error text when an option lacks its label or value.</summary>
    public List<PropertyOption>? Options(out string? error)
    {
        error = null;
        if (!IsObject || !root.TryGetProperty("options", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var options = new List<PropertyOption>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var option = new PropertyBody(item);
            var label = option.Text("label");
            var value = option.Text("value");
            if (label is null || value is null)
            {
                error = $"options[{index}] needs both a label and a value";
                return null;
            }

            options.Add(new PropertyOption(label, value, option.Bool("hidden") ?? false, option.Int("displayOrder") ?? index, option.Text("description")));
            index++;
        }

        return options;
    }
}
