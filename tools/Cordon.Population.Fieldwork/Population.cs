namespace Cordon.Population.Fieldwork;

/// <summary>Assembles the labelled population: fraud rings up to the fraud share, legitimate stories for the rest.</summary>
internal sealed class Population(Factory f)
{
    public List<Applicant> Generate(ulong seed, int count, double fraudShare)
    {
        var root = new Rng(seed);
        var fraudStories = new FraudStories(f);
        var legitStories = new LegitStories(f);
        int fraudQuota = (int)Math.Round(count * fraudShare);
        int muleReserve = Math.Max(0, fraudQuota / 40);

        var fraud = new List<Applicant>();
        var fraudRng = root.Fork();
        var stories = fraudStories.All();
        while (fraud.Count < fraudQuota - muleReserve)
        {
            var story = fraudRng.Weighted(stories);
            fraud.AddRange(story(fraudRng.Fork(), fraudQuota - muleReserve - fraud.Count));
        }
        fraud.AddRange(fraudStories.Mules(fraudRng.Fork(), fraud, fraudQuota - fraud.Count));
        var lone = fraudStories.All()[^1].Story;
        while (fraud.Count < fraudQuota) fraud.AddRange(lone(fraudRng.Fork(), 1));

        var legit = new List<Applicant>();
        var legitRng = root.Fork();
        var legitAll = legitStories.All();
        while (legit.Count < count - fraud.Count)
        {
            var story = legitRng.Weighted(legitAll);
            var made = story(legitRng.Fork());
            int room = count - fraud.Count - legit.Count;
            if (made.Count > room)
            {
                // Drop the tail of the last cluster, and any referral to someone dropped.
                var kept = made.Take(room).ToList();
                foreach (var a in kept) if (a.ReferredBy is not null && !kept.Contains(a.ReferredBy)) a.ReferredBy = null;
                made = kept;
            }
            legit.AddRange(made);
        }

        var all = new List<Applicant>(fraud.Count + legit.Count);
        all.AddRange(fraud);
        all.AddRange(legit);
        var orderRng = root.Fork();
        orderRng.Shuffle(all);
        for (int i = 0; i < all.Count; i++) all[i].Id = $"fw-{i + 1:000000}";

        var fixRng = root.Fork();
        foreach (var a in all) AlignToSessions(fixRng, a);
        for (int pass = 0; pass < 4; pass++)
        {
            foreach (var a in all)
            {
                if (a.ReferredBy is { } by && by.SubmittedAt >= a.SubmittedAt)
                    Shift(a, by.SubmittedAt - a.SubmittedAt + TimeSpan.FromHours(fixRng.Int(6, 24 * 20)));
            }
        }
        foreach (var a in all) Clamp(fixRng, a);
        return all;
    }

    /// <summary>The sign-up happens during the first observed session.</summary>
    private static void AlignToSessions(Rng r, Applicant a)
    {
        if (a.Sessions.Count == 0) return;
        var first = a.Sessions.Min(s => s.Start);
        a.SubmittedAt = first.AddMinutes(r.Int(2, 40));
    }

    private static void Shift(Applicant a, TimeSpan d)
    {
        a.SubmittedAt += d;
        foreach (var s in a.Sessions) { s.Start += d; if (s.End is { } e) s.End = e + d; }
        foreach (var p in a.Payments) if (p.AddedAt is { } t) p.AddedAt = t + d;
        foreach (var q in a.Requests) q.At += d;
        if (a.Shipping?.RequestedAt is { } sr) a.Shipping.RequestedAt = sr + d;
    }

    private static void Clamp(Rng r, Applicant a)
    {
        foreach (var p in a.Payments)
            if (p.AddedAt is null || p.AddedAt < a.SubmittedAt) p.AddedAt = a.SubmittedAt.AddMinutes(r.Int(10, 60 * 72));
        foreach (var q in a.Requests)
            if (q.At < a.SubmittedAt) q.At = a.SubmittedAt.AddMinutes(r.Int(60, 60 * 24 * 10));
        if (a.Shipping is { } sh && (sh.RequestedAt is null || sh.RequestedAt < a.SubmittedAt)) sh.RequestedAt = a.SubmittedAt.AddDays(r.Int(3, 25));
        foreach (var p in a.Profiles)
            if (p.CreatedAt is { } c && c > a.SubmittedAt) p.CreatedAt = a.SubmittedAt.AddDays(-r.Int(5, 200));
        foreach (var d in a.Documents)
            if (d.Expires is { } e && e <= DateOnly.FromDateTime(a.SubmittedAt)) d.Expires = DateOnly.FromDateTime(a.SubmittedAt).AddDays(r.Int(100, 2000));
    }
}
