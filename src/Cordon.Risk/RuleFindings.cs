namespace Cordon.Risk;

/// <summary>
/// What the rules found in one record, before scoring (<see cref="RiskEngine.Evaluate"/>): the record is scored once,
/// by <see cref="RiskEngine.Score"/>, when the evidence from outside it (partners' indicators, its network) is known.
/// </summary>
/// <param name="RecordId">The record's id.</param>
/// <param name="Signals">The rules' signals, in rule order.</param>
/// <param name="Advice">The rules' advice, each line once, in rule order.</param>
/// <param name="Failures">Rules that could not be evaluated, with why (a broken data file, a timed-out pattern).</param>
/// <param name="SupportingOnly">True when every signal found is supporting evidence only (or none was found).</param>
public sealed record RuleFindings(string RecordId, IReadOnlyList<Signal> Signals, IReadOnlyList<string> Advice, IReadOnlyList<string> Failures, bool SupportingOnly);
