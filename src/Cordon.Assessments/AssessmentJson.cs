using System.Text.Json;
using Cordon.Core;
using Cordon.Risk;

namespace Cordon.Assessments;

/// <summary>The JSON shape of assessments in files and in storage: Cordon's shape with levels written in lower case.</summary>
public static class AssessmentJson
{
    /// <summary>Options for writing assessments.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serialises an assessment on one line.</summary>
    public static string Serialize(Assessment assessment) => JsonSerializer.Serialize(assessment, Options);

    /// <summary>The level as written in output: low, medium, high, critical.</summary>
    public static string LevelName(RiskLevel level) => level.ToString().ToLowerInvariant();

    private static JsonSerializerOptions Create()
    {
        var options = CordonJson.Configure(new JsonSerializerOptions());
        // Options converters win over the enum's own attribute, so the level converter must be listed first.
        options.Converters.Insert(0, new RiskLevelJsonConverter());
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
