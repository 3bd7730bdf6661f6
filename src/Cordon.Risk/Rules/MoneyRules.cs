using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Money rules: who and where the person is paid.</summary>
internal static class MoneyRules
{
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("MON-THIRD-PARTY", "Payout to someone else", Families.Money, "A22, P24", "payment_methods[].holder_name, requests[type=third_party_payout]", 25,
            "A payout account is held by someone other than the person (other names count as the person), or the person asked to pay a third party. A holder who is another applicant at the same home address (a household account) earns 30 % of the points.",
            Advice.VerifyPaymentHolder, ThirdParty),
        Define("MON-FOREIGN-PAYOUT", "Payout account in another country", Families.Money, "A22", "payment_methods[].country, claimed_location.country", 12,
            "A payout account is in a country other than the claimed one.",
            Advice.VerifyPaymentHolder, ForeignPayout),
        Define("MON-CRYPTO", "Paid in cryptocurrency", Families.Money, "A22, P23", "payment_methods[type=crypto_wallet], requests[type=crypto_payment]", 15,
            "A payout goes to a crypto wallet, or the person asked to be paid in cryptocurrency.",
            Advice.VerifyPaymentHolder, Crypto),
        Define("MON-PREPAYMENT", "Asked for prepayment", Families.Money, "A22", "requests[type=prepayment]", 8,
            "The person asked to be paid before the work.",
            Advice.VerifyPaymentHolder, Prepayment),
        Define("MON-PAYOUT-CHANGES", "Frequent payout changes", Families.Money, "A22, P23", "requests[type=payout_change], payment_methods[].added_at", 12,
            "Three or more payout changes: change requests plus payout methods added after the first.",
            Advice.VerifyPaymentHolder, PayoutChanges),
        Define("MON-SHARED-PAYOUT", "Payout account shared with other people", Families.Money, "A22", "payment_methods[] account, IBAN, provider account or wallet (across the batch)", 35,
            "The same payout account or wallet is given by another person in the batch who does not share the home address (households share accounts).",
            Advice.LinkedAccounts, SharedPayout),
    ];

    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "spouse", "wife", "husband", "partner", "mother", "father", "parent", "sister", "brother", "sibling", "son", "daughter",
        "child", "aunt", "uncle", "cousin", "grandmother", "grandfather", "relative", "family", "fiance", "fiancee", "in-law",
    };

    private static readonly string[] CompanyWords =
    [
        "ltd", "llc", "inc", "gmbh", "pvt", "plc", "corp", "co", "sa", "srl", "sas", "bv", "ag", "oy", "ab", "kk", "pte", "pty", "sp", "limited",
        "company", "agency", "solutions", "technologies", "labs", "studio", "consulting", "services", "group", "holdings", "partners",
    ];

    /// <summary>True when a holder name is a company's (a legal-form suffix or a business word), not a person's.</summary>
    private static bool IsCompany(string holder) => Text.NameKey(holder).Split(' ').Any(w => CompanyWords.Contains(w));

    /// <summary>
    /// True when a payout account reads as an agency's or employer of record's: held by a company, at a bank of the country
    /// the person lives in, and nothing else of the advisories' pattern (fronts and facilitators show the pattern or pay abroad).
    /// </summary>
    private static bool DomesticAgency(RuleInput input, Records.PaymentMethod payment) =>
        payment.HolderName is { } holder && IsCompany(holder) && payment.Type != "crypto_wallet"
        && (payment.Country is null || string.Equals(payment.Country, input.Record.ClaimedLocation.Country, StringComparison.OrdinalIgnoreCase))
        && DprkNexus.Reasons(input).Count == 0;

    private static RuleHit? ThirdParty(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        var factor = 0.0;
        var nexus = DprkNexus.Reasons(input);
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            var payment = r.PaymentMethods[i];
            var holder = payment.HolderName;
            if (string.IsNullOrWhiteSpace(holder) || Text.IsPersonsName(r, holder))
            {
                continue;
            }

            // A household account — another applicant at the home address, someone of the person's family name, or a
            // relative the person names — paid at a bank of the person's own country is how families live, not a payout
            // to a stranger abroad (A22, P24 describe facilitators and intermediaries).
            var relation = DomesticAgency(input, payment) ? "is a company at a bank of the person's country (an agency or employer of record)"
                : input.Batch.IsHouseholdMember(input.Index, holder) ? "lives at the same home address"
                : SharesFamilyName(r, holder) ? "shares the person's family name"
                : DeclaredRelative(r, holder) is { } declared ? "named by the person as " + declared
                : null;
            // Domestic: the claimed country, or the one country the person's logins come from (a family that moved).
            var domestic = payment.Type != "crypto_wallet" && (payment.Country is null
                || string.Equals(payment.Country, r.ClaimedLocation.Country, StringComparison.OrdinalIgnoreCase)
                || (string.Equals(payment.Country, LocationRules.OnlyForeignCountry(input), StringComparison.OrdinalIgnoreCase) && !DprkNexus.IsNexusCountry(payment.Country)));
            // A stranger paid at a bank of the person's country, with nothing else of the pattern, may be an unnamed spouse
            // (many spouses keep their own family name): 60 %. Abroad, or beside the pattern: all of it.
            var share = relation is null ? (domestic && nexus.Count == 0 ? 0.6 : 1) : domestic && nexus.Count == 0 ? 0.15 : 0.6;
            factor = Math.Max(factor, share);
            var note = "person is " + r.Person.FullName + (relation is null ? string.Empty : "; the holder " + relation)
                + (relation is not null && share < 0.5 ? ", account in the country the person lives in: a household payout" : string.Empty)
                + (relation is not null && nexus.Count > 0 ? "; but " + string.Join(", ", nexus) : string.Empty);
            evidence.Add(At("$.payment_methods[" + Text.N(i) + "].holder_name", holder, note));
        }

        for (var i = 0; i < r.Requests.Count; i++)
        {
            if (r.Requests[i].Type == "third_party_payout")
            {
                factor = 1;
                evidence.Add(At("$.requests[" + Text.N(i) + "].type", "third_party_payout", r.Requests[i].Detail));
            }
        }

        if (evidence.Count == 0)
        {
            return null;
        }

        return new RuleHit(
            factor,
            evidence,
            "Payouts go to, or were asked for, someone other than " + r.Person.FullName
                + (factor < 0.5 ? " (a member of the household, paid in the person's own country: a weak sign)." : factor < 1 ? " (a relative abroad or beside other patterns of the advisories, or an unnamed holder at a bank of the person's own country)." : "."));
    }

    /// <summary>True when the holder's name carries the person's family name (spouses and children often share it).</summary>
    private static bool SharesFamilyName(ApplicationRecord r, string holder)
    {
        var family = r.Person.FamilyName ?? r.Person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        var familyKey = Text.NameKey(family);
        return familyKey.Length > 0 && Text.NameKey(holder).Split(' ').Contains(familyKey, StringComparer.Ordinal);
    }

    /// <summary>The relationship of a reference with the holder's name who is a relative, or null.</summary>
    private static string? DeclaredRelative(ApplicationRecord r, string holder) =>
        r.References.FirstOrDefault(x => x.Relationship is { } rel && rel.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries).Any(Relatives.Contains) && Text.SameName(x.Name, holder) && !string.IsNullOrWhiteSpace(x.Name))?.Relationship;

    private static RuleHit? ForeignPayout(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        var nexus = DprkNexus.Reasons(input);
        var lived = LocationRules.OnlyForeignCountry(input);
        var factor = 0.0;
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            if (r.PaymentMethods[i].Country is { } country && !string.Equals(country, r.ClaimedLocation.Country, StringComparison.OrdinalIgnoreCase))
            {
                // An account at home of a national living abroad, or in the one country the person's logins come from
                // (a move), is ordinary; in a country of the advisories, or beside their other patterns, it is not.
                var why = string.Equals(country, r.Person.Nationality, StringComparison.OrdinalIgnoreCase) ? "the person's country of nationality"
                    : string.Equals(country, lived, StringComparison.OrdinalIgnoreCase) ? "the one country the person's logins come from"
                    : null;
                var benign = why is not null && !DprkNexus.IsNexusCountry(country) && nexus.Count == 0;
                factor = Math.Max(factor, benign ? 0.25 : 1);
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].country", country, "claimed country " + r.ClaimedLocation.Country + (benign ? "; " + why + ", nothing else of the advisories' pattern" : string.Empty)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(factor, evidence, "Payout account(s) in " + string.Join(", ", evidence.Select(e => e.Value).Distinct(StringComparer.Ordinal)) + ", not the claimed " + r.ClaimedLocation.Country + (factor < 1 ? " (consistent with a national abroad or a move: a weak sign)." : "."));
    }

    private static RuleHit? Crypto(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            if (r.PaymentMethods[i].Type == "crypto_wallet")
            {
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].type", "crypto_wallet", r.PaymentMethods[i].Chain + " " + r.PaymentMethods[i].Address));
            }
        }

        for (var i = 0; i < r.Requests.Count; i++)
        {
            if (r.Requests[i].Type == "crypto_payment")
            {
                evidence.Add(At("$.requests[" + Text.N(i) + "].type", "crypto_payment", r.Requests[i].Detail));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "Payment in cryptocurrency: " + Text.N(evidence.Count) + " wallet(s) or request(s).");
    }

    private static RuleHit? Prepayment(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.Requests.Count; i++)
        {
            if (r.Requests[i].Type == "prepayment")
            {
                evidence.Add(At("$.requests[" + Text.N(i) + "].type", "prepayment", r.Requests[i].Detail));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "The person asked for prepayment.");
    }

    private static RuleHit? PayoutChanges(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.Requests.Count; i++)
        {
            if (r.Requests[i].Type == "payout_change")
            {
                evidence.Add(At("$.requests[" + Text.N(i) + "].type", "payout_change", r.Requests[i].Detail));
            }
        }

        var added = r.PaymentMethods.Select((p, i) => (p.AddedAt, i)).Where(x => x.AddedAt is not null).OrderBy(x => x.AddedAt).ToList();
        for (var k = 1; k < added.Count; k++)
        {
            evidence.Add(At("$.payment_methods[" + Text.N(added[k].i) + "].added_at", added[k].AddedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "payout method added"));
        }

        return evidence.Count < 3 ? null : new RuleHit(1, evidence, Text.N(evidence.Count) + " payout changes.");
    }

    private static RuleHit? SharedPayout(RuleInput input)
    {
        var factor = 0.0;
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            var others = input.Batch.OthersWithPayout(input.Index, r.PaymentMethods[i]);
            if (others.Count > 0)
            {
                var m = r.PaymentMethods[i];
                var agency = DomesticAgency(input, m);
                factor = Math.Max(factor, agency ? 0.3 : 1);
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "]", m.Address ?? m.Iban ?? m.AccountNumber ?? m.AccountId ?? m.Type, "also given by " + AccessRules.Describe(input, others) + (agency ? "; held by the company " + m.HolderName + " at a bank of the person's country (an agency paying its freelancers)" : string.Empty)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(factor, evidence, "A payout account is shared with other people in the batch" + (factor < 1 ? " (a domestic company account, as agencies pay their freelancers: a weak sign)." : "."));
    }
}
