using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cordon.Web.Operations;

/// <summary>
/// Endpoint metadata setting the largest request body the endpoint accepts (routing applies it to the request);
/// endpoints without it get <see cref="OperationsOptions.MaxRequestBodyBytes"/>.
/// </summary>
/// <param name="MaxRequestBodySize">Bytes.</param>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

/// <summary>Sets request body limits on endpoints.</summary>
public static class RequestBodyLimitExtensions
{
    /// <summary>The endpoint accepts bodies up to <paramref name="bytes"/>.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(bytes));

    /// <summary>The endpoint accepts bodies up to the batch limit (<see cref="OperationsOptions.MaxBatchRequestBodyBytes"/>).</summary>
    public static TBuilder WithBatchRequestBodyLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(BatchLimit.Instance);

    /// <summary>Marker resolved against the options at request time.</summary>
    internal sealed class BatchLimit
    {
        public static BatchLimit Instance { get; } = new();
    }
}
