using System.Runtime.CompilerServices;

namespace Cordon.Storage.Tests;

/// <summary>Finds the repository root and the shared data folder beside it.</summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding Cordon.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Path of a file or folder under <c>../shared/data</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([RepositoryRoot, "..", "shared", "data", .. parts]));

    private static string FindRoot()
    {
        // The source folder comes last: builds with a private --artifacts-path put the binaries outside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceFolder() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Cordon.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Cordon.slnx) above " + AppContext.BaseDirectory);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path) ?? ".";
}
