using System.Text.Json;
using Cordon.Core;
using Cordon.Storage;

namespace Cordon.Web.Operations;

/// <summary>
/// The export of one record id as a single JSON document, the same from the REST API and the command line: the records as they
/// were submitted and the assessments as they were made (both verbatim), the watch subject, its matches and its alerts.
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
        writer.WriteEndObject();
    }
}
