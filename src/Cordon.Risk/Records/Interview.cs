namespace Cordon.Risk.Records;

/// <summary>What happened in interviews (<c>$.interview</c>).</summary>
/// <param name="VideoRequested">A video interview was requested.</param>
/// <param name="CameraRefused">The person refused to turn the camera on.</param>
/// <param name="InPersonRefused">The person refused an in-person meeting.</param>
/// <param name="Notes">Interviewer notes.</param>
public sealed record Interview(bool? VideoRequested, bool? CameraRefused, bool? InPersonRefused, string? Notes);
