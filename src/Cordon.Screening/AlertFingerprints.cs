using System.Security.Cryptography;
using System.Text;
using Cordon.Core;

namespace Cordon.Screening;

/// <summary>
/// Fingerprints of what a false-positive decision was made about: the watched customer's screened details and the list entry.
/// A decision holds only while both fingerprints are unchanged.
/// </summary>
public static class AlertFingerprints
{
    /// <summary>The customer's screened details (name, date of birth, nationality, type, identifiers).</summary>
    public static string Subject(ScreeningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Hash(CordonJson.Serialize(subject));
    }

    /// <summary>
    /// The entry's content, without the text of its source record: the same entry re-published with other spacing or column
    /// order is the same entry; a new alias, date, document or remark is a change.
    /// </summary>
    public static string Entry(ListedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Hash(CordonJson.Serialize(entity with { SourceRecord = string.Empty }));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
