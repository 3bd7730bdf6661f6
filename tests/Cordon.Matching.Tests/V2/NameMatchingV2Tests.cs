using Cordon.Core;
using Cordon.Matching.Explanation;
using Cordon.Matching.Tests.Screening;

namespace Cordon.Matching.Tests.V2;

/// <summary>The feature families of cordon-name-v2, each in both directions: variants that must match, near-misses that must not.</summary>
public sealed class NameMatchingV2Tests
{
    private static readonly Matcher V1 = MatchingAlgorithms.Get(MatchingAlgorithms.V1);
    private static readonly Matcher V2 = MatchingAlgorithms.Get(MatchingAlgorithms.V2);

    private static void Matches(string a, string b, SubjectKind kind = SubjectKind.Any) =>
        Assert.True(V2.CompareNames(a, b, kind) >= V2.DefaultThreshold, V2.ExplainNames(a, b, kind).Describe());

    private static void DoesNotMatch(string a, string b, SubjectKind kind = SubjectKind.Any) =>
        Assert.True(V2.CompareNames(a, b, kind) < V2.DefaultThreshold, V2.ExplainNames(a, b, kind).Describe());

    [Theory]
    [InlineData("Volkswagen Aktiengesellschaft", "Volkswagen AG")]
    [InlineData("Rosneft Open Joint Stock Company", "Rosneft OAO")]
    [InlineData("Rosneft Open Joint Stock Company", "OJSC Rosneft")]
    [InlineData("Общество с ограниченной ответственностью Ромашка", "Romashka LLC")]
    [InlineData("Акционерное общество Алмаз", "Almaz JSC")]
    [InlineData("Alfa Societate cu Răspundere Limitată", "Alfa SRL")]
    [InlineData("Alfa Spółka z ograniczoną odpowiedzialnością", "Alfa Sp. z o.o.")]
    [InlineData("Sunrise Trading Limited", "Sunrise Trading Ltd")]
    [InlineData("Beta Gesellschaft mit beschränkter Haftung", "Beta GmbH")]
    public void Legal_forms_in_any_language_of_the_ELF_table_meet_their_abbreviation(string a, string b)
    {
        Matches(a, b, SubjectKind.Organization);
        Assert.True(V2.CompareNames(a, b, SubjectKind.Organization) >= V1.CompareNames(a, b, SubjectKind.Organization));
    }

    [Theory]
    [InlineData("Commerzbank AG", "Commerzbank GmbH")]
    [InlineData("Alfa SA", "Alfa SRL")]
    [InlineData("Romashka OAO", "Romashka OOO")]
    public void A_legal_form_of_another_kind_is_another_company(string a, string b)
    {
        DoesNotMatch(a, b, SubjectKind.Organization);
        Assert.Contains(V2.ExplainNames(a, b, SubjectKind.Organization).Notes, n => n.Contains("legal forms of different kinds", StringComparison.Ordinal));
    }

    [Fact]
    public void The_legal_form_table_is_the_ISO_20275_list_not_a_short_hand_typed_one() =>
        Assert.True(Cordon.Matching.Normalisation.LegalFormTable.RowCount > 3000);

    [Theory]
    [InlineData("Twenty-One Brigade", "21 Brigade")]
    [InlineData("Second Street Holdings", "2nd Street Holdings")]
    [InlineData("Acme International Trading", "Acme Int'l Trading")]
    [InlineData("Battalion Twenty One", "Battalion 21")]
    public void Numbers_in_words_ordinals_and_abbreviations_meet_their_written_forms(string a, string b) => Matches(a, b);

    [Theory]
    [InlineData("Ocean Star 2", "Ocean Star 3", SubjectKind.Vessel)]
    [InlineData("Ocean Star Two", "Ocean Star 3", SubjectKind.Vessel)]
    [InlineData("Battalion 21", "Battalion 22", SubjectKind.Organization)]
    [InlineData("33rd Light Infantry Division", "77th Light Infantry Division", SubjectKind.Organization)]
    [InlineData("Yard No. 1220 Shanghai Waigaoqiao", "Yard No. 1225 Shanghai Waigaoqiao", SubjectKind.Vessel)]
    [InlineData("Rim Group Investments I Corp.", "Rim Group Investments II Corp.", SubjectKind.Organization)]
    public void In_vessel_and_unit_names_the_number_is_the_identity(string a, string b, SubjectKind kind) => DoesNotMatch(a, b, kind);

