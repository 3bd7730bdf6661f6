using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Cordon.Cli.Serving;

/// <summary>
/// What <c>cordon serve</c> says outside its web host's own logs (waiting for the database, the bundled lists, where it
/// listens). With <c>--log-format json</c> these are JSON lines of the same shape as the host's, so that standard output
/// holds nothing but JSON; otherwise plain lines as before, warnings on standard error.
/// </summary>
internal sealed partial class ServeConsole : IDisposable
{
    private readonly ILoggerFactory? factory;
    private readonly ILogger? logger;

    public ServeConsole(string logFormat)
    {
        if (logFormat != "json")
        {
            return;
        }

        factory = LoggerFactory.Create(logging => logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        }));
        logger = factory.CreateLogger("Cordon.Serve");
    }

    /// <summary>True when output is JSON lines (a log collector reads it, not a person).</summary>
    public bool IsJson => logger is not null;

    public void Info(string message)
    {
        if (logger is null)
        {
            Console.WriteLine(message);
        }
        else
        {
            LogInfo(logger, message);
        }
    }

    public void Warning(string message)
    {
        if (logger is null)
        {
            Console.Error.WriteLine("warning: " + message);
        }
        else
        {
            LogWarning(logger, message);
        }
    }

    /// <summary>The last word before a non-zero exit (the caller prints it as <c>error: …</c> in the simple format).</summary>
    public void Error(string message)
    {
        if (logger is null)
        {
            CommandErrors.Error(message);
        }
        else
        {
            LogError(logger, message);
        }
    }

    public void Dispose() => factory?.Dispose();

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "{Text}")]
    private static partial void LogInfo(ILogger logger, string text);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Text}")]
    private static partial void LogWarning(ILogger logger, string text);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "{Text}")]
    private static partial void LogError(ILogger logger, string text);
}
