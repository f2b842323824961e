namespace CrmSync.Worker.Configuration;

/// <summary>
/// Checks every key of a section against the options type that will bind it, before binding: an unknown key is
/// reported instead of ignored, a bad value names its key, and both are left out of what is then bound, so that the
/// semantic checks still run on the rest and every problem is reported in one pass.
/// </summary>
internal static class SectionKeys
{
    /// <summary>Whether <paramref name="segments"/> name a known key; <paramref name="problem"/> is set when its value is bad.</summary>
    public delegate bool KnownKey(string[] segments, string? value, out string? problem);

    /// <summary>Adds a problem for every unknown key and bad value, and returns those keys (relative to the section).</summary>
    /// <param name="skip">Subsections checked elsewhere (e.g. <c>Connectors</c> under <c>CrmSync</c>).</param>
    public static HashSet<string> Check(
        IConfigurationSection section, KnownKey isKnown, List<ConfigurationProblem> problems, string? skip = null)
    {
        var rejected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is null && section.GetSection(key).GetChildren().Any())
                continue;
            var segments = key.Split(ConfigurationPath.KeyDelimiter);
            if (skip is not null && string.Equals(segments[0], skip, StringComparison.OrdinalIgnoreCase))
                continue;
            if (!isKnown(segments, value, out var problem))
                problem = OptionsKeySchema.UnknownKey;
            if (problem is null)
                continue;
            problems.Add(new(ConfigurationPath.Combine(section.Path, key), problem));
            rejected.Add(key);
        }

        return rejected;
    }

    /// <summary>The section without the rejected keys, under the same path (so messages keep naming the real keys).</summary>
    public static IConfigurationSection Without(IConfigurationSection section, HashSet<string> rejected)
    {
        if (rejected.Count == 0)
            return section;
        var values = section.AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null && !rejected.Contains(kv.Key))
            .Select(kv => KeyValuePair.Create(ConfigurationPath.Combine(section.Path, kv.Key), kv.Value));
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(section.Path);
    }

    /// <summary>Binds a new <paramref name="type"/> from the section; a conversion the binder refuses is a problem.</summary>
    public static object? Bind(IConfigurationSection section, Type type, List<ConfigurationProblem> problems)
    {
        var options = Activator.CreateInstance(type)!;
        try
        {
            section.Bind(options);
            return options;
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key and the value it could not convert.
            problems.Add(new(section.Path, e.Message));
            return null;
        }
    }
}
