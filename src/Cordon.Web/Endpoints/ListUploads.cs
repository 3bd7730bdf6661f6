using Cordon.Lists;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Cordon.Web.Endpoints;

/// <summary>Uploaded list files, read into memory under their file names (never a server path).</summary>
public static class ListUploads
{
    /// <summary>Largest upload of list files, in bytes (the largest official files are a few tens of MB).</summary>
    public const long MaxUploadBytes = 200L << 20;

    /// <summary>Configuration section of the list loader's limits (<see cref="ListLoaderLimits"/>), e.g. <c>Cordon:Lists:MaxEntryBytes</c>.</summary>
    public const string LimitsSection = "Cordon:Lists";

    /// <summary>The uploaded files under their bare file names.</summary>
    /// <exception cref="ListFormatException">A file has no usable name, or two have the same.</exception>
    public static async Task<IReadOnlyList<SourceFile>> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new List<SourceFile>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            if (string.IsNullOrEmpty(name) || name.StartsWith('.'))
            {
                throw new ListFormatException(file.FileName, null, "the file has no usable name");
            }

            if (result.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ListFormatException(name, null, "two uploaded files have this name");
            }

            using var buffer = new MemoryStream(checked((int)Math.Min(file.Length, MaxUploadBytes)));
            await file.CopyToAsync(buffer, cancellationToken);
            result.Add(new SourceFile(name, buffer.GetBuffer().AsMemory(0, (int)buffer.Length)));
        }

        return result;
    }

    /// <summary>The list loader with the limits configured under <see cref="LimitsSection"/> (the defaults otherwise).</summary>
    public static ListLoader Loader(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var limits = configuration.GetSection(LimitsSection).Get<ListLoaderLimits>() ?? new ListLoaderLimits();
        return new ListLoader(ListReaders.All, limits);
    }
}
