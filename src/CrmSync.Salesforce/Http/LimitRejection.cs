namespace CrmSync.Salesforce.Http;

/// <summary>Which limit a 403 REQUEST_LIMIT_EXCEEDED reports: the daily allocation or the concurrent long requests.</summary>
internal enum LimitRejection
{
    DailyAllocation,
    ConcurrentLongRequests,
}
