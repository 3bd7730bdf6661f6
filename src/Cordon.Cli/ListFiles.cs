using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Cli;

/// <summary>Reads list files or folders given on the command line; every path is read before anything is stored.</summary>
internal static class ListFiles
{
    public static IReadOnlyList<ListSnapshot> Load(IEnumerable<string> paths)
    {
        var snapshots = new List<ListSnapshot>();
        foreach (var path in paths)
        {
            var loaded = ListLoader.Default.Load(path);
            foreach (var warning in loaded.Warnings)
            {
                Console.Error.WriteLine("warning: " + warning);
            }

            snapshots.AddRange(loaded.Snapshots);
        }

        return snapshots;
    }
}
