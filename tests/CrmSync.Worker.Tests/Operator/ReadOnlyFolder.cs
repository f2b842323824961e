using System.Diagnostics;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>
/// A real read-only directory: mode 0555, and for root (whom modes do not stop) the immutable attribute
/// (<c>chattr +i</c>). Skips the test where neither makes it read-only.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool _immutable;

    public ReadOnlyFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        const UnixFileMode readOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        if (OperatingSystem.IsWindows())
            Assert.Skip("read-only directories are a Unix test");
        else
            File.SetUnixFileMode(path, readOnly);
        if (IsWritable())
            _immutable = Chattr("+i") && !IsWritable();
        if (IsWritable())
            Assert.Skip($"cannot make {path} read-only here (running as root without chattr)");
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_immutable)
            Chattr("-i");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private bool IsWritable()
    {
        var probe = System.IO.Path.Combine(Path, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private bool Chattr(string flag)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, Path]) { RedirectStandardError = true, UseShellExecute = false })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
