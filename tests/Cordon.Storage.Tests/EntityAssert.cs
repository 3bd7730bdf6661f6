using System.Collections;
using Cordon.Core;

namespace Cordon.Storage.Tests;

/// <summary>Compares entities property by property (by reflection, so a property added later is compared too).</summary>
internal static class EntityAssert
{
    public static void Equal(ListedEntity expected, ListedEntity actual)
    {
        foreach (var property in typeof(ListedEntity).GetProperties())
        {
            var e = property.GetValue(expected);
            var a = property.GetValue(actual);
            if (e is IReadOnlyDictionary<string, string> ed)
            {
                var ad = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(a);
                Assert.True(
                    ed.Count == ad.Count && ed.All(kv => ad.TryGetValue(kv.Key, out var v) && v == kv.Value),
                    $"{expected.SourceId}.{property.Name}: expected {Show(ed)}, got {Show(ad)}");
            }
            else if (e is IEnumerable ee and not string)
            {
                var expectedItems = ee.Cast<object?>().ToList();
                var actualItems = Assert.IsAssignableFrom<IEnumerable>(a).Cast<object?>().ToList();
                Assert.True(
                    expectedItems.SequenceEqual(actualItems),
                    $"{expected.SourceId}.{property.Name}: expected [{string.Join("; ", expectedItems)}], got [{string.Join("; ", actualItems)}]");
            }
            else
            {
                Assert.True(Equals(e, a), $"{expected.SourceId}.{property.Name}: expected <{e}>, got <{a}>");
            }
        }
    }

    public static void AllEqual(IReadOnlyList<ListedEntity> expected, IReadOnlyList<ListedEntity> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i]);
        }
    }

    private static string Show(IEnumerable<KeyValuePair<string, string>> d) =>
        "{" + string.Join(", ", d.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)) + "}";
}
