using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacRemarksParserTests
{
    [Fact]
    public void Splits_at_semicolons_but_not_inside_a_quoted_alias()
    {
        var items = OfacRemarksParser.Split("DOB 1966; a.k.a. 'ONE; TWO'; a.k.a. 'ABU-'UBAYDAH'; POB Cairo, Egypt.");
        Assert.Equal(["DOB 1966", "a.k.a. 'ONE; TWO'", "a.k.a. 'ABU-'UBAYDAH'", "POB Cairo, Egypt."], items);
    }

    [Fact]
    public void Quoted_aliases_are_weak_and_keep_inner_quotes()
    {
        var r = OfacRemarksParser.Parse("a.k.a. 'ONE; TWO'; a.k.a. 'ABU-'UBAYDAH'; f.k.a. 'OLD NAME'; n.k.a. 'NEW NAME'.");
        Assert.Equal(
            [
                new Alias("ONE; TWO", AliasStrength.Weak, "aka"),
                new Alias("ABU-'UBAYDAH", AliasStrength.Weak, "aka"),
                new Alias("OLD NAME", AliasStrength.Weak, "fka"),
                new Alias("NEW NAME", AliasStrength.Weak, "nka"),
            ],
            r.Aliases);
        Assert.Empty(r.Unmapped);
    }

    [Fact]
    public void Reads_personal_details()
    {
        var r = OfacRemarksParser.Parse("DOB 14 Nov 1966; alt. DOB circa 1970; POB Pyongyang, North Korea; nationality Korea, North; citizen Korea, North; Gender Female.");
        Assert.Equal([new PartialDate("14 Nov 1966", 1966, 11, 14), new PartialDate("circa 1970", 1970, Approximate: true)], r.DatesOfBirth);
        Assert.Equal(["Pyongyang, North Korea"], r.PlacesOfBirth);
        Assert.Equal(["Korea, North"], r.Nationalities);
        Assert.Equal(["Korea, North"], r.Citizenships);
        Assert.Equal("Female", r.Gender);
        Assert.Empty(r.Unmapped);
    }

    [Theory]
    [InlineData("Passport 472330208 (Korea, North) expires 04 Jul 2017", "Passport", "472330208", "Korea, North", "expires 04 Jul 2017")]
    [InlineData("alt. Passport PS 472330208 (Korea, North)", "Passport", "PS 472330208", "Korea, North", null)]
    [InlineData("National ID No. 660000 73767 (Belgium)", "National ID No.", "660000 73767", "Belgium", null)]
    [InlineData("Identification Number 210302198701102136 (China)", "Identification Number", "210302198701102136", "China", null)]
    [InlineData("Vessel Registration Identification IMO 7937317.", "Vessel Registration Identification", "IMO 7937317", null, null)]
    [InlineData("Tax ID No. AABA 670850 Y", "Tax ID No.", "AABA 670850 Y", null, null)]
    [InlineData("SWIFT/BIC HAVIGB2L", "SWIFT/BIC", "HAVIGB2L", null, null)]
    [InlineData("C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968", "C.U.R.P.", "AIMM67125HCHRRG06", "Mexico", "issued 1968")]
    [InlineData("Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)", "Unified Social Credit Code (USCC)", "91222401MA0Y31E659", "China", null)]
    [InlineData("Tarjeta Profesional 186785 (Abogado) (Colombia)", null, null, null, null)]
    [InlineData("Passport No.: 0310857, Eritrea, Issue Date 21 August 2006, Expire Date 20 August 2008)", "Passport No.", "0310857, Eritrea", null, "Issue Date 21 August 2006, Expire Date 20 August 2008)")]
    public void Reads_identity_documents(string item, string? type, string? number, string? country, string? note)
    {
        var r = OfacRemarksParser.Parse(item);
        if (type is null)
        {
            Assert.Empty(r.Documents);
            Assert.Equal([item], r.Unmapped);
            return;
        }

        Assert.Equal(new IdentityDocument(type, number!, country, note), Assert.Single(r.Documents));
        Assert.Empty(r.Unmapped);
    }

    [Fact]
    public void Reads_contacts_and_digital_currency_addresses_of_any_currency()
    {
        var r = OfacRemarksParser.Parse(
            "Email Address x@example.kp; Website www.example.com; Phone Number 8613314257947; alt. Phone Number 8618004121000; " +
            "Fax: 0097282858208; Digital Currency Address - XBT 1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE; " +
            "alt. Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c; Digital Currency Address - XMR 4AbCd; " +
            "Digital Currency Address - USDT TQ1x; Digital Currency Address - TRX TQ2y.");
        Assert.Equal(["x@example.kp"], r.EmailAddresses);
        Assert.Equal(["www.example.com"], r.Websites);
        Assert.Equal(["8613314257947", "8618004121000", "0097282858208"], r.PhoneNumbers);
        Assert.Equal(
            [
                new DigitalCurrencyAddress("XBT", "1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE"),
                new DigitalCurrencyAddress("ETH", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"),
                new DigitalCurrencyAddress("XMR", "4AbCd"),
                new DigitalCurrencyAddress("USDT", "TQ1x"),
                new DigitalCurrencyAddress("TRX", "TQ2y"),
            ],
            r.DigitalCurrencyAddresses);
        Assert.Empty(r.Unmapped);
    }

    [Fact]
    public void Reads_links_particulars_and_keeps_the_rest_unmapped()
    {
        var r = OfacRemarksParser.Parse(
            "Additional Sanctions Information - Subject to Secondary Sanctions; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; " +
            "Aircraft Model AN24-RV; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Former Vessel Flag Tanzania; alt. Former Vessel Flag Malta; " +
            "Nationality of Registration Russia; Organization Established Date 25 Sep 2018; Chairman of the Workers' Party of Korea; Linked To: LAZARUS GROUP.");
        Assert.Equal(["LAZARUS GROUP."], r.LinkedTo);
        Assert.Equal(
            [
                new KeyValuePair<string, string>("Aircraft Model", "AN24-RV"),
                new KeyValuePair<string, string>("Aircraft Manufacturer's Serial Number (MSN)", "1023409321"),
                new KeyValuePair<string, string>("Former Vessel Flag", "Tanzania"),
                new KeyValuePair<string, string>("Former Vessel Flag", "Malta"),
                new KeyValuePair<string, string>("Nationality of Registration", "Russia"),
            ],
            r.Particulars);
        Assert.Empty(r.Nationalities);
        Assert.Equal([new PartialDate("25 Sep 2018", 2018, 9, 25)], r.EstablishedDates);
        Assert.Equal(
            [
                "Additional Sanctions Information - Subject to Secondary Sanctions",
                "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210",
                "Chairman of the Workers' Party of Korea",
            ],
            r.Unmapped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-0- ")]
    public void Empty_remarks_give_an_empty_result(string? remarks)
    {
        var r = OfacRemarksParser.Parse(remarks);
        Assert.Empty(r.Unmapped);
        Assert.Empty(r.Aliases);
        Assert.Null(r.Gender);
    }

    [Fact]
    public void Programs_are_split_and_unbracketed()
    {
        Assert.Equal(["DPRK3", "DPRK2"], OfacCsvReader.SplitPrograms("DPRK3] [DPRK2"));
        Assert.Equal(["NPWMD", "IFSR", "IRAN-CON-ARMS-EO"], OfacCsvReader.SplitPrograms("[NPWMD] [IFSR] [IRAN-CON-ARMS-EO]"));
        Assert.Empty(OfacCsvReader.SplitPrograms("-0- "));
    }
}
