using Cordon.Risk;

namespace Cordon.Screening.Tests;

/// <summary>The pure validation-then-assessment step of the assessment service on records that cannot be read.</summary>
public sealed class AssessmentServiceTests
{
    [Theory]
    [InlineData("""{"\ud800":1}""")]
    [InlineData("""{"id":"\udc00","kind":"job_applicant"}""")]
    public void A_record_with_half_a_surrogate_pair_gets_errors_and_no_id_instead_of_an_exception(string record)
    {
        var engine = new RiskEngine(RiskConfiguration.Default, RiskContext.Empty);
        var outcome = Assert.Single(Cordon.Assessments.AssessmentPipeline.Assess(engine, [record]));
        Assert.Null(outcome.Assessment);
        Assert.Null(outcome.RecordId);
        Assert.Contains(outcome.Errors, e => e.Reason.Contains("surrogate", StringComparison.Ordinal));
    }
}
