using Cordon.Lists;
using Cordon.Web.Endpoints;
using Microsoft.Extensions.Configuration;

namespace Cordon.Cli;

/// <summary>Reads list files or folders given on the command line; every path is read before anything is stored.</summary>
internal static class ListFiles
{
    /// <summary>
    /// The loader with the limits the server uses, configured the same way (environment variables such as
    /// <c>Cordon__Lists__MaxEntryBytes</c>).
    /// </summary>
    public static ListLoader Loader { get; } = ListUploads.Loader(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public static IReadOnlyList<Core.ListSnapshot> Load(IEnumerable<string> paths) => LoadWithWarnings(paths).Snapshots;

    /// <summary>Reads every path, by content or, when <paramref name="reader"/> is given, with that reader.</summary>
    public static ListLoadResult LoadWithWarnings(IEnumerable<string> paths, IListReader? reader = null)
    {
        var snapshots = new List<Core.ListSnapshot>();
        var warnings = new List<string>();
        foreach (var path in paths)
        {
            var loaded = reader is null ? Loader.Load(path) : Loader.Load(path, reader);
            foreach (var warning in loaded.Warnings)
            {
                Console.Error.WriteLine("warning: " + warning);
            }

            snapshots.AddRange(loaded.Snapshots);
            warnings.AddRange(loaded.Warnings);
        }

        return new ListLoadResult(snapshots, warnings);
    }
}
