using CrmSync.HubSpot.Http;
using Microsoft.Extensions.Logging;

namespace CrmSync.HubSpot.Logging;

/// <summary>Source-generated log messages. None of them takes a token or a header value.</summary>
internal static partial class HubSpotLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "HubSpot connector {Connector}: retrying {Method} {Path} after status {StatusCode} / {ExceptionType} (retry {Retry}, in {DelayMs} ms, correlationId {CorrelationId})")]
    public static partial void RetryingRequest(
        ILogger logger, string connector, string method, string? path, int? statusCode, string? exceptionType, int retry, double delayMs, string? correlationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "HubSpot connector {Connector}: 429 on {Path}, policy {Policy}, Retry-After {RetryAfter}, correlationId {CorrelationId}")]
    public static partial void RateLimited(ILogger logger, string connector, string? path, RateLimitPolicy policy, TimeSpan? retryAfter, string? correlationId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "HubSpot connector {Connector}: retrying {Operation} after {FaultType} (retry {Retry}, in {DelayMs} ms)")]
    public static partial void RetryingCall(ILogger logger, string connector, string operation, string faultType, int retry, double delayMs);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error,
        Message = "HubSpot connector {Connector}: {Operation} failed with status {StatusCode}, category {Category}, correlationId {CorrelationId}")]
    public static partial void CallFailed(ILogger logger, string connector, string operation, int statusCode, string? category, string? correlationId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error,
        Message = "HubSpot connector {Connector}: {Operation} got no usable response ({FaultType})")]
    public static partial void CallUnanswered(ILogger logger, string connector, string operation, string faultType, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug,
        Message = "HubSpot connector {Connector}: pulled {Count} {ObjectType} ({Phase})")]
    public static partial void PulledPage(ILogger logger, string connector, int count, string objectType, string phase);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information,
        Message = "HubSpot connector {Connector}: incremental window for {ObjectType} from {From:O} to {Until:O}, after id {LastId}")]
    public static partial void SearchWindow(ILogger logger, string connector, string objectType, DateTimeOffset from, DateTimeOffset until, string? lastId);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information,
        Message = "HubSpot connector {Connector}: created property group {Group} on {ObjectType}")]
    public static partial void GroupCreated(ILogger logger, string connector, string group, string objectType);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information,
        Message = "HubSpot connector {Connector}: created property {Property} on {ObjectType}")]
    public static partial void PropertyCreated(ILogger logger, string connector, string property, string objectType);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning,
        Message = "HubSpot connector {Connector}: batch update of {Count} {ObjectType} rejected with status {StatusCode}, category {Category}, correlationId {CorrelationId}")]
    public static partial void BatchRejected(ILogger logger, string connector, int count, string objectType, int statusCode, string? category, string? correlationId);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Information,
        Message = "HubSpot connector {Connector}: splitting the rejected batch of {Count} {ObjectType} ({Named} ids named by the error) to write the records it did not refuse")]
    public static partial void BatchSplit(ILogger logger, string connector, int count, string objectType, int named);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Information,
        Message = "HubSpot connector {Connector}: created task {TaskId} on {ObjectType} {RecordId}")]
    public static partial void TaskCreated(ILogger logger, string connector, string taskId, string objectType, string recordId);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning,
        Message = "HubSpot connector {Connector}: merged {ObjectType} {MergedId} into {PrimaryId}; the merged record is {ResultId}")]
    public static partial void RecordsMerged(ILogger logger, string connector, string objectType, string mergedId, string primaryId, string resultId);
}
