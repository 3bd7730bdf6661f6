namespace Cordon.Risk;

/// <summary>Why a record was rejected.</summary>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.person.date_of_birth</c> or <c>$.sessions[2].ip</c>; <c>$</c> for the whole record.</param>
/// <param name="Reason">What is wrong, in plain language.</param>
public sealed record RecordError(string Path, string Reason)
{
    /// <summary><c>path: reason</c>.</summary>
    public override string ToString() => Path + ": " + Reason;
}
