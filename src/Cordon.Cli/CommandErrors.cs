using Cordon.Lists;

namespace Cordon.Cli;

/// <summary>Turns the errors a user can cause into one clear line on standard error and a distinct exit code.</summary>
internal static class CommandErrors
{
    /// <summary>Exit code for bad input (a file, an option, a row).</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a failure of Cordon itself or its database.</summary>
    public const int Failure = 1;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ListFormatException e)
        {
            Error(e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is UserInputException or Screening.Batch.BatchInputException or Screening.NotFoundException or ArgumentException or Accounts.AccountException
            or Intelligence.IntelligenceDataException or Risk.RiskConfigurationException)
        {
            Error(e.Message);
            return BadInput;
        }
        catch (Serving.DatabaseStartupException e)
        {
            Error(e.Message);
            return Failure;
        }
        catch (OperationCanceledException)
        {
            Error("cancelled; nothing was changed by the interrupted step.");
            return Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(e.Message);
            return BadInput;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine("error: " + message);
}
