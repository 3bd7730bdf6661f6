namespace Cordon.Stix.Patterning;

/// <summary>Bounds on patterns, so a hostile pattern cannot exhaust the stack, memory or time. Immutable.</summary>
public sealed record PatternLimits
{
    /// <summary>Default limits: 64 KiB of text, expression depth 64, 1,000 operators, regex timeout 100 ms, 10,000 bindings per expression.</summary>
    public static PatternLimits Default { get; } = new();

    /// <summary>Longest accepted pattern in characters.</summary>
    public int MaxLength { get; init; } = 64 * 1024;

    /// <summary>Deepest accepted nesting of expressions (parentheses and operators).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most AND / OR / FOLLOWEDBY operators in one pattern (they nest the syntax tree like parentheses do).</summary>
    public int MaxOperators { get; init; } = 1000;

    /// <summary>Time a single MATCHES regular expression may run on one value before it counts as not matching.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Most candidate observation sets kept per expression while evaluating (bounds AND/REPEATS combinations).</summary>
    public int MaxBindings { get; init; } = 10_000;
}
