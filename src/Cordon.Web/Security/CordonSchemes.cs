namespace Cordon.Web.Security;

/// <summary>Names of Cordon's authentication schemes.</summary>
public static class CordonSchemes
{
    /// <summary>The default: picks <see cref="Api"/> when the request has an <c>Authorization</c> header, <see cref="Cookie"/> otherwise.</summary>
    public const string Default = "cordon";

    /// <summary>The browser session cookie set by signing in.</summary>
    public const string Cookie = "cordon-cookie";

    /// <summary><c>Authorization: Bearer &lt;API key&gt;</c> or HTTP Basic (user name and password, or key id and secret).</summary>
    public const string Api = "cordon-api";

    /// <summary>The <c>WWW-Authenticate</c> challenges an unauthenticated API caller receives.</summary>
    internal static readonly string[] Challenges = ["Bearer realm=\"cordon\"", "Basic realm=\"cordon\", charset=\"UTF-8\""];
}
