using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Telemetry;
using CrmSync.HubSpot.Logging;
using Polly;
using Polly.Retry;
using Refit;

namespace CrmSync.HubSpot.Calls;

/// <summary>
/// Runs one logical Refit call. Status-code retries already happened in the HTTP pipeline; this outer pipeline only
/// retries what that one cannot see: a 200 whose body is malformed, truncated or empty, and a request that got no
/// response at all. Final failures become <see cref="CrmConnectorException"/>.
/// </summary>
internal sealed class HubSpotCallRunner
{
    private static readonly ResiliencePropertyKey<string> OperationKey = new("crmsync.hubspot.operation");
    private readonly HubSpotConnectorContext _context;
    private readonly ResiliencePipeline _bodyFaults;

    public HubSpotCallRunner(HubSpotConnectorContext context)
    {
        _context = context;
        _bodyFaults = BuildBodyFaultPipeline(context);
    }

    /// <summary>A read whose error statuses surface as <see cref="ApiException"/>; every error stops the job.</summary>
    public Task<T> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        CrmCallTelemetry.TraceAsync("hubspot", _context.Name, operation, () => ReadTracedAsync(operation, call, cancellationToken));

    private async Task<T> ReadTracedAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        ThrowIfDailyBudgetSpent(operation);
        try
        {
            return await RunAsync(operation, async token => await call(token).ConfigureAwait(false)
                ?? throw new InvalidHubSpotResponseException(operation), cancellationToken).ConfigureAwait(false);
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
    /// A call whose response the caller inspects (207 partial results, 400/404/409 per record). Statuses no caller
    /// can handle (401, 403, 429, 5xx) still throw. <paramref name="retryBodyFaults"/> is false for creates.
    /// </summary>
    public Task<IApiResponse<T>> SendAsync<T>(
        string operation, Func<CancellationToken, Task<IApiResponse<T>>> call, bool retryBodyFaults, CancellationToken cancellationToken) =>
        CrmCallTelemetry.TraceAsync("hubspot", _context.Name, operation, () => SendTracedAsync(operation, call, retryBodyFaults, cancellationToken),
            response => (int?)response.StatusCode);

    private async Task<IApiResponse<T>> SendTracedAsync<T>(
        string operation, Func<CancellationToken, Task<IApiResponse<T>>> call, bool retryBodyFaults, CancellationToken cancellationToken)
    {
        ThrowIfDailyBudgetSpent(operation);
        IApiResponse<T> response;
        try
        {
            response = retryBodyFaults
                ? await RunAsync(operation, async token => ThrowIfFaulted(operation, await call(token).ConfigureAwait(false)), cancellationToken)
                    .ConfigureAwait(false)
                : ThrowIfFaulted(operation, await call(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (IsBodyOrTransportFault(e))
        {
            throw Unanswered(operation, e);
        }

        if (!response.IsSuccessful && response.StatusCode is { } status && HubSpotFailureMapper.StopsTheJob(status) && response.Error is ApiException error)
        {
            response.Dispose();
            throw Fail(operation, error);
        }

        return response;
    }

    public CrmConnectorException Fail(string operation, ApiException e)
    {
        var error = HubSpotErrorReader.Read(e.Content);
        HubSpotLog.CallFailed(_context.Logger, _context.Name, operation, (int)e.StatusCode, error?.Category, error?.CorrelationId);
        return HubSpotFailureMapper.Map(_context, operation, e.StatusCode, error, e);
    }

    /// <summary>Checked before every logical call, so a job stops while the portal still has its reserve.</summary>
    private void ThrowIfDailyBudgetSpent(string operation)
    {
        if (_context.DailyBudget.IsSpent(out var remaining, out var limit))
            throw HubSpotFailureMapper.DailyReserveReached(_context, operation, remaining, limit);
    }

    /// <summary>A write the CRM refused (a 4xx that does not stop the job, so <see cref="SendAsync"/> returned it): nothing was written.</summary>
    public CrmRejectedException Reject(string operation, ApiException e)
    {
        var error = HubSpotErrorReader.Read(e.Content);
        HubSpotLog.CallFailed(_context.Logger, _context.Name, operation, (int)e.StatusCode, error?.Category, error?.CorrelationId);
        return new CrmRejectedException(_context.Name, HubSpotFailureMapper.RejectionMessage(operation, e.StatusCode, error), e);
    }

    private async Task<TResult> RunAsync<TResult>(string operation, Func<CancellationToken, Task<TResult>> attempt, CancellationToken cancellationToken)
    {
        var resilienceContext = ResilienceContextPool.Shared.Get(cancellationToken);
        resilienceContext.Properties.Set(OperationKey, operation);
        try
        {
            return await _bodyFaults.ExecuteAsync(
                static (context, state) => new ValueTask<TResult>(state(context.CancellationToken)), resilienceContext, attempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }
    }

    private CrmConnectorException Unanswered(string operation, Exception e)
    {
        var (kind, what) = e is ApiRequestException
            ? (CrmFailureKind.Unavailable, "no response (connection failure or timeout)")
            : (CrmFailureKind.InvalidResponse, "a malformed or empty body");
        HubSpotLog.CallUnanswered(_context.Logger, _context.Name, operation, e.GetType().Name, e);
        return new CrmConnectorException(_context.Name, kind, $"HubSpot gave {what} for {operation}.", e);
    }

    private static IApiResponse<T> ThrowIfFaulted<T>(string operation, IApiResponse<T> response)
    {
        if (response.Error is ApiRequestException or ApiException { InnerException: JsonException })
        {
            var error = response.Error;
            response.Dispose();
            throw error;
        }

        if (response.IsSuccessful && response.Content is null)
        {
            response.Dispose();
            throw new InvalidHubSpotResponseException(operation);
        }

        return response;
    }

    private static bool IsBodyOrTransportFault(Exception e) =>
        e is ApiRequestException or InvalidHubSpotResponseException or ApiException { InnerException: JsonException };

    private static ResiliencePipeline BuildBodyFaultPipeline(HubSpotConnectorContext context)
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
                    HubSpotLog.RetryingCall(context.Logger, context.Name, args.Context.Properties.GetValue(OperationKey, "a call"),
                        args.Outcome.Exception?.GetType().Name ?? "unknown", args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }
}
