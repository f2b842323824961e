namespace CrmSync.Storage;

internal static class LeaseArguments
{
    public static void Require(LeaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        StoreArguments.RequireRunStart(request.Run);
        StoreArguments.RequireKey(request.Holder, "request.Holder");
        if (request.ExpiresAt <= request.Run.StartedAt)
            throw new ArgumentOutOfRangeException(nameof(request), $"The lease of connector '{request.Run.Connector}' must expire after the run starts.");
    }

    public static void RequireHolder(string connector, string holder)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        StoreArguments.RequireKey(holder, nameof(holder));
    }
}
