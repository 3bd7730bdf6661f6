using System.Text.Json.Serialization;

namespace Cordon.Risk;

/// <summary>The level of an assessment; serialised in lower case (<c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>).</summary>
[JsonConverter(typeof(RiskLevelJsonConverter))]
public enum RiskLevel
{
    /// <summary>No deception shown; proceed as usual.</summary>
    Low,

    /// <summary>Some red flags; verify before proceeding.</summary>
    Medium,

    /// <summary>Several red flags; stop and verify identity in person.</summary>
    High,

    /// <summary>Strong evidence of a DPRK IT worker scheme; stop, preserve evidence, report.</summary>
    Critical,
}
