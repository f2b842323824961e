namespace CrmSync.Worker.Tests.Access;

/// <summary>
/// Cookies by name, sent back whatever their Secure flag: the OIDC handler marks its correlation and nonce cookies
/// Secure, and the test talks plain http to 127.0.0.1 (a browser treats localhost as secure too).
/// </summary>
internal sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
            return;
        foreach (var value in values)
        {
            var pair = value.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, content) = (pair[..equals], pair[(equals + 1)..]);
            if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                _cookies.Remove(name);
            else
                _cookies[name] = content;
        }
    }

    public HttpRequestMessage Put(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }
}
