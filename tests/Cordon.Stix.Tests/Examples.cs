using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

/// <summary>Loads the hand-written example files (taken from the STIX 2.1 specification's examples).</summary>
internal static class Examples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Examples", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static StixBundle SpecBundle() => StixBundle.Parse(Text("spec-examples.json"));

    public static StixObject Object(string id) => SpecBundle().Objects.Single(o => o.Id == id);
}
