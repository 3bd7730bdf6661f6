namespace Cordon.Screening;

/// <summary>A triage change refused by its rules (missing reason, a state that does not apply to an alert's kind); nothing changed.</summary>
public sealed class AlertTriageException(string message) : Exception(message);
