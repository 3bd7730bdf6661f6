namespace Cordon.Accounts;

/// <summary>An account request that cannot be carried out, with a reason fit to show to the caller (nothing was changed).</summary>
public class AccountException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccountException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    public AccountException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public AccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The user, key or organisation named does not exist for the caller (one of another organisation is reported the same way).</summary>
public sealed class AccountNotFoundException : AccountException
{
    /// <summary>Creates the exception.</summary>
    public AccountNotFoundException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    public AccountNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public AccountNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
