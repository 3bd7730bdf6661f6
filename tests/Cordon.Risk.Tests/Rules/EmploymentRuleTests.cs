using System.Text.Json.Nodes;
using Cordon.Risk.Lookups;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class EmploymentRuleTests
{
    [Fact]
    public void EMP_INDICATOR_DOMAIN_fires_on_a_seized_front_domain()
    {
        var r = Clean();
        r["employment_history"]![0]!["employer_domain"] = "https://www.inditechlab.com/about";
        var context = Context(new FakeIndicators((IndicatorKind.Domain, "inditechlab.com")));
        var signal = Assess(r, context).Signal("EMP-INDICATOR-DOMAIN");
        Assert.Equal("$.employment_history[0].employer_domain", signal.Evidence[0].Path);
        Assert.False(Assess(Clean(), context).Fired("EMP-INDICATOR-DOMAIN"));
    }

    [Fact]
    public void EMP_LOOKALIKE_DOMAIN_fires_when_the_finder_reports_an_imitation()
    {
        var r = Clean();
        r["employment_history"]![0]!["employer_domain"] = "strípe.com";
        var finder = new FakeLookalikes();
        Assert.True(Assess(r, Context(lookalikes: finder)).Fired("EMP-LOOKALIKE-DOMAIN"));
        Assert.False(Assess(Clean(), Context(lookalikes: finder)).Fired("EMP-LOOKALIKE-DOMAIN"));
    }

    [Fact]
    public void EMP_UNVERIFIABLE_fires_when_checks_fail()
    {
        var r = Clean();
        r["employment_history"]![0]!["verified"] = false;
        r["employment_history"]![1]!["verified"] = false;
        Assert.True(Assess(r).Fired("EMP-UNVERIFIABLE"));
    }

    [Fact]
    public void EMP_UNVERIFIABLE_does_not_fire_when_most_checks_pass_or_none_were_made()
    {
        var r = Clean();
        r["employment_history"]![0]!["verified"] = false;
        Assert.False(Assess(r).Fired("EMP-UNVERIFIABLE"));
        var unchecked_ = Clean();
        foreach (var job in unchecked_["employment_history"]!.AsArray())
        {
            job!.AsObject().Remove("verified");
        }

        Assert.False(Assess(unchecked_).Fired("EMP-UNVERIFIABLE"));
    }

    [Fact]
    public void EMP_PROFILE_AGE_fires_on_a_new_profile_with_old_experience()
    {
        var r = Clean();
        r["online_profiles"]![0]!["created_at"] = "2026-06-01T00:00:00Z";
        Assert.True(Assess(r).Fired("EMP-PROFILE-AGE"));
    }

    [Fact]
    public void EMP_PROFILE_AGE_does_not_fire_for_a_junior_with_a_new_profile()
    {
        var r = Clean();
        r["online_profiles"]![0]!["created_at"] = "2026-06-01T00:00:00Z";
        r["employment_history"] = new JsonArray(new JsonObject { ["employer"] = "Globex", ["start"] = "2025-09" });
        Assert.False(Assess(r).Fired("EMP-PROFILE-AGE"));
    }

    [Fact]
    public void EMP_FOLLOWERS_fires_on_many_followers_without_work()
    {
        var r = Clean();
        r["online_profiles"]![0]!["followers"] = 900;
        r["online_profiles"]![0]!["public_repositories"] = 0;
        Assert.True(Assess(r).Fired("EMP-FOLLOWERS"));
        Assert.False(Assess(Clean()).Fired("EMP-FOLLOWERS"));
    }

    [Fact]
    public void EMP_RESUME_DUPLICATE_fires_on_the_same_resume_under_two_names()
    {
        const string Body = "Senior software engineer with 9 years of experience building scalable web and mobile applications. Expert in Unity, Kubernetes, GraphQL and .NET. Delivered 53 projects for clients in fintech, e-commerce and healthcare.";
        var a = Clean("app-1", "Emily Carter");
        a["resume_text"] = "Emily Carter\n" + Body;
        var b = Clean("app-2", "Daniel Novak");
        b["resume_text"] = "Daniel Novak\n" + Body.Replace("9 years", "11 years", StringComparison.Ordinal);
        var results = AssessBatch(null, a, b);
        Assert.True(results[0].Fired("EMP-RESUME-DUPLICATE"));
        Assert.True(results[1].Fired("EMP-RESUME-DUPLICATE"));
    }

    [Fact]
    public void EMP_RESUME_DUPLICATE_does_not_fire_on_different_resumes()
    {
        var a = Clean("app-1", "Emily Carter");
        a["resume_text"] = "Emily Carter\nSenior software engineer with 9 years of experience building scalable web and mobile applications. Expert in Unity, Kubernetes, GraphQL and .NET. Delivered 53 projects for clients in fintech, e-commerce and healthcare.";
        var b = Clean("app-2", "Daniel Novak");
        b["resume_text"] = "Daniel Novak\nSenior software engineer with 9 years of experience building scalable web and mobile applications. Built payment systems in Rust and Go for two banks. Maintains Terraform modules used by hundreds of teams.";
        Assert.All(AssessBatch(null, a, b), r => Assert.False(r.Fired("EMP-RESUME-DUPLICATE")));
    }

    private sealed class FakeLookalikes : ILookalikeFinder
    {
        public LookalikeFacts? Find(string domain, IReadOnlyList<string> protectedDomains) =>
            domain == "strípe.com" ? new LookalikeFacts(domain, "stripe.com", "homoglyph", 0.95) : null;
    }
}
