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

    private static RuleHit? ThirdParty(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        var household = 0;
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            var holder = r.PaymentMethods[i].HolderName;
            if (!string.IsNullOrWhiteSpace(holder) && !Text.IsPersonsName(r, holder))
            {
                var member = input.Batch.IsHouseholdMember(input.Index, holder);
                household += member ? 1 : 0;
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].holder_name", holder, "person is " + r.Person.FullName + (member ? "; the holder lives at the same home address" : string.Empty)));
            }
        }

        for (var i = 0; i < r.Requests.Count; i++)
        {
            if (r.Requests[i].Type == "third_party_payout")
            {
                evidence.Add(At("$.requests[" + Text.N(i) + "].type", "third_party_payout", r.Requests[i].Detail));
            }
        }

        if (evidence.Count == 0)
        {
            return null;
        }

        var onlyHousehold = household == evidence.Count;
        return new RuleHit(
            onlyHousehold ? 0.3 : 1,
            evidence,
            "Payouts go to, or were asked for, someone other than " + r.Person.FullName + (onlyHousehold ? " (a member of the same household in the batch: a weaker sign)." : "."));
    }

    private static RuleHit? ForeignPayout(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            if (r.PaymentMethods[i].Country is { } country && !string.Equals(country, r.ClaimedLocation.Country, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].country", country, "claimed country " + r.ClaimedLocation.Country));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "Payout account(s) in " + string.Join(", ", evidence.Select(e => e.Value).Distinct(StringComparer.Ordinal)) + ", not the claimed " + r.ClaimedLocation.Country + ".");
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
        var r = input.Record;
        var evidence = new List<Evidence>();
        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            var others = input.Batch.OthersWithPayout(input.Index, r.PaymentMethods[i]);
            if (others.Count > 0)
            {
                var m = r.PaymentMethods[i];
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "]", m.Address ?? m.Iban ?? m.AccountNumber ?? m.AccountId ?? m.Type, "also given by " + AccessRules.Describe(input, others)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "A payout account is shared with other people in the batch.");
    }
}
