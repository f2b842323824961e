namespace CrmSync.Core.Dedupe.Offline;

/// <summary>
/// The library side of <c>crmsync dedupe</c>: CSV export in, duplicate pairs (or one row per record with its group)
/// out. Pure: the caller opens the files (a missing input is <see cref="DedupeInputException.MissingFile"/>).
/// </summary>
public static class OfflineDedupe
{
    public static OfflineDedupeSummary Run(TextReader input, TextWriter output, OfflineDedupeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var detector = new DuplicateDetector(options.Settings);
        var import = DedupeCsvReader.Read(input, new CsvImportOptions
        {
            Kind = options.Settings.Kind,
            IdColumn = options.IdColumn,
            Map = options.Map,
            Delimiter = options.Delimiter,
            MaxLineBytes = options.MaxLineBytes,
        });
        if (import.Columns.Count == 0)
        {
            throw new DedupeInputException($"No column could be used for matching; map columns with --map column=field (fields: {string.Join(", ", FieldRoles.All)}).", 1);
        }

        var result = detector.Run(import.Records, cancellationToken: cancellationToken);
        var written = 0;
        if (options.Clusters)
        {
            DedupeCsvWriter.WriteGroups(output, import.Records.Select(r => r.Id), result.Groups);
        }
        else
        {
            written = DedupeCsvWriter.WritePairs(output, result.Pairs, options.MinProbability ?? options.Settings.MatchThreshold);
        }

        return new OfflineDedupeSummary(import.Records.Count, written, result.Groups.Count, import.IdColumn, import.Columns, result);
    }

    /// <summary>Parses "--map column=field" arguments; a malformed entry is an error naming it.</summary>
    public static IReadOnlyDictionary<string, string> ParseMap(IEnumerable<string> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var equals = entry.IndexOf('=');
            if (equals <= 0 || equals == entry.Length - 1)
            {
                throw new DedupeInputException($"--map '{entry}' must read column=field, e.g. --map given_name=FirstName.");
            }

            var column = entry[..equals].Trim();
            if (!map.TryAdd(column, entry[(equals + 1)..].Trim()))
            {
                throw new DedupeInputException($"--map names column '{column}' twice.", column: column);
            }
        }

        return map;
    }
}
