using CrmSync.Salesforce.Http;
using Microsoft.Extensions.Logging;

namespace CrmSync.Salesforce.Logging;

/// <summary>Source-generated log messages. None of them takes a token, a secret, an assertion or a header value.</summary>
internal static partial class SalesforceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: retrying {Method} {Path} after status {StatusCode} / {ExceptionType} (retry {Retry}, in {DelayMs} ms)")]
    public static partial void RetryingRequest(ILogger logger, string connector, string method, string? path, int? statusCode, string? exceptionType, int retry, double delayMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: 403 REQUEST_LIMIT_EXCEEDED on {Path} ({Limit}): {Message}")]
    public static partial void LimitExceeded(ILogger logger, string connector, string? path, LimitRejection limit, string? message);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: retrying a call after {FaultType} (retry {Retry})")]
    public static partial void RetryingCall(ILogger logger, string connector, string faultType, int retry);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error,
        Message = "Salesforce connector {Connector}: {Operation} failed with status {StatusCode}, error code {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, string connector, string operation, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error,
        Message = "Salesforce connector {Connector}: {Operation} got no usable response ({FaultType})")]
    public static partial void CallUnanswered(ILogger logger, string connector, string operation, string faultType, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Salesforce connector {Connector}: authenticated ({Flow}); instance {InstanceUrl}")]
    public static partial void Authenticated(ILogger logger, string connector, SalesforceAuthFlow flow, Uri instanceUrl);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information,
        Message = "Salesforce connector {Connector}: session rejected (401) on {Method} {Path}; authenticating again once")]
    public static partial void SessionRejected(ILogger logger, string connector, string method, string path);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug,
        Message = "Salesforce connector {Connector}: pulled {Count} {ObjectType} ({Phase}), {Gone} gone")]
    public static partial void PulledPage(ILogger logger, string connector, int count, string objectType, string phase, int gone);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: deletions of {ObjectType} before {Earliest:O} are no longer listed by getDeleted; the next full reconcile finds them")]
    public static partial void DeletionsMayBeMissed(ILogger logger, string connector, string objectType, DateTimeOffset earliest);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: {Count} {ObjectType} locked (UNABLE_TO_LOCK_ROW); sending them again in {DelayMs} ms (retry {Retry})")]
    public static partial void RetryingLocked(ILogger logger, string connector, int count, string objectType, double delayMs, int retry);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Information,
        Message = "Salesforce connector {Connector}: created task {TaskId} on {ObjectType} {RecordId}")]
    public static partial void TaskCreated(ILogger logger, string connector, string taskId, string objectType, string recordId);

    [LoggerMessage(EventId = 2032, Level = LogLevel.Warning,
        Message = "Salesforce connector {Connector}: owner {OwnerId} of {ObjectType} {RecordId} is inactive; the task goes to the integration user")]
    public static partial void InactiveOwner(ILogger logger, string connector, string ownerId, string objectType, string recordId);

    [LoggerMessage(EventId = 2033, Level = LogLevel.Information,
        Message = "Salesforce connector {Connector}: a task with alert key {AlertKey} exists already ({TaskId}); taking it instead of creating another")]
    public static partial void TaskAdopted(ILogger logger, string connector, string alertKey, string taskId);
}
