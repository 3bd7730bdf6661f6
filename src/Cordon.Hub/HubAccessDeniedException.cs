namespace Cordon.Hub;

/// <summary>An organisation asked the hub, outside TAXII (the command line), for something its collection rights do not allow.</summary>
public sealed class HubAccessDeniedException : Exception
{
    /// <summary>Creates the error.</summary>
    public HubAccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public HubAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public HubAccessDeniedException()
        : this("The organisation's collection rights do not allow this.")
    {
    }
}
