using System.Globalization;
using System.Text;

namespace CrmSync.Sandbox.Objects;

/// <summary>Opaque list cursors: base64 of the next id to return (HubSpot's "NTEz" is base64 of "513").</summary>
internal static class ListCursor
{
    public static string Encode(long nextId) => Convert.ToBase64String(Encoding.ASCII.GetBytes(nextId.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    public static bool TryDecode(string? cursor, out long nextId)
    {
        nextId = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        var padded = cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=');
        var bytes = new byte[padded.Length];
        return Convert.TryFromBase64String(padded, bytes, out var written)
            && long.TryParse(Encoding.ASCII.GetString(bytes, 0, written), NumberStyles.None, CultureInfo.InvariantCulture, out nextId);
    }
}
