namespace CrmSync.Sandbox.Salesforce;

/// <summary>Transport-level faults the fake org can answer a data request with.</summary>
public enum SalesforceFault
{
    /// <summary>500 <c>[{"errorCode":"UNKNOWN_EXCEPTION",…}]</c> before the handler runs (nothing changes).</summary>
    ServerError,

    /// <summary>503 <c>[{"errorCode":"SERVER_UNAVAILABLE",…}]</c> before the handler runs.</summary>
    ServiceUnavailable,

    /// <summary>503 with an HTML maintenance page (text/html), as a proxy or maintenance window answers.</summary>
    HtmlErrorPage,

    /// <summary>A read's real 200 answer with its JSON cut in half (writes are never truncated).</summary>
    TruncatedJson,

    /// <summary>The request waits SlowResponseDelay (on the TimeProvider) before it runs: beyond a client's attempt timeout.</summary>
    SlowResponse,
}
