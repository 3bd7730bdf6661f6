using System.Text.Json;
using Cordon.Core;

namespace Cordon.Cli;

/// <summary>Cordon's JSON shape, indented for people reading a terminal.</summary>
internal static class CordonJsonIndented
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = CordonJson.Configure(new JsonSerializerOptions());
        options.WriteIndented = true;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
