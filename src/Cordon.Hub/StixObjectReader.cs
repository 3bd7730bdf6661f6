using System.Text.Json;
using Cordon.Storage;
using Cordon.Stix.Model;
using Cordon.Stix.Validation;

namespace Cordon.Hub;

/// <summary>
/// Checks a STIX object received by the hub against the MUST rules the hub relies on (STIX 2.1 sections 2–3):
/// type and identifier syntax, specification version, created/modified timestamps and their order, revocation, validity
/// and marking references, then every other MUST rule through Cordon.Stix's validator (STIX 2.1 objects); and extracts
/// what storage and access need. Every other property is kept as received.
/// </summary>
public static class StixObjectReader
{
    /// <summary>STIX Cyber-observable types of STIX 2.1 (section 6), which carry no created/modified.</summary>
    private static readonly HashSet<string> ObservableTypes = new(StringComparer.Ordinal)
    {
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr",
        "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate",
    };

    /// <summary>How far in the future a <c>created</c> or <c>modified</c> may lie (clocks of partners differ a little).</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Checks one element of an envelope's <c>objects</c> array.</summary>
    /// <param name="element">The element.</param>
    /// <param name="provenance">Where it came from (federation), or null.</param>
    /// <param name="now">The clock's time: <c>created</c> and <c>modified</c> more than <see cref="MaxClockSkew"/> after it
    /// are refused (a version dated far ahead would stay the newest for ever). Null takes the system clock.</param>
    public static StixObjectCheck Check(JsonElement element, string? provenance = null, DateTimeOffset? now = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(string.Empty, null, $"is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        if (JsonText.FindUndecodable(element) is { } undecodable)
        {
            return Fail(string.Empty, null, $"{undecodable.Path}: {undecodable.Reason}.");
        }

        // Identifiers get their canonical case here, before anything below (or the store, or a reader) compares one.
        if (StixIdCase.HasUpperCaseIds(element))
        {
            JsonDocument normalized;
            try
            {
                normalized = JsonDocument.Parse(StixIdCase.Normalize(element), new JsonDocumentOptions { MaxDepth = StixIdCase.MaxDepth });
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return Fail(string.Empty, null, $"is nested more than {StixIdCase.MaxDepth} levels deep.");
            }

            using (normalized)
            {
                return CheckNormalized(normalized.RootElement, provenance, now ?? DateTimeOffset.UtcNow);
            }
        }

        return CheckNormalized(element, provenance, now ?? DateTimeOffset.UtcNow);
    }

    private static StixObjectCheck CheckNormalized(JsonElement element, string? provenance, DateTimeOffset now)
    {

        var id = String(element, "id") ?? string.Empty;
        var versionText = String(element, "modified") ?? String(element, "created");
        if (String(element, "type") is not { } type)
        {
            return Fail(id, versionText, "property 'type' is missing or not a string.");
        }

        // Type and identifier syntax are Cordon.Stix's (the same rules for STIX 2.0 objects, which the validator below skips).
        if (!StixTypeName.IsValid(type, out var typeProblem))
        {
            return Fail(id, versionText, Clip(typeProblem) + ".");
        }

        if (id.Length == 0)
        {
            return Fail(id, versionText, "property 'id' is missing or not a string.");
        }

        if (!StixIdentifier.TryParse(id, out var identifier, out var idProblem) || identifier.Type != type)
        {
            return Fail(id, versionText, $"id '{Clip(id)}' is not '{type}--' followed by an RFC 4122 UUID{(idProblem is null ? string.Empty : $" ({Clip(idProblem)})")}.");
        }

        string specVersion;
        if (element.TryGetProperty("spec_version", out var spec))
        {
            if (spec.ValueKind != JsonValueKind.String || spec.GetString() is not ("2.1" or "2.0"))
            {
                return Fail(id, versionText, "spec_version must be \"2.1\" (or \"2.0\").");
            }

            specVersion = spec.GetString()!;
        }
        else
        {
            // STIX 2.0 objects carry no spec_version; 2.1 observables may omit it.
            specVersion = ObservableTypes.Contains(type) ? "2.1" : "2.0";
        }

        // Cordon's own observable types (wallets, bank accounts, phones, keyed identifiers) are SCOs too: no created/modified.
        var isObservable = ObservableTypes.Contains(type) || CordonObservableTypes.All.Contains(type)
            || (!element.TryGetProperty("created", out _) && type.StartsWith("x-", StringComparison.Ordinal));
        DateTimeOffset? created = null, modified = null;
        if (!isObservable)
        {
            if (Timestamp(element, "created", out created) is { } createdError)
            {
                return Fail(id, versionText, createdError);
            }

            if (created is null)
            {
                return Fail(id, versionText, "property 'created' is required.");
            }

            if (Timestamp(element, "modified", out modified) is { } modifiedError)
            {
                return Fail(id, versionText, modifiedError);
            }

            if (modified is null && type != "marking-definition")
            {
                return Fail(id, versionText, "property 'modified' is required.");
            }

            if (modified < created)
            {
                return Fail(id, versionText, "'modified' is earlier than 'created'.");
            }

            if ((modified ?? created) > now + MaxClockSkew)
            {
                return Fail(id, versionText, $"'{(modified is null ? "created" : "modified")}' lies in the future (more than {MaxClockSkew.TotalMinutes:0} minutes after this server's clock); a version must not be dated ahead.");
            }
        }

        var revoked = false;
        if (element.TryGetProperty("revoked", out var revokedValue))
        {
            if (revokedValue.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Fail(id, versionText, "'revoked' must be true or false.");
            }

            revoked = revokedValue.GetBoolean();
        }

        if (Timestamp(element, "valid_until", out var validUntil) is { } untilError)
        {
            return Fail(id, versionText, untilError);
        }

        if (Timestamp(element, "valid_from", out var validFrom) is { } fromError)
        {
            return Fail(id, versionText, fromError);
        }

        if (validFrom is { } from && validUntil is { } until && until <= from)
        {
            return Fail(id, versionText, "'valid_until' must be later than 'valid_from'.");
        }

        var markings = new List<string>();
        if (element.TryGetProperty("object_marking_refs", out var refs))
        {
            if (refs.ValueKind != JsonValueKind.Array || refs.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String
                || !r.GetString()!.StartsWith("marking-definition--", StringComparison.Ordinal)))
            {
                return Fail(id, versionText, "'object_marking_refs' must be a list of marking-definition identifiers.");
            }

            markings.AddRange(refs.EnumerateArray().Select(r => r.GetString()!));
        }

        if (element.TryGetProperty("granular_markings", out var granular))
        {
            if (granular.ValueKind != JsonValueKind.Array)
            {
                return Fail(id, versionText, "'granular_markings' must be a list.");
            }

            foreach (var marking in granular.EnumerateArray())
            {
                if (marking.ValueKind != JsonValueKind.Object || !marking.TryGetProperty("selectors", out var selectors) || selectors.ValueKind != JsonValueKind.Array
                    || selectors.GetArrayLength() == 0)
                {
                    return Fail(id, versionText, "each granular marking needs a non-empty 'selectors' list.");
                }

                if (marking.TryGetProperty("marking_ref", out var markingRefValue))
                {
                    if (markingRefValue.ValueKind != JsonValueKind.String || !markingRefValue.GetString()!.StartsWith("marking-definition--", StringComparison.Ordinal))
                    {
                        return Fail(id, versionText, "a granular marking's 'marking_ref' must be a marking-definition identifier.");
                    }

                    markings.Add(markingRefValue.GetString()!);
                }
                else if (!marking.TryGetProperty("lang", out _))
                {
                    return Fail(id, versionText, "each granular marking needs 'marking_ref' or 'lang'.");
                }
            }
        }

        string? sightingOf = null;
        if (type == "sighting")
        {
            sightingOf = String(element, "sighting_of_ref");
            if (sightingOf is null || !sightingOf.Contains("--", StringComparison.Ordinal))
            {
                return Fail(id, versionText, "a sighting needs 'sighting_of_ref' naming an object.");
            }
        }

        // Every other MUST of STIX 2.1 (required properties per type, references, patterns, value formats) is the STIX
        // library's; STIX 2.0 objects, which carry no spec_version, are kept as they are.
        if (specVersion == "2.1" && Validate(element) is { } invalid)
        {
            return Fail(id, versionText, invalid);
        }

        var tlp = HubMarkings.Effective(markings);
        var recipients = new List<string>();
        if (element.TryGetProperty(HubRecipients.Property, out var named))
        {
            if (named.ValueKind != JsonValueKind.Array || named.GetArrayLength() > HubRecipients.Most
                || named.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(r.GetString())))
            {
                return Fail(id, versionText, $"'{HubRecipients.Property}' must be a list of at most {HubRecipients.Most} organisation ids.");
            }

            if (!HubMarkings.HasRed(markings))
            {
                return Fail(id, versionText, $"'{HubRecipients.Property}' names the recipients of a TLP:RED object, and this object is not marked TLP:RED.");
            }

            recipients.AddRange(named.EnumerateArray().Select(r => r.GetString()!.Trim()).Distinct(StringComparer.Ordinal));
        }

