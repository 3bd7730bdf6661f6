using System.Text.Json.Serialization;

namespace Cordon.Matching.Explanation;

/// <summary>How a query token was accounted for against the candidate name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlignmentKind>))]
public enum AlignmentKind
{
    /// <summary>Identical after normalisation and transliteration.</summary>
    Exact,

    /// <summary>Different romanisations of the same Korean syllables (Jong/Jeong/Chong, Lee/Ri/Yi).</summary>
    RomanisationVariant,

    /// <summary>Same consonant skeleton (unvowelled transliteration, e.g. from Arabic script).</summary>
    Skeleton,

    /// <summary>Close spelling (typing error), with an edit-distance similarity.</summary>
    Fuzzy,

    /// <summary>A single-letter initial agreeing with the first letter of the other token.</summary>
    Initial,

    /// <summary>A query token with no counterpart in the candidate name (costs its full weight).</summary>
    Missing,

    /// <summary>A candidate token with no counterpart in the query (costs part of its weight).</summary>
    Extra,

    /// <summary>Two different characters or syllables written in the same script (Hangul, Han, kana): another name (cordon-name-v2).</summary>
    DifferentCharacter,

    /// <summary>A given name and its short or familiar form (Bill ↔ William, Peggy ↔ Margaret) (cordon-name-v2).</summary>
    ShortForm,

    /// <summary>
    /// The same word in another grammatical form in an organisation's name: plural or possessive, a country and its
    /// adjective, a noun and its adjective in -ary (Guard ↔ Guards, Iran's ↔ Iranian, Revolution ↔ Revolutionary) (cordon-name-v2).
    /// </summary>
    WordForm,
}
