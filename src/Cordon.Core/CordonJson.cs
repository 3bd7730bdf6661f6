using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cordon.Core;

/// <summary>
/// The one JSON shape of Cordon's model, shared by storage, the web API and exports:
/// web defaults (camelCase properties, case-insensitive reading), enums as strings,
/// null properties omitted, dictionary keys kept as written.
/// </summary>
/// <remarks>
/// Round-trips <see cref="ListedEntity"/>, <see cref="ScreeningSubject"/> and their parts
/// (read-only lists and dictionaries, <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, <see cref="PartialDate"/>).
/// Empty collections are written as <c>[]</c>, never omitted, so a reader sees every field.
/// </remarks>
public static partial class CordonJson
{
    /// <summary>
    /// The shared options, frozen: serialising with them never changes them.
    /// To customise (ASP.NET's own options, indentation), call <see cref="Configure"/> on another instance.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateFrozen(withGeneratedMetadata: false);

    /// <summary>
    /// <see cref="Options"/> with compile-time metadata for the model's types first, for writing only: it spares the
    /// reflection and IL emission that made a cold import's first serialisation of ~9,000 entries several times slower.
    /// Not for reading: generated constructors set absent init-only collections to null instead of their <c>[]</c> defaults.
    /// </summary>
    private static JsonSerializerOptions WriteOptions { get; } = CreateFrozen(withGeneratedMetadata: true);

    /// <summary>Applies Cordon's settings to <paramref name="options"/> (for example ASP.NET's <c>JsonOptions.SerializerOptions</c>).</summary>
    /// <param name="options">Options that are not yet in use (still mutable).</param>
    /// <returns>The same instance, for chaining.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        if (!options.TypeInfoResolverChain.Any(r => r is DefaultJsonTypeInfoResolver))
        {
            options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        }

        return options;
    }

    /// <summary>
    /// Serialises <paramref name="value"/>: the same JSON as <c>JsonSerializer.Serialize(value, CordonJson.Options)</c>,
    /// faster on first use for the model's types.
    /// </summary>
    /// <typeparam name="T">The declared type (decides which properties are written).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Compact JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, WriteOptions);

    /// <summary>Deserialises JSON written by <see cref="Serialize{T}"/> (or any compatible JSON).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is invalid, <c>null</c>, or misses a required property.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"JSON null where a {typeof(T).Name} was expected.");

    private static JsonSerializerOptions CreateFrozen(bool withGeneratedMetadata)
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (withGeneratedMetadata)
        {
            options.TypeInfoResolverChain.Insert(0, Metadata.Default);
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>Compile-time metadata for the model's own types, generated with the same settings as <see cref="Configure"/> so that it writes the same JSON.</summary>
    [JsonSourceGenerationOptions(
        JsonSerializerDefaults.Web,
        UseStringEnumConverter = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ListedEntity))]
    [JsonSerializable(typeof(ListSnapshot))]
    [JsonSerializable(typeof(ScreeningSubject))]
    [JsonSerializable(typeof(string[]))]
    private sealed partial class Metadata : JsonSerializerContext;
}
