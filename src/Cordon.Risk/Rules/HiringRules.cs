using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Hiring rules: interviews and equipment shipping.</summary>
internal static class HiringRules
{
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("HIR-CAMERA-REFUSED", "Camera refused in the video interview", Families.Hiring, "P23", "interview.camera_refused", 25,
            "The person refused to turn the camera on in a video interview.",
            Advice.VideoInterview, CameraRefused),
        Define("HIR-IN-PERSON-REFUSED", "In-person meeting refused", Families.Hiring, "P23", "interview.in_person_refused", 15,
            "The person refused or avoided an in-person meeting (or drug test, fingerprinting).",
            Advice.InPersonIdentity, InPersonRefused),
        Define("HIR-SHIP-MISMATCH", "Equipment shipped away from the home address", Families.Hiring, "A22, P23, P24", "equipment_shipping, addresses[] (home), claimed_location", 20,
            "Equipment is to be shipped to an address other than the home address (80 % of the points), or the address was changed after the offer (all of them).",
            Advice.ShipToIdAddress, ShipMismatch),
        Define("HIR-FORWARDER", "Equipment shipped to a forwarder", Families.Hiring, "P24", "equipment_shipping.address", 25,
            "The shipping address names a freight forwarder, parcel or mailbox service, or 'care of'.",
            Advice.ShipToIdAddress, Forwarder),
        Define("HIR-SHARED-SHIP-ADDRESS", "Equipment address shared by several people", Families.Hiring, "P24", "equipment_shipping.address (across the batch)", 25,
            "Equipment for this person and for two or more other people outside the household (home address) goes to the same address: the pattern of a laptop farm (one other person is common: families).",
            Advice.ShipToIdAddress, SharedShipAddress),
        Define("HIR-REFERENCE-APPLICANT", "References are other applicants", Families.Hiring, "A22, SEAL", "references[].email, contacts.emails (across the batch)", 10,
            "A reference's e-mail address is that of another applicant in the batch, outside the person's household: groups vouch for each other. Names alone are not compared (common names collide).",
            Advice.InPersonIdentity, ReferenceApplicant),
        Define("HIR-REFERRAL-CHAIN", "Referred by a high-risk applicant", Families.Hiring, "A22, SEAL", "referred_by (across the batch, after a first pass)", 15,
            "The person was referred by an application of the same batch that the engine rates high or critical on its own signals: referrals of further candidates who share the same patterns.",
            Advice.LinkedAccounts, ReferralChain),
    ];

    private static RuleHit? ReferenceApplicant(RuleInput input)
    {
        var refs = input.Record.References;
        var evidence = new List<Evidence>();
        for (var i = 0; i < refs.Count; i++)
        {
            var others = input.Batch.ApplicantsWithEmail(input.Index, refs[i].Email);
            if (others.Count > 0)
            {
                evidence.Add(At("$.references[" + Text.N(i) + "]", refs[i].Email ?? refs[i].Name ?? string.Empty, "an applicant: " + AccessRules.Describe(input, others)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, Text.N(evidence.Count) + " reference(s) are themselves applicants in the batch.");
    }

    private static RuleHit? ReferralChain(RuleInput input)
    {
        if (input.FirstPass is not { } first || input.Record.ReferredBy is not { } referrer)
        {
            return null;
        }

        var j = input.Batch.IndexOf(referrer);
        if (j < 0 || j == input.Index || first[j].Level < RiskLevel.High)
        {
            return null;
        }

        return new RuleHit(
            1,
            [At("$.referred_by", referrer, "rated " + RiskLevels.ToText(first[j].Level) + " (" + Text.N(first[j].Score) + ")")],
            "Referred by " + referrer + ", itself rated " + RiskLevels.ToText(first[j].Level) + ".");
    }

    private static RuleHit? CameraRefused(RuleInput input) =>
        input.Record.Interview is { CameraRefused: true }
            ? new RuleHit(1, [At("$.interview.camera_refused", "true")], "The person refused to turn the camera on in the video interview.")
            : null;

    private static RuleHit? InPersonRefused(RuleInput input) =>
        input.Record.Interview is { InPersonRefused: true }
            ? new RuleHit(1, [At("$.interview.in_person_refused", "true")], "The person refused an in-person meeting.")
            : null;

    private static RuleHit? ShipMismatch(RuleInput input)
    {
        var r = input.Record;
        if (r.EquipmentShipping is not { } shipping)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var factor = 0.0;
        if (shipping.ChangedAfterOffer == true)
        {
            factor = 1;
            evidence.Add(At("$.equipment_shipping.changed_after_offer", "true"));
        }

        if (shipping.Address is { } address && !IsHome(r, address, out var home))
        {
            factor = Math.Max(factor, 0.8);
            evidence.Add(At("$.equipment_shipping.address", address.ToString(), "home: " + home));
        }

        return evidence.Count == 0 ? null : new RuleHit(factor, evidence, "Equipment shipping does not go to the home address" + (shipping.ChangedAfterOffer == true ? " and was changed after the offer" : string.Empty) + ".");
    }

    private static bool IsHome(ApplicationRecord r, Records.Address address, out string home)
    {
        var homes = r.Addresses.Where(a => a.Purpose is null or "home").ToList();
        if (homes.Count == 0)
        {
            var c = r.ClaimedLocation;
            home = string.Join(", ", new[] { c.City, c.PostalCode, c.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var samePostal = string.IsNullOrWhiteSpace(c.PostalCode) || string.IsNullOrWhiteSpace(address.PostalCode) || Text.NameKey(c.PostalCode) == Text.NameKey(address.PostalCode);
            return string.Equals(address.Country ?? c.Country, c.Country, StringComparison.OrdinalIgnoreCase) && samePostal;
        }

        var key = Text.AddressKey(address);
        home = homes[0].ToString();
        return homes.Any(h => Text.AddressKey(h) == key);
    }

    private static RuleHit? Forwarder(RuleInput input)
    {
        if (input.Record.EquipmentShipping?.Address is not { } address)
        {
            return null;
        }

        return Records.SharedPlaces.Classify(address) is { Kind: Records.SharedPlaces.Forwarder, Word: var word }
            ? new RuleHit(1, [At("$.equipment_shipping.address", address.ToString(), "contains '" + word + "'")], "The equipment address looks like a forwarder or mailbox service ('" + word + "').")
            : null;
    }

    private static RuleHit? SharedShipAddress(RuleInput input)
    {
        if (input.Record.EquipmentShipping?.Address is not { } address)
        {
            return null;
        }

        var others = input.Batch.OthersWithShipping(input.Index, address);
        return others.Count < 2
            ? null
            : new RuleHit(1, [At("$.equipment_shipping.address", address.ToString(), "also for " + AccessRules.Describe(input, others))], "Equipment for " + Text.N(others.Count) + " other people goes to the same address.");
    }
}
