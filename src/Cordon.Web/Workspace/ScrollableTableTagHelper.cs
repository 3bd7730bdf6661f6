using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cordon.Web.Workspace;

/// <summary>
/// Makes every <c>&lt;div class="table-wrap"&gt;</c> — the box a wide table scrolls in — reachable by keyboard: focusable,
/// a region, and labelled by the table's caption (or, without one, by its column headings), so that a keyboard user can
/// reach and scroll it and a screen reader says what it holds (WCAG 2.1.1; axe's scrollable-region-focusable). A box that
/// already says how it is reached (its own <c>tabindex</c>) is left as written.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-wrap]")]
public sealed partial class ScrollableTableTagHelper : TagHelper
{
    /// <summary>Most column headings named in a label made of them.</summary>
    public const int MaxHeadingsInLabel = 4;

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.ContainsName("tabindex"))
        {
            return;
        }

        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby"))
        {
            var html = (await output.GetChildContentAsync()).GetContent();
            output.Attributes.SetAttribute("aria-label", Label(html));
        }
    }

    /// <summary>The caption's text, or "Table: " and the first column headings, or "Table".</summary>
    public static string Label(string tableHtml)
    {
        ArgumentNullException.ThrowIfNull(tableHtml);
        var caption = Caption().Match(tableHtml);
        if (caption.Success && Text(caption.Groups[1].Value) is { Length: > 0 } text)
        {
            return text;
        }

        var headings = Heading().Matches(tableHtml).Select(m => Text(m.Groups[1].Value)).Where(h => h.Length > 0).ToList();
        return headings.Count == 0
            ? "Table"
            : "Table: " + string.Join(", ", headings.Take(MaxHeadingsInLabel)) + (headings.Count > MaxHeadingsInLabel ? "…" : string.Empty);
    }

    private static string Text(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"<th\b[^>]*scope=""col""[^>]*>(.*?)</th>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
