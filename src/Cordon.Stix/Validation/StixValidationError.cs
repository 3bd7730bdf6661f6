namespace Cordon.Stix.Validation;

/// <summary>One broken rule: where (JSON path), which rule, and a sentence saying what is wrong.</summary>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.objects[3].valid_until</c>.</param>
/// <param name="Rule">Short stable rule code, e.g. <c>valid-until-after-valid-from</c> (see <see cref="StixRules"/>).</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record StixValidationError(string Path, string Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Rule}]";
}
