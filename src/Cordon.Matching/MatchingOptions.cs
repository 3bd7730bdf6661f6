namespace Cordon.Matching;

/// <summary>
/// Every tunable of the matching algorithm, declared once with its default. Immutable: a per-request variation is a
/// <c>with</c> copy. Scores are on a 0–1 scale; "points" are added to the name score by the features.
/// </summary>
public sealed record MatchingOptions
{
    /// <summary>Default options of the current algorithm.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>Score at or above which a candidate is reported as a match.</summary>
    public double Threshold { get; init; } = 0.86;

    /// <summary>Similarity of two tokens that are different romanisations of the same Korean syllables (Jong/Jeong/Chong).</summary>
    public double RomanisationVariantSimilarity { get; init; } = 0.95;

    /// <summary>Similarity of two tokens (4+ letters) with the same general phonetic key (Yevgeny/Evgeniy, Usama/Osama).</summary>
    public double SpellingVariantSimilarity { get; init; } = 0.9;

    /// <summary>Similarity of two tokens with the same consonant skeleton whose general keys differ by one vowel (Mohammed/Muhammad).</summary>
    public double VowelVariantSimilarity { get; init; } = 0.85;

    /// <summary>Similarity of two tokens whose consonant skeletons agree (used for unvowelled Arabic-script transliterations).</summary>
    public double SkeletonSimilarity { get; init; } = 0.9;

    /// <summary>Similarity of a single-letter initial with a token starting with that letter.</summary>
    public double InitialSimilarity { get; init; } = 0.6;

    /// <summary>Lowest edit-distance similarity (1 − edits/length) still counted as a fuzzy token match.</summary>
    public double FuzzyMinSimilarity { get; init; } = 0.6;

    /// <summary>Minimum length (of the longer token) for one typing error to be tolerated.</summary>
    public int FuzzyOneEditMinLength { get; init; } = 3;

    /// <summary>Minimum length (of the longer token) for two typing errors to be tolerated.</summary>
    public int FuzzyTwoEditsMinLength { get; init; } = 9;

    /// <summary>
    /// Minimum length for a typing error between two tokens that both read as well-formed romanised Korean syllables:
    /// below it they are different syllables (Yong/Myong, Song/Pong), not a typo.
    /// </summary>
    public int FuzzyBetweenSyllablesMinLength { get; init; } = 8;

    /// <summary>Points taken off when the tokens agree but in another name order than a rotation (Kim Un Jong vs Kim Jong Un).</summary>
    public double OrderViolationPenalty { get; init; } = 0.2;

    /// <summary>Share of an unmatched candidate core token's weight (first family or given name) that counts against the score.</summary>
    public double UnmatchedCandidateTokenCost { get; init; } = 0.6;

    /// <summary>
    /// Share of an unmatched candidate middle token's weight (middle name, patronymic, second surname) that counts against
    /// the score: lists carry them and queries often leave them out.
    /// </summary>
    public double UnmatchedCandidateMiddleTokenCost { get; init; } = 0.3;

    /// <summary>Weight of a generic word (trading, international, bank…) relative to a distinctive one.</summary>
    public double GenericTokenWeight { get; init; } = 0.3;

    /// <summary>Weight of a legal form (Ltd, LLC, JSC…) or a function word (of, the, de…).</summary>
    public double LegalFormWeight { get; init; } = 0.1;

    /// <summary>Weight of a name particle (al, bin).</summary>
    public double ParticleWeight { get; init; } = 0.2;

    /// <summary>Weight of a single-letter initial.</summary>
    public double InitialWeight { get; init; } = 0.5;

    /// <summary>Lowest weight factor that inverse name frequency can give a distinctive token (a very common surname).</summary>
    public double MinFrequencyFactor { get; init; } = 0.45;

    /// <summary>Share of indexed names (1/N) below which a token counts as fully distinctive.</summary>
    public double DistinctiveTokenShare { get; init; } = 0.0005;

    /// <summary>Highest score of a name match in which no distinctive query token agrees (only generic words or legal forms).</summary>
    public double GenericOnlyCap { get; init; } = 0.5;

    /// <summary>Highest score of a match on an acronym that Cordon derived itself (not one the list gives).</summary>
    public double DerivedAcronymCap { get; init; } = 0.86;

    /// <summary>Below the threshold by this much is where a weak alias alone is capped when no other evidence agrees.</summary>
    public double WeakAliasMargin { get; init; } = 0.05;

    /// <summary>Points added when the date of birth agrees to the day.</summary>
    public double DobExactPoints { get; init; } = 0.06;

    /// <summary>Points added when only the year of birth agrees (either side partial).</summary>
    public double DobYearPoints { get; init; } = 0.03;