        var version = modified ?? created;
        var toAdd = new HubObjectToAdd(
            id,
            type,
            specVersion,
            version,
            version is null ? null : versionText,
            tlp,
            revoked,
            validUntil,
            sightingOf,
            element.GetRawText(),
            Provenance: provenance)
        {
            Recipients = recipients,
        };
        return new StixObjectCheck(toAdd, id, versionText, null);
    }

    private static string? Validate(JsonElement element)
    {
        IReadOnlyList<StixValidationError> errors;
        try
        {
            errors = StixValidator.Validate(StixObject.Parse(element.GetRawText()));
        }
        catch (StixFormatException e)
        {
            return e.Message;
        }

        return errors.Count == 0
            ? null
            : string.Join("; ", errors.Take(3).Select(e => e.ToString())) + (errors.Count > 3 ? $"; and {errors.Count - 3} more" : string.Empty);
    }

    private static StixObjectCheck Fail(string id, string? version, string why) => new(null, id, version, "Invalid STIX object: " + why);

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Timestamp(JsonElement element, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!element.TryGetProperty(name, out var property))
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String || StixTimestamp.TryParseInstant(property.GetString()) is not { } parsed)
        {
            return $"'{name}' is not a timestamp of the form YYYY-MM-DDTHH:MM:SS[.s+]Z.";
        }

        value = parsed;
        return null;
    }

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
