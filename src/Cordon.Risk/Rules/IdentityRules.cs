using Cordon.Core;
using Cordon.Risk.Lookups;
using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Identity rules: does the person match their documents, lists and photos.</summary>
internal static class IdentityRules
{
    // Share of ID-SANCTIONS points for a listed individual matched on a name alone: enough to ask for a check (with other
    // signals), never enough to raise the level on its own — common names, Korean ones among them, are on the lists.
    private const double NameOnlyShare = 0.15;

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("ID-MISMATCH", "Name, date of birth or nationality differ from the documents", Families.Identity, "A22, P23", "person, identity_documents", 22,
            "The name or date of birth on an identity document differs from the person's (all the points), or a passport's issuing country differs from the claimed nationality (half the points; dual nationals exist).",
            Advice.InPersonIdentity, Mismatch),
        Define("ID-SANCTIONS", "Sanctions-list match", Families.Identity, "A22 (OFAC designations)", "person.full_name, other_names, date_of_birth, employment_history[].employer, references[].name, payment_methods[].holder_name; sanctions index", 65,
            "A name screens against the sanctions lists at or above the configured threshold. A listed organisation matching an employer, reference or payment holder earns all the points; a listed individual earns all of them only when it matches the person's own name and the list entry's date of birth agrees with the person's, otherwise 15 % — a common (Korean or any) name alone is not evidence.",
            Advice.Sanctions, Sanctions),
        Define("ID-WALLET-SANCTIONED", "Payout wallet on a sanctions or indicator list", Families.Identity, "A22 (OFAC digital currency addresses)", "payment_methods[].address; sanctions lists, indicators", 75,
            "A payout wallet address is listed by a sanctions list or the indicator store.",
            Advice.Sanctions, WalletSanctioned),
        Define("ID-INDICATOR-CONTACT", "E-mail or phone on the indicator list", Families.Identity, "A22, P23, MS (indicator store)", "contacts.emails, contacts.phones; indicators", 40,
            "An e-mail address, e-mail domain or phone number of the person is published as used by DPRK IT workers.",
            Advice.InPersonIdentity, IndicatorContact),
        Define("ID-PHOTO-REUSE", "Same photo under another name", Families.Identity, "P23, MS", "photo.perceptual_hash, identity_documents[].image_hash (across the batch)", 35,
            "The photo or a document image is within 3 bits (perceptual hash) of the photo or document image of another person in the batch.",
            Advice.VideoInterview, PhotoReuse),
        Define("ID-PHONE-VOIP", "VoIP phone number", Families.Identity, "MAN, MS", "contacts.phones; phone parsing", 6,
            "Every phone number given parses as VoIP (or none parses). Supporting evidence only.",
            Advice.InPersonIdentity, PhoneVoip, supportingOnly: true),
    ];

    /// <summary>
    /// True when the document names the person with the same given names and date of birth and another family name: the
    /// document's words, less the family name, are the person's given names, and its date of birth agrees (or is absent
    /// while the document was verified).
    /// </summary>
    private static bool FamilyNameChanged(ApplicationRecord r, Records.IdentityDocumentRecord d)
    {
        var given = Text.NameKey(r.Person.GivenName ?? string.Join(' ', r.Person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1)));
        if (given.Length == 0 || Text.DatesDisagree(d.DateOfBirth, r.Person.DateOfBirth) || (d.DateOfBirth is null && d.Verified != true) || r.Person.DateOfBirth is null)
        {
            return false;
        }

        var documentWords = Text.NameKey(d.NameOnDocument).Split(' ');
        var givenWords = given.Split(' ');
        return givenWords.All(documentWords.Contains) && documentWords.Length > givenWords.Length;
    }

    private static RuleHit? Mismatch(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        var strong = false;
        for (var i = 0; i < r.IdentityDocuments.Count; i++)
        {
            var d = r.IdentityDocuments[i];
            var at = "$.identity_documents[" + Text.N(i) + "]";
            if (!string.IsNullOrWhiteSpace(d.NameOnDocument) && !Text.IsPersonsName(r, d.NameOnDocument))
            {
                // The same given names and date of birth under another family name is a marriage or a divorce, not a
                // borrowed identity (A22, P23 warn of identities that differ in name *and* date of birth or nationality).
                var renamed = FamilyNameChanged(r, d);
                strong |= !renamed;
                evidence.Add(At(at + ".name_on_document", d.NameOnDocument, "person is " + r.Person.FullName + (renamed ? "; same given name and date of birth, family name changed (marriage or divorce)" : string.Empty)));
            }

            if (Text.DatesDisagree(d.DateOfBirth, r.Person.DateOfBirth))
            {
                strong = true;
                evidence.Add(At(at + ".date_of_birth", d.DateOfBirth!, "person gives " + r.Person.DateOfBirth));
            }

            if (d.Type == "passport" && d.IssuingCountry is { } issuer && r.Person.Nationality is { } nationality && !string.Equals(issuer, nationality, StringComparison.Ordinal))
            {
                evidence.Add(At(at + ".issuing_country", issuer, "claimed nationality " + nationality));
            }
        }

        if (evidence.Count == 0)
        {
            return null;
        }

        var onlyRenamed = !strong && evidence.All(e => e.Path.EndsWith(".name_on_document", StringComparison.Ordinal));
        return new RuleHit(strong ? 1 : onlyRenamed ? 0.1 : 0.5, evidence, "The identity documents disagree with the person: " + string.Join("; ", evidence.Select(e => e.Path[2..] + " = " + e.Value + " (" + e.Note + ")")) + ".");
    }

    private static RuleHit? Sanctions(RuleInput input)
    {
        if (input.Context.Sanctions is not { } index)
        {
            return null;
        }

        var r = input.Record;
        var threshold = input.Configuration.SanctionsThreshold;
        var evidence = new List<Evidence>();
        var factor = 0.0;
        var dob = Text.ToPartialDate(r.Person.DateOfBirth);

        void Screen(string path, string? name, SubjectKind kind, bool isPerson)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return;
            }

            var subject = new ScreeningSubject
            {
                Name = name,
                Kind = kind,
                DateOfBirth = isPerson ? dob : null,
                Nationality = isPerson ? r.Person.Nationality : null,
            };
            var matches = input.ScreeningCache.GetOrAdd(
                (name, kind, subject.DateOfBirth?.Text, subject.Nationality),
                _ => index.Screen(subject, 1, threshold));
            if (matches.Count == 0 || matches[0].Score < threshold)
            {
                return;
            }

            var m = matches[0];
            var corroborated = m.Entity.Type == EntityType.Individual
                ? isPerson && dob is { } d && m.Entity.DatesOfBirth.Any(e => Text.PartialDatesAgree(e, d))
                : !isPerson;
            factor = Math.Max(factor, corroborated ? 1 : NameOnlyShare);
            evidence.Add(At(path, name, "matches " + m.Entity.ListId + " " + m.Entity.SourceId + " '" + m.MatchedName + "' at " + Text.N(m.Score * 100) + " %" + (corroborated ? string.Empty : " (name only, not corroborated by date of birth)")));
        }

        Screen("$.person.full_name", r.Person.FullName, SubjectKind.Person, true);
        for (var i = 0; i < r.Person.OtherNames.Count; i++)
        {
            Screen("$.person.other_names[" + Text.N(i) + "]", r.Person.OtherNames[i], SubjectKind.Person, true);
        }

        for (var i = 0; i < r.EmploymentHistory.Count; i++)
        {
            Screen("$.employment_history[" + Text.N(i) + "].employer", r.EmploymentHistory[i].Employer, SubjectKind.Organization, false);
        }

        for (var i = 0; i < r.References.Count; i++)
        {
            Screen("$.references[" + Text.N(i) + "].name", r.References[i].Name, SubjectKind.Any, false);
        }

        for (var i = 0; i < r.PaymentMethods.Count; i++)
        {
            var holder = r.PaymentMethods[i].HolderName;
            if (holder is not null && !Text.IsPersonsName(r, holder))
            {
                Screen("$.payment_methods[" + Text.N(i) + "].holder_name", holder, SubjectKind.Any, false);
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(factor, evidence, Text.N(evidence.Count) + " name(s) in the record screen against the sanctions lists.");
    }

    private static RuleHit? WalletSanctioned(RuleInput input)
    {
        var evidence = new List<Evidence>();
        var methods = input.Record.PaymentMethods;
        for (var i = 0; i < methods.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(methods[i].Address))
            {
                continue;
            }

            var wallet = methods[i].Address!.Trim();
            if (input.Context.SanctionedWallets.Contains(wallet))
            {
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].address", wallet, "on a sanctions list"));
            }
            else if (input.Context.Indicators?.Find(IndicatorKind.Wallet, wallet) is { Count: > 0 } found)
            {
                evidence.Add(At("$.payment_methods[" + Text.N(i) + "].address", wallet, found[0].Context + " (" + found[0].Source + ")"));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "A payout wallet is listed: " + string.Join(", ", evidence.Select(e => e.Value)) + ".");
    }

    private static RuleHit? IndicatorContact(RuleInput input)
    {
        if (input.Context.Indicators is not { } indicators)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var c = input.Record.Contacts;
        for (var i = 0; i < c.Emails.Count; i++)
        {
            var email = c.Emails[i].Trim();
            var found = indicators.Find(IndicatorKind.Email, email);
            if (found.Count == 0 && Text.EmailDomain(email) is { } domain)
            {
                found = indicators.Find(IndicatorKind.Domain, domain);
            }

            if (found.Count > 0)
            {
                evidence.Add(At("$.contacts.emails[" + Text.N(i) + "]", email, found[0].Context + " (" + found[0].Source + ")"));
            }
        }

        for (var i = 0; i < c.Phones.Count; i++)
        {
            var phone = c.Phones[i].Trim();
            var e164 = input.Phone(phone)?.E164 ?? phone;
            var found = indicators.Find(IndicatorKind.Phone, e164);
            if (found.Count > 0)
            {
                evidence.Add(At("$.contacts.phones[" + Text.N(i) + "]", phone, found[0].Context + " (" + found[0].Source + ")"));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "Contact details are on the DPRK IT-worker indicator list: " + string.Join(", ", evidence.Select(e => e.Value)) + ".");
    }

    private static RuleHit? PhotoReuse(RuleInput input)
    {
        var r = input.Record;
        var evidence = new List<Evidence>();
        if (r.Photo?.PerceptualHash is { } photo && input.Batch.OthersWithPhoto(input.Index, photo) is { Count: > 0 } others)
        {
            evidence.Add(At("$.photo.perceptual_hash", photo, "same image as " + AccessRules.Describe(input, others)));
        }

        for (var i = 0; i < r.IdentityDocuments.Count; i++)
        {
            if (r.IdentityDocuments[i].ImageHash is { } image && input.Batch.OthersWithPhoto(input.Index, image) is { Count: > 0 } docOthers)
            {
                evidence.Add(At("$.identity_documents[" + Text.N(i) + "].image_hash", image, "same image as " + AccessRules.Describe(input, docOthers)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "The photo or document image is also used by another person in the batch.");
    }

    private static RuleHit? PhoneVoip(RuleInput input)
    {
        if (input.Context.Phones is null || input.Record.Contacts.Phones.Count == 0)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var list = input.Record.Contacts.Phones;
        for (var i = 0; i < list.Count; i++)
        {
            var parsed = input.Phone(list[i]);
            if (parsed is not null && !string.Equals(parsed.LineType, "voip", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            evidence.Add(At("$.contacts.phones[" + Text.N(i) + "]", list[i], parsed is null ? "not a valid number" : "VoIP line"));
        }

        return new RuleHit(1, evidence, "No phone number given is a mobile or fixed line (VoIP or invalid) — supporting evidence only.");
    }
}
