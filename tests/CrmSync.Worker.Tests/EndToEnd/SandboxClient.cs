using System.Net.Http.Headers;
using CrmSync.Sandbox;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>An HTTP client acting as a CRM user or another app on the sandbox: what CrmSync must notice.</summary>
public static class SandboxClient
{
    public static HttpClient Create(SandboxHost sandbox)
    {
        var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sandbox.AccessToken);
        return http;
    }
}
