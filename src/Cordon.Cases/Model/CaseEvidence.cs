namespace Cordon.Cases;

/// <summary>Evidence attached to a case: a text note or a file, identified by its SHA-256 so it can be proven unchanged.</summary>
/// <param name="Name">File name, or the note's title.</param>
/// <param name="MediaType">The file's media type (text/plain for a note).</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="IsFile">True when the content is a stored file (downloadable), false for a note kept in the event text.</param>
public sealed record CaseEvidence(string Name, string MediaType, long Size, string Sha256, bool IsFile);
