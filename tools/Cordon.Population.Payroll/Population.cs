namespace Cordon.Population.Payroll;

/// <summary>Decides how many of each story the population holds, builds them and assigns ids.</summary>
internal sealed class Population(Factory f)
{
    /// <summary>Share of fraud records.</summary>
    public const double FraudShare = 0.065;

    private Rng Rng => f.Rng;

    public List<Applicant> Generate(int count)
    {
        var legit = new Legit(f);
        var fraud = new Fraud(f);
        var records = new List<Applicant>();

        // Legitimate stories other than the plain domestic one, as shares of the whole population.
        (double Share, Func<IEnumerable<Applicant>> Make)[] legitStories =
        [
            (0.060, () => [legit.Relocated()]),
            (0.030, () => [legit.MarriedName()]),
            (0.010, () => [legit.Naturalised()]),
            (0.025, legit.JointAccount),
            (0.050, () => [legit.OnePersonCompany()]),
            (0.060, legit.CorporateEgress),
            (0.035, legit.Coworking),
            (0.035, () => [legit.PrivacyVpn()]),
            (0.025, () => [legit.NightShift()]),
            (0.030, () => [legit.Korean("korean-american")]),
            (0.010, () => [legit.Korean("korean-canadian")]),
            (0.030, () => [legit.Korean("south-korean-engineer")]),
            (0.008, () => [legit.Korean("korean-speaker-abroad")]),
            (0.030, () => [legit.AsiaPacific("JP")]),
            (0.035, () => [legit.AsiaPacific("AU")]),
            (0.015, () => [legit.LaptopToRelative()]),
            (0.030, () => [legit.Student()]),
            (0.015, () => [legit.CryptoAllowed()]),
            (0.040, legit.Agency),
            (0.010, () => [legit.Nomad()]),
        ];
        foreach (var (share, make) in legitStories)
        {
            var target = (int)Math.Round(share * count);
            var made = 0;
            while (made < target)
                foreach (var a in make().Take(target - made)) { records.Add(a); made++; }
        }

        // Fraud: rings first, so that single records can attach to them.
        var fraudTarget = (int)Math.Round(FraudShare * count);
        var fraudRecords = new List<Applicant>();
        var teams = new List<Ring>();
        void Fill(double share, Func<IEnumerable<Applicant>> make)
        {
            var target = (int)Math.Round(share * fraudTarget);
            var made = 0;
            while (made < target)
                foreach (var a in make()) { fraudRecords.Add(a); made++; }
        }
        Fill(0.24, () => fraud.Team().ToList().Also(l => teams.Add(RingOf(l, fraud))));
        Fill(0.21, () => fraud.LaptopFarm().ToList().Also(l => teams.Add(RingOf(l, fraud))));
        Fill(0.09, fraud.FrontCompany);
        Fill(0.07, fraud.PayoutMule);
        Fill(0.06, fraud.CryptoRing);
        var victims = records.Where(r => r.Scenario is "domestic-standard" or "relocated-ukraine-poland" or "own-company-contractor").ToList();
        victims.AddRange(records.Where(r => r.Scenario.StartsWith("relocated", StringComparison.Ordinal)));
        Ring AttachTo() => teams.Count > 0 && Rng.Chance(0.55) ? Rng.Pick(teams) : fraud.NewRing("dprk-solo");
        Fill(0.15, () => [fraud.Borrowed(AttachTo())]);
        Fill(0.07, () => [fraud.Stolen(AttachTo(), victims)]);
        var remaining = fraudTarget - fraudRecords.Count;
        for (var i = 0; i < remaining; i++) fraudRecords.Add(fraud.NearClean(teams.Count > 0 ? Rng.Pick(teams) : fraud.NewRing("dprk-solo")));
        records.AddRange(fraudRecords);

        while (records.Count < count) records.Add(legit.Domestic());

        // A cluster cut short by its quota may keep a single member, which then shares nothing with anyone.
        foreach (var lone in records.Where(r => r.GroupId.Length > 0).GroupBy(r => r.GroupId).Where(g => g.Count() == 1))
            lone.Single().GroupId = "";

        foreach (var a in records.Where(r => !r.Fraud)) legit.Noise(a);
        FriendReferrals(records);

        // Chronological ids; ties keep creation order.
        var ordered = records.Select((a, i) => (a, i)).OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.i).Select(x => x.a).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Id = $"eor-{i + 1:D5}";
        return ordered;
    }

    // Team() and LaptopFarm() create their ring internally; the last ring made is theirs, so single records can join it.
    private static Ring RingOf(List<Applicant> members, Fraud fraud) =>
        members.Count > 0 && fraud.LastRing is { } ring ? ring : throw new InvalidOperationException("a ring without members");

    /// <summary>Honest referrals of a friend or former colleague who joined earlier from the same country.</summary>
    private void FriendReferrals(List<Applicant> records)
    {
        var byCountry = records.Where(r => !r.Fraud && r.ReferredByApplicant is null && r.ReferredByExternal is null)
            .GroupBy(r => r.Country.Code).ToDictionary(g => g.Key, g => g.OrderBy(r => r.SubmittedAt).ToList());
        foreach (var a in records.Where(r => !r.Fraud && r.ReferredByApplicant is null && r.ReferredByExternal is null).ToList())
        {
            if (!Rng.Chance(0.04)) continue;
            var earlier = byCountry[a.Country.Code].Where(r => r.SubmittedAt < a.SubmittedAt && r != a).ToList();
            if (earlier.Count > 0) a.ReferredByApplicant = Rng.Pick(earlier);
        }
    }
}
