namespace Cordon.Core;

/// <summary>One record of a list file that could not be read and was left out of the version.</summary>
/// <param name="File">The file's display name.</param>
/// <param name="Line">1-based line of the record, when known.</param>
/// <param name="RecordId">The record's identifier in the list, when it could be read.</param>
/// <param name="Reason">Why the record was left out, in words an analyst understands.</param>
public sealed record SkippedRecord(string File, long? Line, string? RecordId, string Reason)
{
    /// <summary>"file, line 12: record 191 skipped: reason".</summary>
    public override string ToString() =>
        $"{File}{(Line is null ? "" : $", line {Line}")}: record {(RecordId is null ? "" : RecordId + " ")}skipped: {Reason}";
}
