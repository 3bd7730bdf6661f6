using Cordon.Intelligence;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Adapters;

/// <summary>Serves <see cref="IIndicatorLookup"/> from an <see cref="IndicatorSet"/> (CSV import of the shared indicators).</summary>
public sealed class IndicatorSetLookup : IIndicatorLookup
{
    private readonly IndicatorSet _set;

    /// <summary>Wraps a loaded indicator set.</summary>
    public IndicatorSetLookup(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        _set = set;
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndicatorMatch> Find(IndicatorKind kind, string value)
    {
        var type = kind switch
        {
            IndicatorKind.Domain => IndicatorType.Domain,
            IndicatorKind.Ip => IndicatorType.Ip,
            IndicatorKind.Email => IndicatorType.Email,
            IndicatorKind.Wallet => IndicatorType.Wallet,
            IndicatorKind.Phone => IndicatorType.Phone,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown indicator kind"),
        };
        var found = _set.Find(type, value);
        return found.Count == 0 ? [] : found.Select(i => new IndicatorMatch(i.Value, i.Context, i.Source)).ToList();
    }
}
