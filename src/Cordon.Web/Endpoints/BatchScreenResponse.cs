namespace Cordon.Web.Endpoints;

/// <summary>Results of a batch, in request order.</summary>
/// <param name="Algorithm">Matching algorithm and version.</param>
/// <param name="Threshold">Threshold applied.</param>
/// <param name="Results">One result per subject.</param>
public sealed record BatchScreenResponse(string Algorithm, double Threshold, IReadOnlyList<BatchItemResult> Results);
