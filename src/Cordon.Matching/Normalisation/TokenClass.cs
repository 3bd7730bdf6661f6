namespace Cordon.Matching.Normalisation;

/// <summary>How much a token says about identity, before frequency is considered.</summary>
internal enum TokenClass
{
    /// <summary>A distinctive word: a name.</summary>
    Distinctive,

    /// <summary>A word common in organisation names (trading, bank, international).</summary>
    Generic,

    /// <summary>A legal form (Ltd, LLC, JSC) or function word (of, the, de).</summary>
    LegalForm,

    /// <summary>A single-letter initial.</summary>
    Initial,

    /// <summary>A name particle: Arabic article or filiation (al, el, bin, ibn) that many names share.</summary>
    Particle,
}
