using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cordon.Web.Pages;

/// <summary>
/// The page a browser is shown for an unknown address, a refused request or a server failure, in the workspace's own
/// layout rather than as raw problem+json (which API callers keep getting). It reveals nothing the caller did not send:
/// a record of another organisation is "not found" exactly like one that does not exist.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The HTTP status code explained.</summary>
    public int Code { get; private set; }

    /// <summary>The heading.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>What happened and what the reader can do about it.</summary>
    public string Explanation { get; private set; } = string.Empty;

    /// <summary>The address that failed, when the page is shown in place of another.</summary>
    public string? OriginalPath { get; private set; }

    /// <summary>The request's trace id for a server failure, to find it in the log; null otherwise.</summary>
    public string? TraceId { get; private set; }

    /// <summary>Explains <paramref name="code"/> (the failed request's status when shown in its place).</summary>
    public void OnGet(int? code) => Explain(code);

    /// <summary>The same page when the failed request was a form post (the page is shown in its place).</summary>
    public void OnPost(int? code) => Explain(code);

    private void Explain(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        OriginalPath = reExecuted?.OriginalPath ?? failure?.Path;
        Code = reExecuted?.OriginalStatusCode ?? (failure is not null ? StatusCodes.Status500InternalServerError : code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound);
        Response.StatusCode = Code;
        (Title, Explanation) = Code switch
        {
            StatusCodes.Status400BadRequest => ("Request not understood", "The server could not read what was sent. If you were sending a form, it may have been open too long: go back, reload the page and send it again."),
            StatusCodes.Status401Unauthorized => ("Sign in needed", "This page needs you to be signed in."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this. An administrator of your organisation can change your role if you need it."),
            StatusCodes.Status404NotFound => ("Page not found", "There is nothing at this address for your organisation: it may have been mistyped, or the record it showed was deleted or belongs to another organisation."),
            StatusCodes.Status405MethodNotAllowed => ("Not possible here", "This address does not accept that kind of request. Go back and use the page's own buttons."),
            StatusCodes.Status413PayloadTooLarge => ("Too large", "What was sent is larger than the server accepts. Split it into smaller parts."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Too many requests came from you in a short time. Wait a minute and try again."),
            >= 500 => ("Something went wrong", "The server failed to complete this request. Nothing was half-stored: changes are saved whole or not at all. Try again; if it keeps failing, tell your administrator."),
            _ => ("Request refused", "The server refused this request."),
        };
        if (Code >= 500)
        {
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
