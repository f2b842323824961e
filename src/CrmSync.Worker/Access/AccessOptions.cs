namespace CrmSync.Worker.Access;

/// <summary>
/// <c>CrmSync:Access</c>: who may use the dashboard, <c>/runs</c> and <c>/api</c>. Local requests (from this machine,
/// not relayed by a proxy) always may; others must authenticate as <see cref="Mode"/> says.
/// </summary>
public sealed class AccessOptions
{
    public AccessMode Mode { get; set; } = AccessMode.LocalOnly;

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For/-Proto are believed (IP addresses). A request relayed by any other
    /// proxy keeps its forwarded headers and is therefore never taken as local.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (10.0.0.0/8), e.g. a cluster's pod network.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public BasicAccessOptions Basic { get; set; } = new();

    public OpenIdConnectAccessOptions OpenIdConnect { get; set; } = new();
}
