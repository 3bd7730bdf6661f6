using System.Runtime.CompilerServices;

namespace Cordon.Matching.Tests;

/// <summary>Finds the repository root and the shared data folder beside it.</summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding Cordon.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Path of a file or folder under <c>../shared/data</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([RepositoryRoot, "..", "shared", "data", .. parts]));

    // The build output may live outside the repository (a private --artifacts-path), so the source location is tried too.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), System.IO.Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Cordon.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Cordon.slnx) above " + AppContext.BaseDirectory);
    }
}
