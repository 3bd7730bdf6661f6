namespace Cordon.Cases;

/// <summary>A case change was made on a version that is no longer current: someone else changed the case first.</summary>
public sealed class CaseConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseConflictException()
        : base("The case was changed by someone else; reload it and try again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CaseConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
