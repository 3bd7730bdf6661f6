namespace Cordon.Benchmarks;

/// <summary>A console benchmark: measures one capability on the real shared files and prints its figures.</summary>
public interface IHarness
{
    /// <summary>Name used on the command line (<c>dotnet run -c Release --project bench/Cordon.Benchmarks -- NAME</c>).</summary>
    string Name { get; }

    /// <summary>One line saying what it measures.</summary>
    string Description { get; }

    /// <summary>Runs and prints results; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}
