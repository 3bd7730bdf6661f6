using System.Security.Claims;
using System.Text.Encodings.Web;
using Cordon.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cordon.Hub.Tests;

/// <summary>
/// Issues Cordon's claims from "Authorization: Test {organisation} {role}", so that the hub's access rules can be driven
/// for any organisation and role without the accounts machinery.
/// </summary>
public sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var parts = header[(SchemeName.Length + 1)..].Split(' ');
        var claims = new List<Claim>
        {
            new(CordonClaims.Organisation, parts[0]),
            new(CordonClaims.User, parts[0] + "-user"),
            new(CordonClaims.UserName, parts[0] + " user"),
            new(ClaimTypes.Role, parts.Length > 1 ? parts[1] : CordonRoles.Analyst),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
