using System.Globalization;
using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Calls;

/// <summary>Turns a final Salesforce error status into the connector exception that stops the job; never names a secret.</summary>
internal static class SalesforceFailureMapper
{
    /// <summary>True for statuses no caller can handle per record: session, access, limits, outages.</summary>
    public static bool StopsTheJob(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (int)status >= 500;

    public static CrmConnectorException Map(SalesforceConnectorContext context, string operation, HttpStatusCode status, IReadOnlyList<SfError> errors, Exception? inner)
    {
        var code = (int)status;
        var detail = SalesforceErrorReader.Describe(errors);
        if (status == HttpStatusCode.Unauthorized)
        {
            return new CrmConnectorException(context.Name, CrmFailureKind.Authentication,
                $"Salesforce rejected the session for {operation} (HTTP 401{detail}) even with a new token; check the connected app's " +
                $"policies (IP relaxation, session timeout) and the credentials under {context.ConfigPrefix}:Auth.", inner);
        }

        if (status == HttpStatusCode.Forbidden && errors.Any(e => e.Code == "REQUEST_LIMIT_EXCEEDED"))
        {
            return errors.Any(e => e.Message?.Contains("ConcurrentPerOrgLongTxn", StringComparison.OrdinalIgnoreCase) == true)
                ? new CrmConnectorException(context.Name, CrmFailureKind.Unavailable,
                    $"Salesforce kept refusing {operation}: the org's concurrent long-running requests are in use (HTTP 403{detail}) after {context.Options.MaxRetryAttempts} retries.", inner)
                : new CrmConnectorException(context.Name, CrmFailureKind.DailyLimitExhausted,
                    $"Salesforce's daily API allocation is exhausted ({operation}: HTTP 403{detail}); the job stops without retrying and later runs go on once the rolling 24-hour window frees calls.", inner);
        }

        if (status == HttpStatusCode.Forbidden)
        {
            return new CrmConnectorException(context.Name, CrmFailureKind.MissingScopes,
                $"Salesforce refused {operation} (HTTP 403{detail}): the integration user lacks access. Give the connected app the 'api' scope " +
                "and the user the CrmSync permission set (docs/connectors/salesforce.md).", inner);
        }

        if (StopsTheJob(status))
        {
            return new CrmConnectorException(context.Name, CrmFailureKind.Unavailable,
                $"Salesforce failed {operation} with HTTP {code}{detail} after {context.Options.MaxRetryAttempts} retries.", inner);
        }

        return new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, RejectionMessage(operation, status, errors), inner);
    }

    public static string RejectionMessage(string operation, HttpStatusCode status, IReadOnlyList<SfError> errors) =>
        $"Salesforce rejected {operation} with HTTP {(int)status}{SalesforceErrorReader.Describe(errors)}.";

    /// <summary>The stop before the allocation runs out: what is left, the reserve kept and the key that sets it.</summary>
    public static CrmConnectorException ReserveReached(SalesforceConnectorContext context, string operation, long remaining, long max)
    {
        static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        return new CrmConnectorException(context.Name, CrmFailureKind.DailyLimitExhausted,
            $"stopped before {operation}: Salesforce reports {Count(remaining)} of {Count(max)} API requests left in the org's rolling 24-hour " +
            $"allocation, at or under the share of {context.Budget.ReserveShare.ToString("P0", CultureInfo.InvariantCulture)} that CrmSync leaves to others " +
            $"({context.ConfigPrefix}:Limits:DailyReserveShare). Later runs go on once the window frees calls.");
    }
}
