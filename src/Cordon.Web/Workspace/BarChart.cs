using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Cordon.Web.Workspace;

/// <summary>
/// A bar chart drawn as inline SVG on the server: no script, readable by screen readers through its title and the data
/// table that accompanies it on the page.
/// </summary>
public static class BarChart
{
    /// <summary>Vertical bars, one per item, labels under every <paramref name="labelEvery"/>-th bar.</summary>
    public static string Vertical(string title, IReadOnlyList<(string Label, int Value)> items, int labelEvery = 1)
    {
        ArgumentNullException.ThrowIfNull(items);
        const int Width = 600, Height = 200, Bottom = 20, Top = 14;
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(i => i.Value));
        var slot = items.Count == 0 ? Width : (double)Width / items.Count;
        var svg = Open(title, Width, Height);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var h = (Height - Bottom - Top) * (double)value / max;
            var x = i * slot;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x + slot * 0.1:0.#}\" y=\"{Height - Bottom - h:0.#}\" width=\"{slot * 0.8:0.#}\" height=\"{h:0.#}\"><title>{Encode(label)}: {value}</title></rect>");
            if (value > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot / 2:0.#}\" y=\"{Height - Bottom - h - 2:0.#}\" text-anchor=\"middle\">{value}</text>");
            }

            if (i % Math.Max(1, labelEvery) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot / 2:0.#}\" y=\"{Height - 5}\" text-anchor=\"middle\">{Encode(label)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars with their labels on the left, longest first as given.</summary>
    public static string Horizontal(string title, IReadOnlyList<(string Label, int Value)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        const int Width = 600, Row = 22, LabelWidth = 230;
        var height = Math.Max(Row, items.Count * Row);
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(i => i.Value));
        var svg = Open(title, Width, height);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var w = (Width - LabelWidth - 40) * (double)value / max;
            var y = i * Row;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{Encode(Shorten(label, 36))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{Row - 8}\"><title>{Encode(label)}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 4:0.#}\" y=\"{y + 15}\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
