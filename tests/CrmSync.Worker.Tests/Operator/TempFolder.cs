namespace CrmSync.Worker.Tests.Operator;

/// <summary>A temporary folder for one test's files (configuration, data directory, CSV), deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("crmsync-operator-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(this[name], text);
        return this[name];
    }

    /// <summary>A configuration file with one HubSpot connector <c>acme</c>, the data directory in this folder, and <paramref name="extra"/> top-level JSON members.</summary>
    public string Config(string baseUrl = "https://api.hubapi.com", string token = "pat-na1-test", string extra = "", string dataDirectory = "data")
    {
        var data = System.Text.Json.JsonSerializer.Serialize(this[dataDirectory]);
        return Write("config.json", $$"""
            {
              {{(extra.Length > 0 ? extra + "," : "")}}
              "CrmSync": {
                "DataDirectory": {{data}},
                "Connectors": { "acme": { "Kind": "HubSpot", "BaseUrl": "{{baseUrl}}", "AccessToken": "{{token}}" } }
              }
            }
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; a leftover temp folder is harmless.
        }
    }
}
