using System.Runtime.ExceptionServices;
using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Telemetry;
using CrmSync.Salesforce.Logging;
using Polly;
using Polly.Retry;
using Refit;

namespace CrmSync.Salesforce.Calls;

/// <summary>
/// Runs one logical Refit call. Status retries already happened in the HTTP pipeline; this outer pipeline only
/// retries what that one cannot see: a 200 whose body is malformed, truncated or empty, and a request that got no
/// answer at all. Before every call the daily reserve is checked. Final failures become <see cref="CrmConnectorException"/>.
/// </summary>
internal sealed class SalesforceCallRunner
{
    private readonly SalesforceConnectorContext _context;
    private readonly ResiliencePipeline _bodyFaults;

    public SalesforceCallRunner(SalesforceConnectorContext context)
    {
        _context = context;
        _bodyFaults = BuildBodyFaultPipeline(context);
    }

    /// <summary>A read whose error statuses surface as <see cref="ApiException"/>; every error stops the job.</summary>
    public Task<T> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        CrmCallTelemetry.TraceAsync("salesforce", _context.Name, operation, () => ReadTracedAsync(operation, call, cancellationToken));

    private async Task<T> ReadTracedAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        ThrowIfReserveReached(operation);
        try
        {
            return await _bodyFaults.ExecuteAsync(
                async token => await call(token).ConfigureAwait(false) ?? throw new InvalidSalesforceResponseException(operation), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.InnerException is CrmConnectorException inner)
        {
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (ApiException e) when (e.InnerException is not JsonException)
        {
            throw Fail(operation, e);
        }
        catch (Exception e) when (IsBodyOrTransportFault(e))
        {
            throw Unanswered(operation, e);
        }
    }

    /// <summary>
    /// A call whose response the caller inspects (per-record results, 400/404 refusals). Statuses no caller can
    /// handle (401, 403, 5xx) still throw. <paramref name="retryBodyFaults"/> is false for creates.
    /// </summary>
    public Task<TResponse> SendAsync<TResponse>(
        string operation, Func<CancellationToken, Task<TResponse>> call, bool retryBodyFaults, CancellationToken cancellationToken)
        where TResponse : IApiResponse =>
        CrmCallTelemetry.TraceAsync("salesforce", _context.Name, operation, () => SendTracedAsync(operation, call, retryBodyFaults, cancellationToken),
            response => (int?)response.StatusCode);

    private async Task<TResponse> SendTracedAsync<TResponse>(
        string operation, Func<CancellationToken, Task<TResponse>> call, bool retryBodyFaults, CancellationToken cancellationToken)
        where TResponse : IApiResponse
    {
        ThrowIfReserveReached(operation);
        TResponse response;
        try
        {
            response = retryBodyFaults
                ? await _bodyFaults.ExecuteAsync(async token => ThrowIfFaulted(operation, await call(token).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false)
                : ThrowIfFaulted(operation, await call(cancellationToken).ConfigureAwait(false));
        }
        catch (ApiRequestException e) when (e.InnerException is CrmConnectorException inner)
        {
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Exception e) when (IsBodyOrTransportFault(e))
        {
            throw Unanswered(operation, e);
        }

        if (!response.IsSuccessful && response.StatusCode is { } status && SalesforceFailureMapper.StopsTheJob(status) && response.Error is ApiException error)
        {
            response.Dispose();
            throw Fail(operation, error);
        }

        return response;
    }

    public CrmConnectorException Fail(string operation, ApiException e)
    {
        var errors = SalesforceErrorReader.Read(e.Content);
        SalesforceLog.CallFailed(_context.Logger, _context.Name, operation, (int)e.StatusCode, errors.FirstOrDefault()?.Code);
        return SalesforceFailureMapper.Map(_context, operation, e.StatusCode, errors, e);
    }

    /// <summary>A write the CRM refused (a 4xx that does not stop the job): nothing was written.</summary>
    public CrmRejectedException Reject(string operation, ApiException e)
    {
        var errors = SalesforceErrorReader.Read(e.Content);
        SalesforceLog.CallFailed(_context.Logger, _context.Name, operation, (int)e.StatusCode, errors.FirstOrDefault()?.Code);
        return new CrmRejectedException(_context.Name, SalesforceFailureMapper.RejectionMessage(operation, e.StatusCode, errors), e);
    }

    private void ThrowIfReserveReached(string operation)
    {
        if (_context.Budget.IsSpent(out var remaining, out var max))
            throw SalesforceFailureMapper.ReserveReached(_context, operation, remaining, max);
    }

    private CrmConnectorException Unanswered(string operation, Exception e)
    {
        var (kind, what) = e is ApiRequestException
            ? (CrmFailureKind.Unavailable, "no response (connection failure or timeout)")
            : (CrmFailureKind.InvalidResponse, "a malformed or empty body");
        SalesforceLog.CallUnanswered(_context.Logger, _context.Name, operation, e.GetType().Name, e);
        return new CrmConnectorException(_context.Name, kind, $"Salesforce gave {what} for {operation}.", e);
    }

    private static TResponse ThrowIfFaulted<TResponse>(string operation, TResponse response)
        where TResponse : IApiResponse
    {
        if (response.Error is ApiRequestException or ApiException { InnerException: JsonException })
        {
            var error = response.Error;
            response.Dispose();
            throw error;
        }

        if (response.IsSuccessful && response is IApiResponse<List<Wire.SfSaveResult>> { Content: null } or IApiResponse<Wire.SfSaveResult> { Content: null })
        {
            response.Dispose();
            throw new InvalidSalesforceResponseException(operation);
        }

        return response;
    }

    private static bool IsBodyOrTransportFault(Exception e) =>
        e is ApiRequestException { InnerException: not CrmConnectorException } or InvalidSalesforceResponseException or ApiException { InnerException: JsonException };

    private static ResiliencePipeline BuildBodyFaultPipeline(SalesforceConnectorContext context)
    {
        var tuning = context.Tuning;
        if (tuning.BodyFaultRetries <= 0)
            return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = context.Time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsBodyOrTransportFault),
                MaxRetryAttempts = tuning.BodyFaultRetries,
                Delay = tuning.BodyFaultDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    context.Stats.RecordRetry();
                    CrmCallTelemetry.Retried(args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.GetType().Name ?? "unknown");
                    SalesforceLog.RetryingCall(context.Logger, context.Name, args.Outcome.Exception?.GetType().Name ?? "unknown", args.AttemptNumber + 1);
                    return default;
                },
            })
            .Build();
    }
}
