namespace Cordon.Risk.Synthetic;

/// <summary>Real employers, small agencies, known DPRK front companies and ways to make look-alikes of real domains.</summary>
internal static class Employers
{
    public static IReadOnlyList<(string Name, string Domain)> Large { get; } =
    [
        ("Accenture", "accenture.com"), ("Infosys", "infosys.com"), ("Shopify", "shopify.com"), ("Stripe", "stripe.com"),
        ("Atlassian", "atlassian.com"), ("EPAM Systems", "epam.com"), ("Globant", "globant.com"), ("SAP", "sap.com"),
        ("Capgemini", "capgemini.com"), ("Wipro", "wipro.com"), ("Tata Consultancy Services", "tcs.com"), ("Naver", "navercorp.com"),
        ("Kakao", "kakaocorp.com"), ("Samsung SDS", "samsungsds.com"), ("Rakuten", "rakuten.com"), ("Mercari", "mercari.com"),
        ("Alibaba", "alibaba.com"), ("Tencent", "tencent.com"), ("SoftServe", "softserveinc.com"), ("Thoughtworks", "thoughtworks.com"),
        ("Datadog", "datadoghq.com"), ("Twilio", "twilio.com"), ("Spotify", "spotify.com"), ("Zalando", "zalando.com"),
        ("Booking.com", "booking.com"), ("Adyen", "adyen.com"), ("Grab", "grab.com"), ("Mercado Libre", "mercadolibre.com"),
        ("Nubank", "nubank.com.br"), ("Andela", "andela.com"), ("Flutterwave", "flutterwave.com"), ("Microsoft", "microsoft.com"),
        ("Amazon", "amazon.com"), ("Oracle", "oracle.com"), ("IBM", "ibm.com"), ("Salesforce", "salesforce.com"),
        ("Coupang", "coupang.com"), ("LINE Yahoo", "lycorp.co.jp"), ("Cognizant", "cognizant.com"), ("Toptal", "toptal.com"),
    ];

    public static IReadOnlyList<string> SmallPrefixes { get; } =
        ["Brightline", "Northwind", "Bluepeak", "Cobalt", "Harbor", "Lumen", "Pinecrest", "Quartz", "Redwood", "Silverleaf", "Tidewater", "Vertex"];

    public static IReadOnlyList<string> SmallSuffixes { get; } = ["Digital", "Labs", "Software", "Studio", "Solutions", "Systems"];

    /// <summary>Front-company domains from ../shared/data/indicators/dprk_itw_indicators.csv.</summary>
    public static IReadOnlyList<(string Name, string Domain)> Fronts { get; } =
    [
        ("Inditech Lab", "inditechlab.com"), ("Tony Wang Tech", "tonywangtech.com"), ("WKJ LLC", "wkjllc.com"),
        ("HopanaTech", "hopanatech.com"), ("Shenyang Huguo Technology", "huguotechltd.com"),
    ];

