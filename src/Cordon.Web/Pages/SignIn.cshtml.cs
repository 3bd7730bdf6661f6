using Cordon.Accounts;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cordon.Web.Pages;

/// <summary>Signing in with a user name and password (the account rules, lock-out and audit are the account service's).</summary>
public sealed class SignInModel(AccountService accounts) : PageModel
{
    /// <summary>User name typed.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>Password typed (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go once signed in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why signing in failed.</summary>
    public string? ErrorMessage { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
        ErrorMessage = null;
    }

    /// <summary>Checks the credentials and starts a session.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(UserName, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.User is not { } user)
        {
            ErrorMessage = result.Message;
            Password = null;
            if (result.MustWait)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((result.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Page();
        }

        await HttpContext.SignInAsync(CordonSchemes.Cookie, CordonPrincipals.ForUser(user, CordonSchemes.Cookie), new AuthenticationProperties { IsPersistent = false });

        // Only local paths: an absolute ReturnUrl would make this page an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
