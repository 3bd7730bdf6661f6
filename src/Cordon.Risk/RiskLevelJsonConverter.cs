using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cordon.Risk;

/// <summary>Writes and reads <see cref="RiskLevel"/> as lower-case strings.</summary>
public sealed class RiskLevelJsonConverter : JsonConverter<RiskLevel>
{
    /// <inheritdoc/>
    public override RiskLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return RiskLevels.Parse(text ?? string.Empty);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RiskLevel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(RiskLevels.ToText(value));
}