    /// <summary>Universities by country of study.</summary>
    public static IReadOnlyDictionary<string, string[]> SchoolsByCountry { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["US"] = ["University of Texas at Austin", "Georgia Institute of Technology", "Arizona State University", "University of Washington", "Purdue University", "Boston University", "Ohio State University"],
        ["CA"] = ["University of Toronto", "University of British Columbia", "McGill University", "University of Waterloo"],
        ["GB"] = ["University of Manchester", "University of Edinburgh", "Imperial College London", "University of Leeds"],
        ["DE"] = ["Technical University of Munich", "Karlsruhe Institute of Technology", "TU Berlin"],
        ["FR"] = ["École Polytechnique", "INSA Lyon", "Université Paris-Saclay"],
        ["KR"] = ["Seoul National University", "KAIST", "Yonsei University", "Korea University", "POSTECH", "Hanyang University"],
        ["JP"] = ["University of Tokyo", "Kyoto University", "Tokyo Institute of Technology"],
        ["CN"] = ["Zhejiang University", "Tsinghua University", "Fudan University", "Sichuan University"],
        ["UA"] = ["Kyiv Polytechnic Institute", "Lviv Polytechnic National University", "Kharkiv National University of Radio Electronics"],
        ["IN"] = ["Indian Institute of Technology Bombay", "Anna University", "Vellore Institute of Technology", "BITS Pilani"],
        ["PH"] = ["University of the Philippines", "Ateneo de Manila University", "Mapúa University"],
        ["BR"] = ["Universidade de São Paulo", "Unicamp", "UFMG"],
        ["MX"] = ["UNAM", "Tecnológico de Monterrey", "Universidad de Guadalajara"],
        ["NG"] = ["University of Lagos", "Covenant University", "Obafemi Awolowo University"],
        ["PL"] = ["Warsaw University of Technology", "AGH University of Krakow", "Wrocław University of Science and Technology"],
        ["VN"] = ["Hanoi University of Science and Technology", "Vietnam National University", "Ho Chi Minh City University of Technology"],
        ["PK"] = ["NUST", "FAST National University", "LUMS"],
        ["RO"] = ["Politehnica University of Bucharest", "Babeș-Bolyai University"],
        ["ES"] = ["Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya"],
        ["IT"] = ["Politecnico di Milano", "Sapienza University of Rome", "Politecnico di Torino"],
        ["NL"] = ["TU Delft", "University of Amsterdam", "Eindhoven University of Technology"],
        ["SG"] = ["National University of Singapore", "Nanyang Technological University"],
        ["TW"] = ["National Taiwan University", "National Tsing Hua University"],
        ["AU"] = ["University of Sydney", "UNSW Sydney", "University of Melbourne"],
        ["AR"] = ["Universidad de Buenos Aires", "Universidad Tecnológica Nacional"],
        ["EG"] = ["Cairo University", "Ain Shams University"],
        ["KE"] = ["University of Nairobi", "Strathmore University"],
        ["TR"] = ["Middle East Technical University", "Boğaziçi University"],
        ["ID"] = ["Institut Teknologi Bandung", "Universitas Indonesia"],
    };

    public static IReadOnlyList<string> Schools { get; } =
    [
        "University of Texas at Austin", "Georgia Institute of Technology", "University of Toronto", "University of Manchester",
        "Technical University of Munich", "Seoul National University", "KAIST", "Yonsei University", "University of Tokyo",
        "Zhejiang University", "Kyiv Polytechnic Institute", "Indian Institute of Technology Bombay", "Anna University",
        "University of the Philippines", "Universidade de São Paulo", "UNAM", "University of Lagos", "Warsaw University of Technology",
        "Hanoi University of Science and Technology", "NUST", "Politehnica University of Bucharest", "Universidad Politécnica de Madrid",
        "Politecnico di Milano", "TU Delft", "National University of Singapore", "National Taiwan University", "University of Sydney",
        "Universidad de Buenos Aires", "Cairo University", "University of Nairobi", "Middle East Technical University", "Institut Teknologi Bandung",
        "Arizona State University", "University of Washington", "Purdue University", "Boston University",
    ];

    public static string LookAlike(Random random, string domain)
    {
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        var stem = domain[..dot];
        var tld = domain[dot..];
        switch (random.Next(5))
        {
            case 0:
                // Homoglyph substitution.
                foreach (var (from, to) in new[] { ("o", "0"), ("l", "1"), ("i", "l"), ("m", "rn"), ("e", "3") })
                {
                    var at = stem.IndexOf(from, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return stem[..at] + to + stem[(at + from.Length)..] + tld;
                    }
                }

                return stem + stem[^1] + tld;
            case 1:
                // Doubled letter.
                var i = random.Next(1, stem.Length);
                return stem[..i] + stem[i - 1] + stem[i..] + tld;
            case 2:
                // Added word.
                return stem + new[] { "-tech", "-labs", "solutions", "-inc", "-dev", "group" }[random.Next(6)] + tld;
            case 3:
                // Other top-level domain.
                return stem + new[] { ".co", ".net", ".io", ".org", ".us" }[random.Next(5)];
            default:
                // Swapped adjacent letters.
                var j = random.Next(0, stem.Length - 1);
                return stem[..j] + stem[j + 1] + stem[j] + stem[(j + 2)..] + tld;
        }
    }
}
