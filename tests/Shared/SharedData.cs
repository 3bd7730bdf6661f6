namespace Cordon.Testing;

/// <summary>Finds the repository root and the shared data folder beside it. Linked into every test and benchmark project by Directory.Build.props.</summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding Cordon.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Path of a file or folder under <c>../shared/data</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([RepositoryRoot, "..", "shared", "data", .. parts]));

    // With a private artifacts path (--artifacts-path /tmp/...) neither the output folder nor the working folder
    // is inside the repository; this source file's own path still is.
    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        System.IO.Path.GetDirectoryName(path) ?? path;

    private static string FindRoot()
    {
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
}
