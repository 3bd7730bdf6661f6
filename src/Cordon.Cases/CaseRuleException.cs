namespace Cordon.Cases;

/// <summary>A change the case workflow does not allow (wrong state, missing reason, role not allowed); the message says why.</summary>
public sealed class CaseRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseRuleException()
    {
    }

    /// <summary>Creates the exception with the reason shown to the user.</summary>
    public CaseRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    public CaseRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
