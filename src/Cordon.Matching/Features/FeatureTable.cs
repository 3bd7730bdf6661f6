using System.Globalization;
using Cordon.Core;
using Cordon.Matching.Index;

namespace Cordon.Matching.Features;

/// <summary>
/// The features of the current algorithm, in evaluation order. Each is a small function returning points and a reason;
/// the final score is the sum, clamped to 0–1. This table is the algorithm's documentation (docs/matching.md prints it).
/// </summary>
internal static class FeatureTable
{
    public static Feature[] Create(MatchingOptions o) =>
    [
        new(new("name", 0, 1,
            "Similarity of the query name and the entry's best name (primary or alias): order-free token alignment with romanisation variants, "
            + "transliteration, joined/split given names, typo tolerance on longer tokens; tokens weighted by distinctiveness."), Name),
        new(new("date-of-birth", o.DobMismatchPoints, o.DobExactPoints,
            "Query date of birth against the entry's: same day adds, same year adds less, within a year subtracts a little, years apart "
            + "subtracts enough to take an exact name below the threshold. Partial, approximate and range dates compare at their precision."), DateOfBirth),
        new(new("nationality", o.NationalityMismatchPoints, o.NationalityMatchPoints,
            "Query nationality against the entry's nationalities and citizenships (country names and codes normalised to ISO alpha-2). "
            + "Only applies when the entry states any."), Nationality),
        new(new("gender", o.GenderMismatchPoints, 0, "Subtracts when both genders are known and differ."), Gender),
        new(new("weak-alias", -1, 0,
            "A match on a weak (low-quality) alias is capped just below the threshold unless date of birth or nationality agrees."), WeakAlias),
        new(new("derived-acronym", -1, 0,
            "A match on an acronym Cordon derived from an organisation's name (not one the list gives) is capped."), DerivedAcronym),
        new(new("identifier", 0, 1,
            "An exact identity-document number, e-mail address, website/domain or wallet address of the entry is a match on its own: score 1."), Identifier),
    ];

    private static FeatureOutcome Name(FeatureInput f)
    {
        if (f.Name is null)
        {
            return new(0, f.Explain ? "no name of the entry is similar to the query" : null, true);
        }

        return new(f.NameScore, f.Explain
            ? string.Create(CultureInfo.InvariantCulture, $"name '{f.Query.Name.Original}' vs {f.Name.SourceLabel} '{f.Name.Name.Original}': {f.NameScore:0.000}")
            : null, true);
    }

    private enum DateRelation
    {
        None,
        Far,
        Near,
        Year,
        Exact,
    }

    private static FeatureOutcome DateOfBirth(FeatureInput f)
    {
        var q = f.Query.Subject.DateOfBirth;
        var dates = f.Entity.Entity.DatesOfBirth;
        if (q?.Year is not int qYear || dates.Count == 0)
        {
            return FeatureOutcome.NotApplicable;
        }

        var best = DateRelation.None;
        PartialDate? bestDate = null;
        var bestGap = 0;
        foreach (var d in dates)
        {
            if (d.Year is not int dYear)
            {
                continue;
            }

            var (relation, gap) = Relate(q, qYear, d, dYear);
            if (relation > best)
            {
                best = relation;
                bestDate = d;
                bestGap = gap;
            }
        }

        var o = f.Options;
        if (best == DateRelation.None)
        {
            return FeatureOutcome.NotApplicable;
        }

        if (best >= DateRelation.Year)
        {
            f.Corroborated = true;
        }

        var points = best switch
        {
            DateRelation.Exact => o.DobExactPoints,
            DateRelation.Year => o.DobYearPoints,
            DateRelation.Near => o.DobNearMissPoints,
            _ => o.DobMismatchPoints,
        };
        if (!f.Explain)
        {
            return new(points, null, true);
        }

        var reason = best switch
        {
            DateRelation.Exact => $"date of birth {q.Text} agrees with the entry's {bestDate!.Text}",
            DateRelation.Year => $"year of birth agrees: query {q.Text}, entry {bestDate!.Text}",
            DateRelation.Near => $"date of birth close but different: query {q.Text}, entry {bestDate!.Text}",
            _ => $"date of birth differs by {bestGap} years: query {q.Text}, entry {string.Join(" / ", dates.Select(x => x.Text))}",
        };
        return new(points, reason, true);
    }