    [Fact]
    public void A_differing_number_caps_a_name_that_otherwise_agrees_with_its_reason()
    {
        var comparison = V2.ExplainNames("Yard No. 1220 Shanghai Waigaoqiao", "Yard No. 1225 Shanghai Waigaoqiao", SubjectKind.Vessel);
        Assert.True(V1.CompareNames(comparison.Name1, comparison.Name2, SubjectKind.Vessel) >= V1.DefaultThreshold);
        Assert.Contains(comparison.Notes, n => n.Contains("numbers differ (1220 vs 1225)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bill Gates", "William Gates")]
    [InlineData("Peggy Smith", "Margaret Smith")]
    [InlineData("Alex Ivanov", "Alexander Ivanov")]
    [InlineData("Will Turner", "Bill Turner")]
    public void Given_name_short_forms_meet_the_full_name(string a, string b)
    {
        Matches(a, b, SubjectKind.Person);
        Assert.Contains(V2.ExplainNames(a, b, SubjectKind.Person).Tokens, t => t.Kind == AlignmentKind.ShortForm);
    }

    [Theory]
    [InlineData("Alexander Petrov", "Alexandra Petrova")]
    [InlineData("Bill Smith", "Roberto Smith")]
    [InlineData("Bill Gates", "Billy Bates")]
    [InlineData("Kim Jong Un", "Kimberly Jong")]
    public void Short_forms_do_not_join_other_names(string a, string b) => DoesNotMatch(a, b, SubjectKind.Person);

    [Theory]
    [InlineData("김종일", "김정일")]
    [InlineData("김정은", "김정일")]
    [InlineData("金正日", "金正恩")]
    [InlineData("キム ジョンイル", "キム ジョンウン")]
    public void Same_script_names_differing_by_one_syllable_or_character_are_different_names(string a, string b)
    {
        DoesNotMatch(a, b, SubjectKind.Person);
        Assert.Contains(V2.ExplainNames(a, b, SubjectKind.Person).Tokens, t => t.Kind is AlignmentKind.DifferentCharacter or AlignmentKind.Missing);
    }

    [Theory]
    [InlineData("김정일", "金正日")]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("金正恩", "KIM Jong Un")]
    [InlineData("Ким Чен Ын", "Kim Jong Un")]
    [InlineData("김정일", "김정일")]
    [InlineData("鄭", "郑")]
    public void Cross_script_pairs_still_go_through_transliteration(string a, string b) => Matches(a, b, SubjectKind.Person);

    [Theory]
    [InlineData("HSBC Bank Malta Limited", "HSBC Bank Canada Limited")]
    [InlineData("Petrochemical Commercial Company Iran", "Petrochemical Commercial Company Malaysia")]
    [InlineData("Bank Melli Iran Hamburg Branch", "Bank Melli Iran Paris Branch")]
    public void Countries_and_places_tell_companies_apart(string a, string b) => DoesNotMatch(a, b, SubjectKind.Organization);

    [Theory]
    [InlineData("Petrochemical Commercial Company Iran", "Petrochemical Commercial Co. (Iran)")]
    [InlineData("HSBC Bank Malta", "HSBC Bank Malta Limited")]
    public void The_same_country_or_no_country_word_on_one_side_does_not_cap(string a, string b) => Matches(a, b, SubjectKind.Organization);

    [Fact]
    public void A_bracketed_acronym_does_not_hide_the_name()
    {
        Matches("Global Relief Foundation", "Global Relief Foundation (GRF)", SubjectKind.Organization);
        Assert.True(V1.CompareNames("Global Relief Foundation", "Global Relief Foundation (GRF)", SubjectKind.Organization) < V1.DefaultThreshold);
        var index = V2.BuildIndex([Entities.Organisation("grf", "Global Relief Foundation (GRF)"), Entities.Organisation("other", "Global Relief Trust")]);
        var byName = index.Screen(new ScreeningSubject { Name = "Global Relief Foundation", Kind = SubjectKind.Organization });
        Assert.Equal("grf", byName[0].Entity.SourceId);
        Assert.True(byName[0].Score >= V2.DefaultThreshold);
        var byAcronym = index.Screen(new ScreeningSubject { Name = "GRF", Kind = SubjectKind.Organization });
        Assert.Equal("grf", byAcronym[0].Entity.SourceId);
    }

    [Fact]
    public void A_bracketed_word_that_is_not_an_acronym_of_the_name_stays() =>
        DoesNotMatch("Korea Tangun Trading Corporation", "Korea Tangun Trading Corporation (Pyongyang Branch)", SubjectKind.Organization);

    [Theory]
    [InlineData("HARZI, Ali", "Ali ben Taher ben Faleh Harzi")]
    [InlineData("Mehrez al-Amdouni", "Mehrez ben Mahmoud ben Sassi al-Amdouni")]
    [InlineData("Usama Bin Ladin", "Usama Bin Muhammad Bin Awad Bin Ladin")]
    [InlineData("Jong Un Kim", "KIM, Jong Un")]
    [InlineData("TABATABAEI, Sayyid Ali Akbar", "Ali Akbar Tabatabaei")]
    [InlineData("Hamada Ould Mohamed Kheirou", "Hamada Kheirou")]
    public void A_name_without_its_lineage_or_in_another_order_meets_the_full_name(string a, string b)
    {
        Matches(a, b, SubjectKind.Person);
        Assert.True(V2.CompareNames(a, b, SubjectKind.Person) >= V1.CompareNames(a, b, SubjectKind.Person));
    }

    [Theory]
    [InlineData("GADHAFI, Saif al-Islam", "GADHAFI, Saif al-Arab")]
    [InlineData("Ali Hassan", "Ali Hassan al-Majid al-Tikriti")]
    [InlineData("Maria Garcia", "GARCIA ALBERT, Maria Remedios")]
    [InlineData("Mehrez Amdouni", "Mehrez ben Mahmoud ben Sassi al-Tunisi")]
    [InlineData("Kim Jong", "Kim Jong Un")]
    [InlineData("Omar Sabawi Ibrahim Hasan al-Tikriti", "Ayman Sabawi Ibrahim Hasan al-Tikriti")]
    [InlineData("Kim Un Jong", "Kim Jong Un")]
    public void Different_people_sharing_most_words_stay_apart(string a, string b) => DoesNotMatch(a, b, SubjectKind.Person);
}
