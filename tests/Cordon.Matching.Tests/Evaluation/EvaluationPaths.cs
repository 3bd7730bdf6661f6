using System.Runtime.CompilerServices;

namespace Cordon.Matching.Tests.Evaluation;

/// <summary>
/// Where the evaluation files and shared lists are. Uses <see cref="SharedData"/>; when the test binaries live outside
/// the repository (a private <c>--artifacts-path</c>), falls back to the location of this source file.
/// </summary>
internal static class EvaluationPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string EvalFolder => Path.Combine(RepositoryRoot, "eval");

    public static string Lists(string folder) => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "lists", folder));

    private static string FindRoot()
    {
        try
        {
            return SharedData.RepositoryRoot;
        }
        catch (TypeInitializationException)
        {
            return FromSource();
        }
    }

    private static string FromSource([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cordon.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Cordon.slnx) above " + thisFile);
    }
}
