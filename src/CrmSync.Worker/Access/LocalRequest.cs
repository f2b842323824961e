using System.Net;

namespace CrmSync.Worker.Access;

/// <summary>
/// Whether a request comes from this machine itself: a loopback address (or the server's own address) and no
/// forwarded header left. Trusted proxies' headers are consumed by the forwarded-headers middleware (which then sets
/// the real client's address); any other proxy's stay, so a request relayed by a reverse proxy on this host is never
/// taken as local.
/// </summary>
public static class LocalRequest
{
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded", "X-Real-IP"];

    public static bool IsLocal(HttpContext http)
    {
        if (ForwardingHeaders.Any(http.Request.Headers.ContainsKey))
            return false;
        var remote = Normalise(http.Connection.RemoteIpAddress);
        return remote is not null && (IPAddress.IsLoopback(remote) || remote.Equals(Normalise(http.Connection.LocalIpAddress)));
    }

    private static IPAddress? Normalise(IPAddress? address) => address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address;
}
