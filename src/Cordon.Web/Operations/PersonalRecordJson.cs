using Cordon.Assessments;
using System.Text.Json;
using Cordon.Core;
using Cordon.Storage;

namespace Cordon.Web.Operations;

/// <summary>
/// The export of one record id as a single JSON document, the same from the REST API and the command line: the records as they
/// were submitted and the assessments as they were made (both verbatim), the watch subject, its matches, its alerts, the
/// cases about it with their history and evidence files, its network group membership and its scores under shadow risk weights.
/// </summary>
public static class PersonalRecordJson
{
    /// <summary>Writes <paramref name="export"/> to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(Stream stream, PersonalRecordExport export, DateTimeOffset exportedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(stream);

        // Built in memory (one record's data is small) so that writing the response stays asynchronous.
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CordonJson.Options.Encoder }))
        {
            Write(writer, export, exportedAt);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private static void Write(Utf8JsonWriter writer, PersonalRecordExport export, DateTimeOffset exportedAt)
    {
        writer.WriteStartObject();
        writer.WriteString("recordId", export.RecordId);
        writer.WriteString("exportedAt", exportedAt.ToUniversalTime());
        writer.WriteStartArray("assessments");
        foreach (var assessment in export.Assessments)
        {
            writer.WriteStartObject();
            writer.WriteString("assessedAt", assessment.AssessedAt);
            writer.WriteString("engineVersion", assessment.EngineVersion);
            writer.WriteNumber("score", assessment.Score);
            writer.WriteString("level", assessment.Level);
            writer.WritePropertyName("record");
            writer.WriteRawValue(assessment.RecordJson, skipInputValidation: false);
            writer.WritePropertyName("assessment");
            writer.WriteRawValue(assessment.AssessmentJson, skipInputValidation: false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("watchSubject");
        JsonSerializer.Serialize(writer, export.WatchSubject, CordonJson.Options);
        writer.WritePropertyName("matches");
        JsonSerializer.Serialize(writer, export.Matches, CordonJson.Options);
        writer.WritePropertyName("alerts");
        JsonSerializer.Serialize(writer, export.Alerts, CordonJson.Options);
        writer.WriteStartArray("cases");
        foreach (var @case in export.Cases)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("case");
            JsonSerializer.Serialize(writer, @case.Case, CordonJson.Options);
            writer.WritePropertyName("events");
            JsonSerializer.Serialize(writer, @case.Events, CordonJson.Options);
            writer.WriteStartArray("evidenceFiles");
            foreach (var (sequence, content) in @case.Files)
            {
                writer.WriteStartObject();
                writer.WriteNumber("sequence", sequence);
                writer.WriteBase64String("content", content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("networkMemberships");
        JsonSerializer.Serialize(writer, export.NetworkMemberships, CordonJson.Options);
        writer.WritePropertyName("shadowScores");
        JsonSerializer.Serialize(writer, export.ShadowScores, CordonJson.Options);
        writer.WriteEndObject();
    }
}
