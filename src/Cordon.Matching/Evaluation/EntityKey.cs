namespace Cordon.Matching.Evaluation;

/// <summary>Identifies one list entry across lists: the list id and the entry's source id (<c>ofac-sdn:20157</c>).</summary>
/// <param name="ListId">The list (<c>ofac-sdn</c>, <c>un-sc</c>…).</param>
/// <param name="SourceId">The entry's identifier within that list.</param>
public sealed record EntityKey(string ListId, string SourceId)
{
    /// <summary>Reads <c>listid:sourceid</c>.</summary>
    /// <param name="text">The key as written in the evaluation files.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not <c>listid:sourceid</c>.</exception>
    public static EntityKey Parse(string text) =>
        TryParse(text, out var key) ? key! : throw new FormatException("'" + text + "' is not listid:sourceid");

    /// <summary>Reads <c>listid:sourceid</c>; the source id is everything after the first colon.</summary>
    /// <param name="text">The key as written in the evaluation files.</param>
    /// <param name="key">The key when <paramref name="text"/> is well formed.</param>
    /// <returns>True when both parts are present.</returns>
    public static bool TryParse(string text, out EntityKey? key)
    {
        key = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        key = new EntityKey(text[..colon].Trim(), text[(colon + 1)..].Trim());
        return key.ListId.Length > 0 && key.SourceId.Length > 0;
    }

    /// <summary>The key as <c>listid:sourceid</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ListId + ":" + SourceId;
}
