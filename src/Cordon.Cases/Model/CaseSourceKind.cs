namespace Cordon.Cases;

/// <summary>What a case was opened from.</summary>
public enum CaseSourceKind
{
    /// <summary>A watch-list alert (source id: the alert id).</summary>
    Alert,

    /// <summary>A risk assessment (source id: the assessed record's id).</summary>
    Assessment,

    /// <summary>Opened by hand (source id: what the analyst named).</summary>
    Manual,
}
