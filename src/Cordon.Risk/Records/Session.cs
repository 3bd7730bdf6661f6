namespace Cordon.Risk.Records;

/// <summary>A login or working session observed for the person's account(s) (<c>$.sessions[]</c>).</summary>
/// <param name="StartedAt">Start of the session.</param>
/// <param name="EndedAt">End of the session.</param>
/// <param name="Ip">Client IP address.</param>
/// <param name="AccountId">Account the session belongs to.</param>
/// <param name="DeviceId">Device identifier.</param>
/// <param name="UserAgent">Browser user agent.</param>
/// <param name="AcceptLanguage">Browser Accept-Language header.</param>
/// <param name="BrowserTimeZone">Browser IANA time zone.</param>
/// <param name="RemoteAccessTools">Remote-desktop or remote-control software seen on the device.</param>
public sealed record Session(
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string Ip,
    string? AccountId,
    string? DeviceId,
    string? UserAgent,
    string? AcceptLanguage,
    string? BrowserTimeZone,
    IReadOnlyList<string> RemoteAccessTools);
