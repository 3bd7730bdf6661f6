using Spectre.Console;

namespace Cordon.Cli;

/// <summary>
/// Where progress and status go: standard error, so that standard output carries only results
/// and stays safe to redirect or pipe.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Progress { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
