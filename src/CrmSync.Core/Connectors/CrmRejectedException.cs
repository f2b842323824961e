namespace CrmSync.Core.Connectors;

/// <summary>
/// The CRM answered a write with a refusal (a 4xx such as a validation error or an unknown record): it changed
/// nothing, so the write may be sent again later without creating anything twice. A failure without such a clear
/// answer (no response, a 5xx, an unreadable body) is a plain <see cref="CrmConnectorException"/>: the write may have
/// happened.
/// </summary>
public sealed class CrmRejectedException(string connector, string message, Exception? inner = null)
    : CrmConnectorException(connector, CrmFailureKind.InvalidResponse, message, inner);
