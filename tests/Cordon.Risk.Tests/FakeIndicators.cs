using Cordon.Risk.Lookups;

namespace Cordon.Risk.Tests;

internal sealed class FakeIndicators(params (IndicatorKind Kind, string Value)[] entries) : IIndicatorLookup
{
    public IReadOnlyList<IndicatorMatch> Find(IndicatorKind kind, string value) =>
        entries.Where(e => e.Kind == kind && string.Equals(e.Value, value.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(e => new IndicatorMatch(e.Value, "test indicator", "test"))
            .ToList();
}
