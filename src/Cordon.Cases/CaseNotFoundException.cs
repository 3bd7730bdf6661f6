namespace Cordon.Cases;

/// <summary>No case with that id in the caller's organisation.</summary>
public sealed class CaseNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseNotFoundException()
    {
    }

    /// <summary>Creates the exception for one case id.</summary>
    public CaseNotFoundException(long caseId)
        : base($"There is no case {caseId}.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CaseNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
