using System.Text.Json.Serialization;

namespace CrmSync.Salesforce.Wire;

/// <summary>The token endpoint's answer (salesforce-api.md §2); no expires_in and, for JWT, no refresh_token.</summary>
internal sealed class SfTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("instance_url")]
    public string? InstanceUrl { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }

    /// <summary>Never printed: the token would be in it.</summary>
    public override string ToString() => $"Salesforce token answer for {InstanceUrl}";
}
