using System.Globalization;
using CsvHelper;

namespace Cordon.Cli;

/// <summary>Collects rejected rows of a batch: each goes to standard error with its line, and optionally to an errors CSV.</summary>
internal sealed class BatchReport
{
    private readonly string _input;
    private readonly CsvWriter? _errors;

    public BatchReport(string input, string? errorsPath)
    {
        _input = input;
        if (errorsPath is not null)
        {
            _errors = CsvWriter.Create(new StreamWriter(errorsPath), null, false);
            _errors.WriteField("line");
            _errors.WriteField("id");
            _errors.WriteField("error");
            _errors.EndRecord();
        }
    }

    public int Rejected { get; private set; }

    public void Reject(long line, string id, string reason)
    {
        Rejected++;
        Console.Error.WriteLine($"{_input}, line {line}{(id.Length > 0 ? $" (id {id})" : "")}: {reason}; row skipped.");
        if (_errors is not null)
        {
            _errors.WriteField(line.ToString(CultureInfo.InvariantCulture));
            _errors.WriteField(id);
            _errors.WriteField(reason);
            _errors.EndRecord();
        }
    }

    public void Finish()
    {
        _errors?.Dispose();
    }
}
