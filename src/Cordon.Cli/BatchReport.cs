using Cordon.Core.Export;
using Cordon.Screening.Batch;

namespace Cordon.Cli;

/// <summary>Collects rejected rows of a batch: each goes to standard error with its line, and optionally to an errors CSV.</summary>
internal sealed class BatchReport : IDisposable
{
    private readonly string _input;
    private readonly StreamWriter? _errors;

    public BatchReport(string input, string? errorsPath)
    {
        _input = input;
        if (errorsPath is not null)
        {
            _errors = new StreamWriter(errorsPath);
            _errors.Write(CsvCells.Line(ScreeningCsv.ErrorColumns) + "\r\n");
        }
    }

    public int Rejected { get; private set; }

    public void Reject(long line, string id, string reason)
    {
        Rejected++;
        Console.Error.WriteLine($"{_input}, line {line}{(id.Length > 0 ? $" (id {id})" : "")}: {reason}; row skipped.");
        if (_errors is not null)
        {
            _errors.Write(ScreeningCsv.ErrorLine(line, id, reason) + "\r\n");
        }
    }

    /// <summary>Closes the errors file, so that it is complete before the summary is printed.</summary>
    public void Finish()
    {
        _errors?.Dispose();
    }

    public void Dispose() => Finish();
}
