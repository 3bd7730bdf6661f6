using Cordon.Accounts;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cordon.Web.Pages;

/// <summary>Ends the session (POST only, with the anti-forgery token, so that a link elsewhere cannot sign anyone out).</summary>
public sealed class SignOutModel(AccountService accounts) : PageModel
{
    /// <summary>Nothing to show: signing out is a form post.</summary>
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Records the sign-out and ends the user's sessions server-side (new security stamp) and the cookie.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await accounts.SignOutAsync(HttpContext.Actor(), cancellationToken);
        }

        await HttpContext.SignOutAsync(CordonSchemes.Cookie);
        return Redirect("/sign-in");
    }
}
