namespace Cordon.Storage;

/// <summary>Files only their owner may read or write (mode 0600 whatever the umask), for secrets: backups, a first password.</summary>
public static class OwnerOnlyFile
{
    /// <summary>Creates <paramref name="path"/>, which must not exist yet, readable and writable by its owner only.</summary>
    /// <exception cref="IOException">The file exists already.</exception>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
