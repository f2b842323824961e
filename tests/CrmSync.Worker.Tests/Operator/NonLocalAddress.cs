using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>This machine's network address, to send requests a server sees as coming from elsewhere.</summary>
internal static class NonLocalAddress
{
    public static IPAddress? Find() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
