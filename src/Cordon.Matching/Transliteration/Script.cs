namespace Cordon.Matching.Transliteration;

/// <summary>The writing system of a run of letters, as far as transliteration cares.</summary>
internal enum Script
{
    /// <summary>Latin letters (with or without diacritics) and digits.</summary>
    Latin,

    /// <summary>Hangul syllables or jamo.</summary>
    Hangul,

    /// <summary>Chinese characters (Hanzi, Hanja, Kanji).</summary>
    Han,

    /// <summary>Cyrillic.</summary>
    Cyrillic,

    /// <summary>Arabic script (Arabic, Persian, Urdu).</summary>
    Arabic,

    /// <summary>Anything else AnyAscii knows (Greek, Hebrew, Kana, Thai…).</summary>
    Other,
}
