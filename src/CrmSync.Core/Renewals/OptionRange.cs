namespace CrmSync.Core.Renewals;

/// <summary>The range check of the renewal and health options: the problem names the full key and the value given.</summary>
internal static class OptionRange
{
    public static void Check(List<string> problems, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            problems.Add($"{key} must be between {min} and {max} (was {value}).");
    }
}
