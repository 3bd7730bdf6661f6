using Cordon.Risk.Lookups;
using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Employment rules: employers, schools, developer profiles and résumés.</summary>
internal static class EmploymentRules
{
    private static readonly string[] DeveloperSites = ["github", "gitlab", "bitbucket", "stackoverflow", "huggingface"];

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("EMP-INDICATOR-DOMAIN", "Employer domain is a known or seized front", Families.Employment, "P23, S1", "employment_history[].employer_domain, contacts.emails; indicators", 45,
            "An employer's domain (or the person's e-mail domain) is on the indicator list: front companies and domains seized by the US (October 2023, October 2024).",
            Advice.VerifyEmployers, IndicatorDomain),
        Define("EMP-LOOKALIKE-DOMAIN", "Employer domain imitates a real company", Families.Employment, "P23, S1", "employment_history[].employer_domain; protected domains, look-alike detection", 25,
            "An employer's domain imitates a protected real company's domain (homoglyphs, typos, added words, other top-level domain).",
            Advice.VerifyEmployers, Lookalike),
        Define("EMP-UNVERIFIABLE", "Employers or schools could not be verified", Families.Employment, "P23, S1", "employment_history[].verified, education[].verified", 10,
            "Employers or schools were checked and could not be confirmed (verified = false) for at least half of those checked; two or more earn all the points.",
            Advice.VerifyEmployers, Unverifiable),
        Define("EMP-PROFILE-AGE", "Developer profile much younger than the claimed experience", Families.Employment, "SEAL", "online_profiles[].created_at, employment_history[].start, submitted_at", 12,
            "A developer profile (GitHub, GitLab…) was created within a year of the application while the claimed experience began five years or more before it.",
            Advice.VerifyEmployers, ProfileAge),
        Define("EMP-FOLLOWERS", "Follower pattern that looks bought", Families.Employment, "SEAL", "online_profiles[].followers, public_repositories, created_at", 8,
            "A developer profile with 200 or more followers but at most one public repository, or 1,000 or more followers within its first year.",
            Advice.VerifyEmployers, Followers),
        Define("EMP-RESUME-DUPLICATE", "Résumé shared with another person", Families.Employment, "A22", "resume_text (across the batch)", 20,
            "The résumé shares most of its distinctive sentences (five words or more, found in at most 40 records, at least two and 60 % of them; names and numbers removed) with the résumé of another person in the batch: near-identical résumés or bids.",
            Advice.LinkedAccounts, ResumeDuplicate),
    ];

    private static RuleHit? IndicatorDomain(RuleInput input)
    {
        if (input.Context.Indicators is not { } indicators)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var jobs = input.Record.EmploymentHistory;
        for (var i = 0; i < jobs.Count; i++)
        {
            if (Text.Domain(jobs[i].EmployerDomain) is { } domain && indicators.Find(IndicatorKind.Domain, domain) is { Count: > 0 } found)
            {
                evidence.Add(At("$.employment_history[" + Text.N(i) + "].employer_domain", jobs[i].EmployerDomain!, found[0].Context + " (" + found[0].Source + ")"));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "Employer domain(s) on the DPRK IT-worker indicator list: " + string.Join(", ", evidence.Select(e => e.Value)) + ".");
    }

    private static RuleHit? Lookalike(RuleInput input)
    {
        if (input.Context.Lookalikes is null || input.Context.ProtectedDomains.Count == 0)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var jobs = input.Record.EmploymentHistory;
        for (var i = 0; i < jobs.Count; i++)
        {
            if (Text.Domain(jobs[i].EmployerDomain) is { } domain && input.Lookalike(domain) is { } found && !string.Equals(found.Imitates, domain, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Add(At("$.employment_history[" + Text.N(i) + "].employer_domain", jobs[i].EmployerDomain!, "imitates " + found.Imitates + " (" + found.Technique + ", similarity " + Text.N(found.Similarity) + ")"));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "Employer domain(s) imitate real companies: " + string.Join("; ", evidence.Select(e => e.Value + " " + e.Note)) + ".");
    }

    private static RuleHit? Unverifiable(RuleInput input)
    {
        var evidence = new List<Evidence>();
        var checkedCount = 0;
        var r = input.Record;
        for (var i = 0; i < r.EmploymentHistory.Count; i++)
        {
            if (r.EmploymentHistory[i].Verified is { } v)
            {
                checkedCount++;
                if (!v)
                {
                    evidence.Add(At("$.employment_history[" + Text.N(i) + "].verified", "false", r.EmploymentHistory[i].Employer));
                }
            }
        }

        for (var i = 0; i < r.Education.Count; i++)
        {
            if (r.Education[i].Verified is { } v)
            {
                checkedCount++;
                if (!v)
                {
                    evidence.Add(At("$.education[" + Text.N(i) + "].verified", "false", r.Education[i].Institution));
                }
            }
        }

        if (evidence.Count == 0 || evidence.Count * 2 < checkedCount)
        {
            return null;
        }

        return new RuleHit(evidence.Count >= 2 ? 1 : 0.6, evidence, Text.N(evidence.Count) + " of " + Text.N(checkedCount) + " employers or schools checked could not be verified: " + string.Join(", ", evidence.Select(e => e.Note)) + ".");
    }

    private static RuleHit? ProfileAge(RuleInput input)
    {
        var r = input.Record;
        var earliest = r.EmploymentHistory.Select(e => Text.ParseDate(e.Start)).Where(d => d is not null).Min();
        if (earliest is not { } start)
        {
            return null;
        }

        var submitted = DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime);
        for (var i = 0; i < r.OnlineProfiles.Count; i++)
        {
            var p = r.OnlineProfiles[i];
            if (p.CreatedAt is not { } created || !DeveloperSites.Contains(p.Site.Trim().ToLowerInvariant()))
            {
                continue;
            }

            var createdDay = DateOnly.FromDateTime(created.UtcDateTime);
            var ageDays = submitted.DayNumber - createdDay.DayNumber;
            var gapYears = (createdDay.DayNumber - start.DayNumber) / 365.25;
            if (ageDays <= 365 && gapYears >= 5)
            {
                return new RuleHit(
                    1,
                    [At("$.online_profiles[" + Text.N(i) + "].created_at", created.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.Site + " profile " + Text.N(ageDays) + " days old at submission"),
                     At("$.employment_history", start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), "earliest claimed job start")],
                    "The " + p.Site + " profile was created " + Text.N(gapYears) + " years after the earliest claimed job and only " + Text.N(ageDays) + " days before the application.");
            }
        }

        return null;
    }

    private static RuleHit? Followers(RuleInput input)
    {
        var r = input.Record;
        for (var i = 0; i < r.OnlineProfiles.Count; i++)
        {
            var p = r.OnlineProfiles[i];
            if (!DeveloperSites.Contains(p.Site.Trim().ToLowerInvariant()) || p.Followers is not { } followers)
            {
                continue;
            }

            var young = p.CreatedAt is { } c && (r.SubmittedAt - c).TotalDays <= 365;
            var fewRepos = p.PublicRepositories is { } repos && repos <= 1;
            if ((followers >= 200 && fewRepos) || (followers >= 1000 && young))
            {
                return new RuleHit(
                    1,
                    [At("$.online_profiles[" + Text.N(i) + "].followers", followers.ToString(System.Globalization.CultureInfo.InvariantCulture), fewRepos ? Text.N((int)(p.PublicRepositories ?? 0)) + " public repositories" : "profile under a year old")],
                    "The " + p.Site + " profile has " + followers.ToString(System.Globalization.CultureInfo.InvariantCulture) + " followers " + (fewRepos ? "but almost no public work" : "within its first year") + ", a pattern of bought followers.");
            }
        }

        return null;
    }

    private static RuleHit? ResumeDuplicate(RuleInput input)
    {
        var others = input.Batch.OthersWithResume(input.Index);
        return others.Count == 0
            ? null
            : new RuleHit(1, [At("$.resume_text", Excerpt(input.Record.ResumeText!), "same résumé as " + AccessRules.Describe(input, others))], "The résumé is the same as that of " + Text.N(others.Count) + " other person(s) in the batch.");
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
