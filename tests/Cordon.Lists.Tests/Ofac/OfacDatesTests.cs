using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacDatesTests
{
    [Theory]
    [InlineData("14 Nov 1966", 1966, 11, 14, null, false)]
    [InlineData("1966", 1966, null, null, null, false)]
    [InlineData("Jan 1970", 1970, 1, null, null, false)]
    [InlineData("circa 1970", 1970, null, null, null, true)]
    [InlineData("circa 01 Jan 1970", 1970, 1, 1, null, true)]
    [InlineData("circa Mar 1970", 1970, 3, null, null, true)]
    [InlineData("1968 to 1970", 1968, null, null, 1970, false)]
    [InlineData("01 Jan 1968 to 31 Dec 1970", 1968, null, null, 1970, false)]
    [InlineData("Mar 1968 to Feb 1970", 1968, null, null, 1970, false)]
    [InlineData("circa 1960-1962", 1960, null, null, 1962, true)]
    [InlineData("04 Feb 1962 to 04 Feb 1962", 1962, 2, 4, null, false)]
    [InlineData("Sep 1961 to Dec 1961", 1961, null, null, null, false)]
    [InlineData("12 September 1993", 1993, 9, 12, null, false)]
    [InlineData("1966-11-14", 1966, 11, 14, null, false)]
    public void Reads_ofac_date_notations(string text, int year, int? month, int? day, int? yearTo, bool approximate)
    {
        var date = OfacDates.Parse(text);
        Assert.Equal(new PartialDate(text, year, month, day, yearTo, approximate), date);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("31 Feb 1970")]
    [InlineData("00 Jan 0000")]
    [InlineData("Marchx 1970")]
    [InlineData("1970 to sometime")]
    public void Keeps_what_it_cannot_read_as_text_only(string text)
    {
        var date = OfacDates.Parse(text);
        Assert.Equal(text, date.Text);
        Assert.Null(date.Year);
    }

    [Fact]
    public void Final_full_stop_is_not_part_of_the_date()
    {
        Assert.Equal(new PartialDate("1962", 1962), OfacDates.Parse("1962."));
    }
}
