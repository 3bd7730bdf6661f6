namespace Cordon.Hub.Misp;

/// <summary>A MISP feed that could not be fetched or read.</summary>
public sealed class MispFeedException : Exception
{
    /// <summary>Creates the error.</summary>
    public MispFeedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public MispFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public MispFeedException()
        : this("The MISP feed could not be read.")
    {
    }
}
