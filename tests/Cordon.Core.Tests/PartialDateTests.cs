using Cordon.Core;

namespace Cordon.Core.Tests;

public class PartialDateTests
{
    [Fact]
    public void A_full_date_is_exact()
    {
        var date = PartialDate.Of(new DateOnly(1984, 1, 8));

        Assert.True(date.IsExact);
        Assert.Equal("1984-01-08", date.Text);
        Assert.Equal((1984, 1, 8), (date.Year, date.Month, date.Day));
    }

    [Theory]
    [InlineData(1984, null, null, null, false)]
    [InlineData(1984, 1, null, null, false)]
    [InlineData(1968, null, null, 1970, false)]
    [InlineData(1975, 3, 2, null, true)]
    public void Partial_ranged_and_approximate_dates_are_not_exact(int year, int? month, int? day, int? yearTo, bool approximate)
    {
        var date = new PartialDate("as written", year, month, day, yearTo, approximate);

        Assert.False(date.IsExact);
    }

    [Fact]
    public void Dates_compare_by_value()
    {
        Assert.Equal(new PartialDate("DOB 1970", 1970), new PartialDate("DOB 1970", 1970));
        Assert.NotEqual(new PartialDate("DOB 1970", 1970), new PartialDate("DOB circa 1970", 1970, Approximate: true));
    }
}
