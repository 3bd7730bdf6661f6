namespace Cordon.Hub.Misp;

/// <summary>A MISP event that cannot be represented in STIX (it has nothing to share).</summary>
public sealed class MispConversionException : Exception
{
    /// <summary>Creates the error.</summary>
    public MispConversionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public MispConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public MispConversionException()
        : this("The MISP event cannot be converted.")
    {
    }
}
