namespace Cordon.Risk;

/// <summary>Text form of <see cref="RiskLevel"/>.</summary>
public static class RiskLevels
{
    /// <summary>The lower-case name: low, medium, high, critical.</summary>
    public static string ToText(RiskLevel level) => level switch
    {
        RiskLevel.Low => "low",
        RiskLevel.Medium => "medium",
        RiskLevel.High => "high",
        RiskLevel.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown risk level"),
    };

    /// <summary>Parses a lower- or mixed-case level name.</summary>
    /// <exception cref="FormatException">The text is not a level.</exception>
    public static RiskLevel Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "LOW" => RiskLevel.Low,
        "MEDIUM" => RiskLevel.Medium,
        "HIGH" => RiskLevel.High,
        "CRITICAL" => RiskLevel.Critical,
        _ => throw new FormatException("'" + text + "' is not a risk level (low, medium, high, critical)"),
    };
}
