namespace Cordon.Hub;

/// <summary>Reads bundle files given to the hub's commands, bounded: a path may be a pipe or a device that never ends.</summary>
public static class HubFiles
{
    /// <summary>Largest bundle file read, in bytes (256 MiB): far above any real bundle, far below the memory of a server.</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>The whole file, or a <see cref="HubImportException"/> naming it and the limit once it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken, long maxBytes = MaxBytes)
    {
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        using var output = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                throw new HubImportException($"{path}: larger than the limit of {maxBytes:N0} bytes for one bundle (an endless stream?); nothing was imported");
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
