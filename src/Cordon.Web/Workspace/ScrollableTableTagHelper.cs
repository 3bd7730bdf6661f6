using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cordon.Web.Workspace;

/// <summary>
/// Makes every <c>&lt;div class="table-wrap"&gt;</c> — the box a wide table scrolls in — reachable by keyboard: focusable
/// (WCAG 2.1.1; axe's scrollable-region-focusable), a group named by the table's caption when it has one. It is not made a
/// landmark region: one named after its section's heading would repeat the section's own landmark, and the table inside
/// already announces its caption or headings. A box that already says how it is reached (its own <c>tabindex</c>) is left
/// as written.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-wrap]")]
public sealed partial class ScrollableTableTagHelper : TagHelper
{
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
        output.Attributes.SetAttribute("role", "group");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby")
            && Caption((await output.GetChildContentAsync()).GetContent()) is { } caption)
        {
            output.Attributes.SetAttribute("aria-label", caption);
        }
    }

    /// <summary>The text of the table's caption, or null when it has none.</summary>
    public static string? Caption(string tableHtml)
    {
        ArgumentNullException.ThrowIfNull(tableHtml);
        var caption = CaptionElement().Match(tableHtml);
        return caption.Success && Text(caption.Groups[1].Value) is { Length: > 0 } text ? text : null;
    }

    private static string Text(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
