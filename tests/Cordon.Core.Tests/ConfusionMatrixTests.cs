using Cordon.Core.Evaluation;

namespace Cordon.Core.Tests;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Figures_of_a_known_matrix()
    {
        var m = new ConfusionMatrix(TruePositives: 8, FalsePositives: 2, TrueNegatives: 85, FalseNegatives: 5);

        Assert.Equal(100, m.Total);
        Assert.Equal(13, m.Positives);
        Assert.Equal(87, m.Negatives);
        Assert.Equal(0.8, m.Precision, 10);
        Assert.Equal(8.0 / 13, m.Recall, 10);
        Assert.Equal(2 * 0.8 * (8.0 / 13) / (0.8 + (8.0 / 13)), m.F1, 10);
        Assert.Equal(2.0 / 87, m.FalsePositiveRate, 10);
        Assert.Equal(0.93, m.Accuracy, 10);
    }

    [Fact]
    public void Empty_matrix_has_no_false_alarms_and_no_misses()
    {
        var m = default(ConfusionMatrix);

        Assert.Equal(1, m.Precision);
        Assert.Equal(1, m.Recall);
        Assert.Equal(0, m.FalsePositiveRate);
    }

    [Fact]
    public void Nothing_found_gives_zero_F1()
    {
        var m = new ConfusionMatrix(0, 0, 10, 4);

        Assert.Equal(0, m.Recall);
        Assert.Equal(0, m.F1);
    }

    [Fact]
    public void Add_counts_each_cell()
    {
        var m = default(ConfusionMatrix).Add(true, true).Add(true, false).Add(false, true).Add(false, false).Add(false, false);

        Assert.Equal(new ConfusionMatrix(1, 1, 2, 1), m);
    }

    [Fact]
    public void A_run_that_flags_nothing_has_no_wrong_flag_and_every_evaluation_says_so()
    {
        // Risk evaluation's own matrix once said precision 0 here while name matching's said 1.
        var m = new ConfusionMatrix(TruePositives: 0, FalsePositives: 0, TrueNegatives: 90, FalseNegatives: 10);
        Assert.Equal(1, m.Precision);
        Assert.Equal(0, m.Recall);
        Assert.Equal(0, m.F1);
        Assert.Equal(0, m.FalsePositiveRate);
    }
}
