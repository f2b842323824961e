using System.Net;
using System.Net.Sockets;

namespace CrmSync.Worker.Tests.Operator;

internal static class Ports
{
    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
