using System.Text;
using Cordon.Lists.Tests.Un;

namespace Cordon.Lists.Tests.Real;

/// <summary>One unreadable record is skipped and reported; the version is refused only past the configured share.</summary>
public sealed class PartialImportTests
{
    // The real EU excerpt with the names of entry 6106 removed: an EU entity without a name.
    private static SourceFile EuWithoutOneName()
    {
        var text = File.ReadAllText(TestFiles.FromFixture("Real", "eu-fsf-1_1-excerpt.xml").Name);
        var start = text.IndexOf("wholeName=\"Abu Zayd Umar DORDA\"", StringComparison.Ordinal);
        start = text.LastIndexOf("<nameAlias", start, StringComparison.Ordinal);
        var end = text.IndexOf("<birthdate", start, StringComparison.Ordinal);
        return new SourceFile("eu.xml", Encoding.UTF8.GetBytes(text.Remove(start, end - start)));
    }

    [Fact]
    public void Under_the_allowed_share_the_rest_is_imported_and_the_record_reported_with_place_and_reason()
    {
        var loader = new ListLoader(ListReaders.All, new ListLoaderLimits { MaxBadRecordShare = 0.25 });
        var result = loader.Load(EuWithoutOneName());
        var snapshot = Assert.Single(result.Snapshots);
        Assert.Equal(["191", "521", "3822", "6177"], snapshot.Entities.Select(e => e.SourceId));
        var warning = Assert.Single(result.Warnings);
        Assert.Matches(@"^eu\.xml, line \d+: record 6106 skipped: sanctionEntity 6106 has no nameAlias with a name$", warning);
    }

    [Fact]
    public void Past_the_default_one_percent_the_version_is_refused_naming_the_share_and_the_record()
    {
        var e = Assert.Throws<ListFormatException>(() => ListLoader.Default.Load(EuWithoutOneName()));
        Assert.Contains("1 of 5 records could not be read (20.0 %), more than the 1.0 % allowed", e.Message, StringComparison.Ordinal);
        Assert.Contains("record 6106 skipped", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_share_is_one_percent() => Assert.Equal(0.01, new ListLoaderLimits().MaxBadRecordShare);
}
