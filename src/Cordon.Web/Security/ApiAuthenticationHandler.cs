using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Cordon.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Cordon.Web.Operations;

namespace Cordon.Web.Security;

/// <summary>Options of the <see cref="CordonSchemes.Api"/> scheme (none beyond the framework's).</summary>
public sealed class ApiAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>
/// Authenticates REST and TAXII callers from the <c>Authorization</c> header:
/// <list type="bullet">
/// <item><c>Bearer cordon_&lt;id&gt;_&lt;secret&gt;</c> — an API key (<c>Token</c> is accepted as a synonym of <c>Bearer</c>);</item>
/// <item><c>Basic</c> with the whole key as password (the user name is then ignored), or with user name <c>cordon_&lt;id&gt;</c>
/// (the key id) and the secret as password — an API key, for TAXII clients that only speak Basic;</item>
/// <item><c>Basic</c> with a user name and password — the user's own account, checked like a sign-in (limits, lock-out and
/// audit); a verification is remembered briefly under a keyed hash so that a client sending it on every request pays PBKDF2
/// once (<see cref="AccountService.AuthenticatePasswordAsync"/>).</item>
/// </list>
/// Failures answer 401 with <c>WWW-Authenticate</c> challenges for Bearer and Basic, never a redirect; password checks refused
/// by the limits or a lock-out answer 429 with <c>Retry-After</c>.
/// </summary>
public sealed class ApiAuthenticationHandler(IOptionsMonitor<ApiAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountService accounts)
    : AuthenticationHandler<ApiAuthenticationOptions>(options, logger, encoder)
{
    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization.ToString(), out var header) || header.Parameter is null)
        {
            return AuthenticateResult.NoResult();
        }

        var remote = Context.Connection.RemoteIpAddress?.ToString();
        // "Token" is what the OASIS TAXII Python client's token helper sends; it means the same as Bearer here.
        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.Scheme.Equals("Token", StringComparison.OrdinalIgnoreCase))
        {
            return FromKey(await accounts.AuthenticateApiKeyAsync(header.Parameter, remote, Context.RequestAborted));
        }

        if (!header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!TryDecodeBasic(header.Parameter, out var user, out var password))
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        if (ApiKeys.TryParse(password, out _, out _))
        {
            return FromKey(await accounts.AuthenticateApiKeyAsync(password, remote, Context.RequestAborted));
        }

        if (user.StartsWith(ApiKeys.Scheme + "_", StringComparison.Ordinal))
        {
            return FromKey(await accounts.AuthenticateApiKeyAsync(user[(ApiKeys.Scheme.Length + 1)..], password, remote, Context.RequestAborted));
        }

        var signIn = await accounts.AuthenticatePasswordAsync(user, password, remote, Context.RequestAborted);
        if (signIn.MustWait)
        {
            Context.Items[RefusalKey] = signIn;
        }

        return signIn.User is { } account
            ? AuthenticateResult.Success(new AuthenticationTicket(CordonPrincipals.ForUser(account, Scheme.Name), Scheme.Name))
            : AuthenticateResult.Fail(signIn.Message);
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[RefusalKey] is SignInResult refusal)
        {
            // Throttled or locked out: the same answer as the sign-in endpoint gives, whatever the password.
            await RateLimits.TooManyRequests(Context, refusal.RetryAfter ?? TimeSpan.FromSeconds(1), refusal.Message).ExecuteAsync(Context);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = CordonSchemes.Challenges;
    }

    private static readonly object RefusalKey = new();

    private AuthenticateResult FromKey(ApiKeyIdentity? identity) =>
        identity is null
            ? AuthenticateResult.Fail("The API key is unknown, revoked, expired or wrong.")
            : AuthenticateResult.Success(new AuthenticationTicket(CordonPrincipals.ForApiKey(identity.Key, identity.User, Scheme.Name), Scheme.Name));

    private static bool TryDecodeBasic(string parameter, out string user, out string password)
    {
        user = password = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            user = text[..colon];
            password = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