    /// <summary>Points (negative) when the dates of birth are within a year but differ.</summary>
    public double DobNearMissPoints { get; init; } = -0.08;

    /// <summary>Points (negative) when the years of birth are two or more apart.</summary>
    public double DobMismatchPoints { get; init; } = -0.3;

    /// <summary>Points added when nationality agrees.</summary>
    public double NationalityMatchPoints { get; init; } = 0.03;

    /// <summary>Points (negative) when the entry states nationalities and none agrees.</summary>
    public double NationalityMismatchPoints { get; init; } = -0.1;

    /// <summary>Points (negative) when both genders are known and differ.</summary>
    public double GenderMismatchPoints { get; init; } = -0.15;

    /// <summary>
    /// cordon-name-v2: how far below the threshold a name score is capped when a discriminating token disagrees (a
    /// number in a vessel or unit name, a country, a subsidiary word, legal forms of different kinds, a same-script
    /// character).
    /// </summary>
    public double DiscriminatorMargin { get; init; } = 0.06;

    /// <summary>
    /// cordon-name-v2: share of an unmatched candidate token's weight that counts against a person's name when it is
    /// lineage: a filiation particle (bin, bint) or the father's or grandfather's name after it.
    /// </summary>
    public double LineageTokenCost { get; init; } = 0.1;

    /// <summary>
    /// cordon-name-v2: taken off a name score when each side has a word that nothing on the other side matches and that
    /// identifies the party (same script): for a person a core name (first given name or family name) — Omar and Ayman
    /// Sabawi Ibrahim Hasan al-Tikriti are brothers, not one man written two ways; for an organisation a distinctive
    /// word — Yalta and Feodosia Sea Trading Port are two ports. Chosen on the development cross-list pairs.
    /// </summary>
    public double CoreNameConflictPenalty { get; init; } = 0.25;

    /// <summary>How many candidate names (by cheap blocking score) are fully scored per query.</summary>
    public int MaxCandidates { get; init; } = 40;

    /// <summary>Checks that every value is in its range; called when a <see cref="Matcher"/> is created.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (the message names it).</exception>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(Threshold), Threshold), (nameof(RomanisationVariantSimilarity), RomanisationVariantSimilarity),
            (nameof(SpellingVariantSimilarity), SpellingVariantSimilarity), (nameof(SkeletonSimilarity), SkeletonSimilarity),
            (nameof(VowelVariantSimilarity), VowelVariantSimilarity),
            (nameof(InitialSimilarity), InitialSimilarity), (nameof(FuzzyMinSimilarity), FuzzyMinSimilarity),
            (nameof(UnmatchedCandidateTokenCost), UnmatchedCandidateTokenCost),
            (nameof(UnmatchedCandidateMiddleTokenCost), UnmatchedCandidateMiddleTokenCost), (nameof(GenericTokenWeight), GenericTokenWeight),
            (nameof(LegalFormWeight), LegalFormWeight), (nameof(ParticleWeight), ParticleWeight), (nameof(InitialWeight), InitialWeight),
            (nameof(MinFrequencyFactor), MinFrequencyFactor), (nameof(DistinctiveTokenShare), DistinctiveTokenShare),
            (nameof(GenericOnlyCap), GenericOnlyCap), (nameof(DerivedAcronymCap), DerivedAcronymCap), (nameof(WeakAliasMargin), WeakAliasMargin),
            (nameof(DobExactPoints), DobExactPoints), (nameof(DobYearPoints), DobYearPoints), (nameof(NationalityMatchPoints), NationalityMatchPoints),
            (nameof(OrderViolationPenalty), OrderViolationPenalty), (nameof(DiscriminatorMargin), DiscriminatorMargin), (nameof(LineageTokenCost), LineageTokenCost),
            (nameof(CoreNameConflictPenalty), CoreNameConflictPenalty),
        })
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.0, name);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0, name);
        }

        foreach (var (name, value) in new[]
        {
            (nameof(DobNearMissPoints), DobNearMissPoints), (nameof(DobMismatchPoints), DobMismatchPoints),
            (nameof(NationalityMismatchPoints), NationalityMismatchPoints), (nameof(GenderMismatchPoints), GenderMismatchPoints),
        })
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, -1.0, name);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 0.0, name);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidates, 1, nameof(MaxCandidates));
        ArgumentOutOfRangeException.ThrowIfLessThan(FuzzyOneEditMinLength, 1, nameof(FuzzyOneEditMinLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(FuzzyTwoEditsMinLength, FuzzyOneEditMinLength, nameof(FuzzyTwoEditsMinLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(FuzzyBetweenSyllablesMinLength, 1, nameof(FuzzyBetweenSyllablesMinLength));
    }
}
