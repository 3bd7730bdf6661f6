namespace Cordon.Risk;

/// <summary>The risk configuration file is unreadable or holds an unknown key or a bad value.</summary>
public sealed class RiskConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RiskConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public RiskConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public RiskConfigurationException()
    {
    }
}
