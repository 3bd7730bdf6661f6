using Cordon.Core;
using Cordon.Screening;

namespace Cordon.Screening.Tests;

public class SubjectInputTests
{
    [Fact]
    public void A_full_row_becomes_a_subject()
    {
        var input = new SubjectInput { Name = "  Kim Jong Un ", Type = "person", DateOfBirth = "1984-01-08", Nationality = "KP", Gender = "m" };

        Assert.True(input.TryCreate(out var subject, out var error), error);
        Assert.Equal("Kim Jong Un", subject.Name);
        Assert.Equal(SubjectKind.Person, subject.Kind);
        Assert.Equal(new PartialDate("1984-01-08", 1984, 1, 8), subject.DateOfBirth);
        Assert.Equal("KP", subject.Nationality);
        Assert.Equal("Male", subject.Gender);
    }

    [Fact]
    public void Half_a_surrogate_pair_in_any_field_is_refused_with_the_field()
    {
        Assert.False(new SubjectInput { Name = "Kim", Nationality = "\ud800" }.TryCreate(out _, out var error));
        Assert.Equal("nationality is not valid Unicode text: it holds half of a surrogate pair", error);
        Assert.False(new SubjectInput { Name = "Kim \udc00Jong" }.TryCreate(out _, out error));
        Assert.StartsWith("name is not valid", error, StringComparison.Ordinal);
        Assert.False(new SubjectInput { Name = "Kim", EmailAddresses = ["a@example.com", "b\ud800@example.com"] }.TryCreate(out _, out error));
        Assert.StartsWith("email_addresses[1] is not valid", error, StringComparison.Ordinal);
        Assert.True(new SubjectInput { Name = "Kim \U0001F600", Nationality = "KP" }.TryCreate(out _, out error), error);
    }

    [Theory]
    [InlineData("", "name is empty")]
    [InlineData("   ", "name is empty")]
    [InlineData("Kim\u0000Jong", "control characters")]
    public void Bad_names_are_refused_with_the_reason(string name, string expected)
    {
        Assert.False(new SubjectInput { Name = name }.TryCreate(out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_huge_name_is_refused_with_its_length()
    {
        var name = new string('A', SubjectInput.MaxNameLength + 1);

        Assert.False(new SubjectInput { Name = name }.TryCreate(out _, out var error));
        Assert.Contains($"{SubjectInput.MaxNameLength + 1} characters", error);
    }

    [Theory]
    [InlineData("1984")]
    [InlineData("1984-02")]
    [InlineData("1984-02-29")]
    public void Partial_and_full_dates_are_accepted(string date)
    {
        Assert.True(new SubjectInput { Name = "X", DateOfBirth = date }.TryCreate(out var subject, out _));
        Assert.Equal(1984, subject.DateOfBirth!.Year);
    }

    [Theory]
    [InlineData("1985-02-29")]
    [InlineData("1984-13-01")]
    [InlineData("08/01/1984")]
    [InlineData("84")]
    [InlineData("next year")]
    [InlineData("0001-01-01")]
    public void Impossible_or_ambiguous_dates_are_refused(string date)
    {
        Assert.False(new SubjectInput { Name = "X", DateOfBirth = date }.TryCreate(out _, out var error));
        Assert.Contains("date_of_birth", error);
        Assert.Contains(date, error);
    }

    [Theory]
    [InlineData("person", SubjectKind.Person)]
    [InlineData("ORGANISATION", SubjectKind.Organization)]
    [InlineData("organization", SubjectKind.Organization)]
    [InlineData("vessel", SubjectKind.Vessel)]
    [InlineData("aircraft", SubjectKind.Aircraft)]
    [InlineData("", SubjectKind.Any)]
    [InlineData("any", SubjectKind.Any)]
    public void Types_are_read_case_insensitively(string text, SubjectKind kind)
    {
        Assert.True(SubjectInput.TryParseKind(text, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void An_unknown_type_is_refused()
    {
        Assert.False(new SubjectInput { Name = "X", Type = "spaceship" }.TryCreate(out _, out var error));
        Assert.Contains("spaceship", error);
    }

    [Fact]
    public void An_identifier_alone_is_enough_to_screen()
    {
        var input = new SubjectInput { WalletAddresses = ["1AbCdEf"] };

        Assert.True(input.TryCreate(out var subject, out _));
        Assert.Equal(["1AbCdEf"], subject.WalletAddresses);
    }
}
