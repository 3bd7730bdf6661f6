using System.CommandLine;
using Cordon.Matching;

namespace Cordon.Cli.Commands;

/// <summary>The <c>--algorithm</c> option shared by <c>screen</c>, <c>compare-names</c> and <c>evaluate</c>.</summary>
internal static class AlgorithmOption
{
    public static Option<string?> Create() => new("--algorithm")
    {
        Description = $"Name-matching algorithm: {string.Join(" or ", MatchingAlgorithms.Names)} (default {MatchingAlgorithms.Default})",
    };

    /// <summary>The matcher asked for, or a clear error naming the known algorithms.</summary>
    public static Matcher Resolve(ParseResult parse, Option<string?> option)
    {
        var name = parse.GetValue(option);
        return MatchingAlgorithms.TryGet(name, out var matcher) ? matcher
            : throw new UserInputException($"--algorithm '{name}' is not known; use one of {string.Join(", ", MatchingAlgorithms.Names)}.");
    }
}
