using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Cordon.Risk.Records;
using Json.Schema;

namespace Cordon.Risk;

/// <summary>
/// Reads one application record (one JSONL line), validates it against the embedded
/// <c>application.schema.json</c> (JSON Schema 2020-12, formats enforced) and maps it to <see cref="ApplicationRecord"/>.
/// Never throws for bad input: every problem comes back as a <see cref="RecordError"/> with a JSON path. Thread-safe.
/// </summary>
public static class ApplicationReader
{
    private static readonly JsonSchema Schema = LoadSchema();

    // Valid records (the common case) are checked with the flag format, which stops at the first failure; only invalid
    // ones are evaluated again with the list format for every path and reason.
    private static readonly EvaluationOptions FlagOptions = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
    };

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = ReaderLimits.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Reads one record.</summary>
    /// <param name="json">The JSON text of one record.</param>
    /// <returns>The record, or the errors that rejected it (never both).</returns>
    public static ApplicationReadResult Read(string json)
    {
        if (json is null)
        {
            return Fail("$", "no input");
        }

        if (json.Length > ReaderLimits.MaxRecordChars)
        {
            return Fail("$", string.Create(CultureInfo.InvariantCulture, $"record is {json.Length:N0} characters; the limit is {ReaderLimits.MaxRecordChars:N0}"));
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail("$", "empty input: expected a JSON object");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})")
                : string.Empty;
            return Fail(e.Path is { Length: > 0 } p ? p : "$", "not valid JSON" + where + ": " + FirstSentence(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            var limitErrors = new List<RecordError>();
            CheckLimits(root, "$", limitErrors);
            if (limitErrors.Count > 0)
            {
                return new ApplicationReadResult(null, limitErrors);
            }

            var errors = Validate(root);
            if (errors.Count > 0)
            {
                return new ApplicationReadResult(null, errors);
            }

            try
            {
                return new ApplicationReadResult(RecordMapper.Map(root.Clone()), []);
            }
            catch (FormatException e)
            {
                return Fail("$", e.Message);
            }
        }
    }

    /// <summary>The schema text embedded in the assembly.</summary>
    public static string SchemaText { get; } = ReadSchemaText();

    private static ApplicationReadResult Fail(string path, string reason) => new(null, [new RecordError(path, reason)]);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private static void CheckLimits(JsonElement element, string path, List<RecordError> errors)
    {
        if (errors.Count >= 10)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var length = element.GetArrayLength();
                if (length > ReaderLimits.MaxArrayLength)
                {
                    errors.Add(new RecordError(path, string.Create(CultureInfo.InvariantCulture, $"array has {length:N0} items; the limit is {ReaderLimits.MaxArrayLength:N0}")));
                    return;
                }

                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckLimits(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", errors);
                    i++;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (TryText(() => property.Name) is not { } name)
                    {
                        errors.Add(new RecordError(path, UnpairedSurrogate("a property name")));
                        continue;
                    }

                    CheckLimits(property.Value, JsonPaths.Child(path, name), errors);
                }

                break;
            case JsonValueKind.String:
                var text = TryText(element.GetString);
                if (text is null)
                {
                    errors.Add(new RecordError(path, UnpairedSurrogate("the string")));
                }
                else if (text.Length > ReaderLimits.MaxStringLength)
                {
                    errors.Add(new RecordError(path, string.Create(CultureInfo.InvariantCulture, $"string has {text.Length:N0} characters; the limit is {ReaderLimits.MaxStringLength:N0}")));
                }

                break;
            default:
                break;
        }
    }

    // JSON allows a \u escape of half a surrogate pair, which no .NET string can hold: the reader refuses it when decoding.
    private static string? TryText(Func<string?> decode)
    {
        try
        {
            return decode() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string UnpairedSurrogate(string what) => what + " is not valid text: a \\u escape leaves half of a surrogate pair unpaired";

    private static List<RecordError> Validate(JsonElement root)
    {
        var errors = new List<RecordError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RecordError("$", "expected a JSON object, found " + JsonPaths.KindName(root.ValueKind)));
            return errors;
        }

        if (Schema.Evaluate(root, FlagOptions).IsValid)
        {
            return errors;
        }

        var results = Schema.Evaluate(root, Options);
        if (results.IsValid)
        {
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 } detailErrors)
            {
                continue;
            }

            var path = JsonPaths.FromPointer(detail.InstanceLocation.ToString());
            foreach (var (keyword, message) in detailErrors)
            {
                var reason = Reason(keyword, message, path, root);
                if (seen.Add(path + "\u0000" + reason))
                {
                    errors.Add(new RecordError(path, reason));
                }
            }
        }

        if (errors.Count == 0)
        {
            errors.Add(new RecordError("$", "does not match application.schema.json"));
        }

        return errors;
    }

    private static string Reason(string keyword, string message, string path, JsonElement root)
    {
        switch (keyword)
        {
            case "pattern":
                if (path.EndsWith("date_of_birth", StringComparison.Ordinal))
                {
                    return "must match YYYY[-MM[-DD]]";
                }

                if (path.EndsWith("country", StringComparison.Ordinal) || path.EndsWith("nationality", StringComparison.Ordinal) || path.EndsWith("issuing_country", StringComparison.Ordinal))
                {
                    return "must be an ISO 3166-1 alpha-2 code in capitals, e.g. US";
                }

                if (path.EndsWith("perceptual_hash", StringComparison.Ordinal) || path.EndsWith("image_hash", StringComparison.Ordinal))
                {
                    return "must be 16 lower-case hex digits (a 64-bit perceptual hash)";
                }

                if (path.EndsWith("sha256", StringComparison.Ordinal))
                {
                    return "must be 64 lower-case hex digits";
                }

                return message;
            case "format":
                return path.EndsWith("expires_on", StringComparison.Ordinal)
                    ? "must be a date, YYYY-MM-DD"
                    : "must be an ISO 8601 date-time with offset, e.g. 2026-09-22T15:09:00Z";
            case "enum":
                return "unknown value " + Describe(root, path) + "; " + message;
            case "type":
                return "wrong type (" + Describe(root, path) + "): " + message;
            default:
                return message;
        }
    }

    private static string Describe(JsonElement root, string path)
    {
        var value = JsonPaths.Find(root, path);
        if (value is not { } v)
        {
            return "value";
        }

        var text = v.GetRawText();
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    private static string ReadSchemaText()
    {
        using var stream = typeof(ApplicationReader).Assembly.GetManifestResourceStream("Cordon.Risk.Schemas.application.schema.json")
            ?? throw new InvalidOperationException("the embedded application schema is missing from " + typeof(ApplicationReader).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static JsonSchema LoadSchema() => JsonSchema.FromText(ReadSchemaText());
}
