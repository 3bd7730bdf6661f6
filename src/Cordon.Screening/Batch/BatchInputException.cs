namespace Cordon.Screening.Batch;

/// <summary>A batch file that cannot be screened; the message names the file, line and reason.</summary>
public sealed class BatchInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchInputException()
    {
    }

    /// <summary>Creates the exception with the reason shown to the user.</summary>
    public BatchInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    public BatchInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
