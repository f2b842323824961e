using System.Globalization;
using System.Text;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Spreads the schedules of many connectors that share one cron over a window, so that a thousand connectors on
/// <c>0 * * * *</c> do not all start at the top of the hour. The offset is deterministic (a hash of the recurring job id),
/// so every replica registers the same cron and a connector keeps its slot from run to run.
/// </summary>
/// <remarks>
/// The cron is rewritten, not delayed at run time: a 5-field cron gains a seconds field and its minutes are shifted,
/// never past the end of the hour or into the next occurrence, so the job still fires once per occurrence, in the hour
/// the cron names. A 6-field cron (its seconds chosen on purpose), <c>@every_second</c>, or a minute field this class
/// does not read is kept as it is.
/// </remarks>
public static class ScheduleStagger
{
    private const int MinutesPerHour = 60;

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@every_minute"] = "* * * * *",
        ["@hourly"] = "0 * * * *",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@weekly"] = "0 0 * * 0",
        ["@monthly"] = "0 0 1 * *",
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
    };

    /// <param name="cron">The configured cron (5 or 6 fields, or a macro).</param>
    /// <param name="key">What the offset is derived from: the recurring job id <c>{connector}:{schedule}</c>.</param>
    /// <param name="spread">The widest offset wanted; zero keeps the cron as it is.</param>
    /// <returns>The cron to register: 6 fields, fired <see cref="Offset"/> after each occurrence of <paramref name="cron"/>.</returns>
    public static string Apply(string cron, string key, TimeSpan spread)
    {
        var text = cron.Trim();
        if (Macros.TryGetValue(text, out var expanded))
            text = expanded;
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || !MinuteField.TryRead(fields[0], out var minutes))
            return cron;

        var offset = Offset(key, Window(minutes, spread));
        if (offset == TimeSpan.Zero)
            return cron;
        var shift = (int)offset.TotalMinutes;
        var minuteField = shift == 0 ? fields[0] : string.Join(',', minutes.Select(m => (m + shift).ToString(CultureInfo.InvariantCulture)));
        return string.Join(' ', [offset.Seconds.ToString(CultureInfo.InvariantCulture), minuteField, .. fields[1..]]);
    }

    /// <summary>
    /// The window offsets are drawn from: the spread, but no wider than the gap to the cron's next minute (so
    /// occurrences never merge) nor than what is left of the hour after its last minute (so none moves to another hour).
    /// </summary>
    public static TimeSpan Window(IReadOnlyList<int> minutes, TimeSpan spread)
    {
        var room = MinutesPerHour - minutes[^1];
        for (var i = 1; i < minutes.Count; i++)
            room = Math.Min(room, minutes[i] - minutes[i - 1]);
        var window = TimeSpan.FromMinutes(room);
        return spread < window ? spread : window;
    }

    /// <summary>A whole number of seconds in [0, window), the same in every process (not string.GetHashCode, which is per process).</summary>
    public static TimeSpan Offset(string key, TimeSpan window)
    {
        var seconds = (ulong)Math.Floor(window.TotalSeconds);
        return seconds == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Fnv1a(key) % seconds);
    }

    private static ulong Fnv1a(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key))
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}