    private static (DateRelation Relation, int Gap) Relate(PartialDate q, int qYear, PartialDate d, int dYear)
    {
        var qSlack = q.Approximate ? 1 : 0;
        var dSlack = d.Approximate ? 1 : 0;
        var qLo = qYear - qSlack;
        var qHi = (q.YearTo ?? qYear) + qSlack;
        var dLo = dYear - dSlack;
        var dHi = (d.YearTo ?? dYear) + dSlack;
        if (qHi < dLo || dHi < qLo)
        {
            var gap = qHi < dLo ? dLo - qHi : qLo - dHi;
            return (gap <= 1 ? DateRelation.Near : DateRelation.Far, gap);
        }

        var singleYears = q.YearTo is null && d.YearTo is null && !q.Approximate && !d.Approximate && qYear == dYear;
        if (!singleYears || q.Month is not int qm || d.Month is not int dm)
        {
            return (DateRelation.Year, 0);
        }

        if (q.Day is int qd && d.Day is int dd)
        {
            if (qm == dm && qd == dd)
            {
                return (DateRelation.Exact, 0);
            }

            // Day and month swapped (US and European orders) is a writing slip, not a different date.
            return qm == dd && qd == dm ? (DateRelation.Year, 0) : (DateRelation.Near, 0);
        }

        return qm == dm ? (DateRelation.Year, 0) : (DateRelation.Near, 0);
    }

    private static FeatureOutcome Nationality(FeatureInput f)
    {
        var q = f.Query.Country;
        var countries = f.Entity.Countries;
        if (q is null || countries.Length == 0)
        {
            return FeatureOutcome.NotApplicable;
        }

        if (Array.IndexOf(countries, q) >= 0)
        {
            f.Corroborated = true;
            return new(f.Options.NationalityMatchPoints, f.Explain ? $"nationality agrees: {q}" : null, true);
        }

        return new(f.Options.NationalityMismatchPoints,
            f.Explain ? $"nationality differs: query {q}, entry {string.Join("/", countries)}" : null, true);
    }

    private static FeatureOutcome Gender(FeatureInput f)
    {
        var q = f.Query.Gender;
        var e = f.Entity.Gender;
        if (q is null || e is null)
        {
            return FeatureOutcome.NotApplicable;
        }

        return q == e
            ? new(0, f.Explain ? $"gender agrees: {q}" : null, true)
            : new(f.Options.GenderMismatchPoints, f.Explain ? $"gender differs: query {q}, entry {e}" : null, true);
    }

    private static FeatureOutcome WeakAlias(FeatureInput f)
    {
        if (f.Name?.Source != NameSource.WeakAlias)
        {
            return FeatureOutcome.NotApplicable;
        }

        var cap = f.Options.Threshold - f.Options.WeakAliasMargin;
        if (f.Corroborated || f.ScoreSoFar <= cap)
        {
            return new(0, f.Explain ? (f.Corroborated ? "weak alias, corroborated by date of birth or nationality" : "weak alias") : null, true);
        }

        return new(cap - f.ScoreSoFar, f.Explain
            ? string.Create(CultureInfo.InvariantCulture, $"weak alias without corroborating date of birth or nationality: capped at {cap:0.00}")
            : null, true);
    }

    private static FeatureOutcome DerivedAcronym(FeatureInput f)
    {
        if (f.Name?.Source != NameSource.DerivedAcronym)
        {
            return FeatureOutcome.NotApplicable;
        }

        var cap = f.Options.DerivedAcronymCap;
        var points = f.ScoreSoFar > cap ? cap - f.ScoreSoFar : 0;
        return new(points, f.Explain
            ? string.Create(CultureInfo.InvariantCulture, $"matches the acronym of '{f.Entity.Entity.PrimaryName}', derived by Cordon: capped at {cap:0.00}")
            : null, true);
    }

    private static FeatureOutcome Identifier(FeatureInput f)
    {
        if (f.IdentifierMatch is null)
        {
            return FeatureOutcome.NotApplicable;
        }

        return new(Math.Max(0, 1 - f.ScoreSoFar), f.Explain ? f.IdentifierMatch : null, true);
    }
}
