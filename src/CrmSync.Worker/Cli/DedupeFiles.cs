using CrmSync.Core.Dedupe;

namespace CrmSync.Worker.Cli;

/// <summary>
/// The input and output of <c>crmsync dedupe</c>, checked before anything is read: a missing file or folder, a
/// folder given as a file, and an output that is the input (however spelt: relative, with ./ or .., through a
/// symbolic link) are errors naming the path. The output is written to a temporary file and moved over the target,
/// so even a hard link to the input keeps the export as it was.
/// </summary>
public sealed record DedupeFiles(string Input, string Output)
{
    // Symbolic links resolved within one path, at most (as Linux's own limit).
    private const int MaxLinkDepth = 40;

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static DedupeFiles Check(string input, string output)
    {
        if (Directory.Exists(input))
            throw new DedupeInputException($"--input '{input}' is a folder; name the CSV export.");
        if (!File.Exists(input))
            throw DedupeInputException.MissingFile(input);
        if (Directory.Exists(output))
            throw new DedupeInputException($"--output '{output}' is a folder; name the file to write.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(folder))
            throw new DedupeInputException($"--output '{output}': the folder {folder} does not exist.");
        if (PathComparer.Equals(Canonical(input, 0), Canonical(output, 0)))
            throw new DedupeInputException($"--output '{output}' is the input file '{input}'; write the result to another file.");
        return new DedupeFiles(input, output);
    }

    /// <summary>A name of its own beside the output, so it can never be the input.</summary>
    public string PartialOutput() => $"{Output}.{Guid.NewGuid():N}.partial";

    public Stream OpenInput() => Open(() => File.OpenRead(Input), $"cannot read --input '{Input}'");

    public Stream Create(string partial) =>
        Open(() => new FileStream(partial, FileMode.CreateNew, FileAccess.Write), $"cannot write beside --output '{Output}'");

    private static Stream Open(Func<Stream> open, string what)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DedupeInputException($"{what}: {e.Message}", inner: e);
        }
    }

    /// <summary>The absolute path with every symbolic link along it resolved (the file itself need not exist).</summary>
    private static string Canonical(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (depth < MaxLinkDepth && new FileInfo(current).LinkTarget is { } target)
                current = Canonical(Path.Combine(Path.GetDirectoryName(current) ?? root, target), depth + 1);
        }

        return current;
    }
}
