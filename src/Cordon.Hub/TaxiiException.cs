namespace Cordon.Hub;

/// <summary>
/// A request the hub refuses, carrying what the TAXII error message resource (section 3.6.1) says: the HTTP status, a
/// title and a description. Texts never depend on objects or collections the caller may not read.
/// </summary>
public sealed class TaxiiException : Exception
{
    /// <summary>Creates the error.</summary>
    public TaxiiException(int httpStatus, string title, string description)
        : base(title + ": " + description)
    {
        HttpStatus = httpStatus;
        Title = title;
        Description = description;
    }

    /// <summary>Creates a 500 error (for serialisers and analyzers; the hub always names a status).</summary>
    public TaxiiException()
        : this(500, "Internal error", "The server could not process the request.")
    {
    }

    /// <summary>Creates a 500 error with a description.</summary>
    public TaxiiException(string message)
        : this(500, "Internal error", message)
    {
    }

    /// <summary>Creates a 500 error with a description and cause.</summary>
    public TaxiiException(string message, Exception innerException)
        : base(message, innerException)
    {
        HttpStatus = 500;
        Title = "Internal error";
        Description = message;
    }

    /// <summary>The HTTP status code.</summary>
    public int HttpStatus { get; }

    /// <summary>Short human-readable summary.</summary>
    public string Title { get; }

    /// <summary>What went wrong and how to fix it.</summary>
    public string Description { get; }

    /// <summary>The one answer for a collection that does not exist or that the caller has no right on.</summary>
    public static TaxiiException CollectionNotFound() =>
        new(404, "Collection not found", "No collection with this id exists in this API root, or you have no access to it.");

    /// <summary>The one answer for an object that does not exist or that the caller may not read.</summary>
    public static TaxiiException ObjectNotFound() =>
        new(404, "Object not found", "No object with this id exists in this collection, or you may not read it.");

    /// <summary>A malformed query parameter.</summary>
    public static TaxiiException BadParameter(string name, string why) => new(400, "Invalid parameter", $"Parameter '{name}': {why}");
}
