namespace Cordon.Population.Fieldwork;

/// <summary>A city someone can live in: region, postal-code shape (# digit, A letter) and IANA time zone.</summary>
internal sealed record City(string Name, string Region, string Postal, string TimeZone);

/// <summary>What the generator knows about a country: places, phones, languages, names, networks and banks.</summary>
internal sealed record Country(
    string Code,
    string Name,
    City[] Cities,
    string PhonePrefix,
    string PhonePattern,
    string AcceptLanguage,
    string Culture,
    int[] HomeAsns,
    int[] MobileAsns,
    string[] Banks,
    string? IbanBban,
    string[] MailDomains);

/// <summary>Networks that are not someone's home line: universities, hosting, VPNs, travel Wi-Fi.</summary>
internal static class Networks
{
    public static readonly (int Asn, string Country, string Name)[] Universities =
    [
        (3, "US", "Massachusetts Institute of Technology"), (32, "US", "Stanford University"), (25, "US", "University of California, Berkeley"),
        (239, "CA", "University of Toronto"), (786, "GB", "University of Manchester"), (680, "DE", "Technische Universität Berlin"),
        (12816, "DE", "Technical University of Munich"), (9488, "KR", "Seoul National University"), (1781, "KR", "KAIST"),
        (2907, "JP", "University of Tokyo"), (55824, "IN", "Indian Institute of Technology Delhi"), (7575, "AU", "University of Melbourne"),
        (1916, "BR", "Universidade de São Paulo"),
    ];

    /// <summary>Cloud and hosting networks: developers' cloud boxes, and the VPS exits fraud teams rent.</summary>
    public static readonly int[] Hosting = [16509, 14061, 16276, 24940, 63949, 20473, 396982, 8075, 60781, 395092];

    /// <summary>Commercial VPN exits (M247, Datacamp, PacketHub, Cyberzone/Surfshark, Proton, 31173, tzulo).</summary>
    public static readonly int[] PrivacyVpn = [9009, 212238, 207137, 209854, 208172, 39351, 11878];

    /// <summary>Where Astrill-style VPN exits sit: rented servers in the US, Europe and Asia.</summary>
    public static readonly int[] AstrillLike = [9009, 212238, 60781, 11878, 395092, 20473, 16276];

    public const int Zscaler = 53813;
    public const int Cloudflare = 13335;
    public const int AkamaiRelay = 36183;
    public const int Starlink = 14593;
    public static readonly int[] TravelWifi = [7448, 26485, 40959];
    public const int StarJointVenture = 131279;
    public static readonly int[] HongKong = [4760, 9381];

    public static IEnumerable<int> AllAsns()
    {
        foreach (var u in Universities) yield return u.Asn;
        foreach (var a in Hosting) yield return a;
        foreach (var a in PrivacyVpn) yield return a;
        foreach (var a in AstrillLike) yield return a;
        foreach (var a in TravelWifi) yield return a;
        foreach (var a in HongKong) yield return a;
        yield return Zscaler; yield return Cloudflare; yield return AkamaiRelay; yield return Starlink; yield return StarJointVenture;
        foreach (var c in Geography.All)
        {
            foreach (var a in c.HomeAsns) yield return a;
            foreach (var a in c.MobileAsns) yield return a;
        }
    }
}

/// <summary>The countries of the population.</summary>
internal static class Geography
{
    private static readonly string[] Global = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"];

    public static readonly Country[] All =
    [
        new("US", "United States",
            [new("New York", "NY", "100##", "America/New_York"), new("Austin", "TX", "787##", "America/Chicago"), new("Chicago", "IL", "606##", "America/Chicago"),
             new("Seattle", "WA", "981##", "America/Los_Angeles"), new("San Francisco", "CA", "941##", "America/Los_Angeles"), new("Denver", "CO", "802##", "America/Denver"),
             new("Atlanta", "GA", "303##", "America/New_York"), new("Phoenix", "AZ", "850##", "America/Phoenix"), new("Raleigh", "NC", "276##", "America/New_York"),
             new("Minneapolis", "MN", "554##", "America/Chicago"), new("Portland", "OR", "972##", "America/Los_Angeles"), new("Nashville", "TN", "372##", "America/Chicago"),
             new("Baltimore", "MD", "212##", "America/New_York"), new("Los Angeles", "CA", "900##", "America/Los_Angeles"), new("Fort Lee", "NJ", "070##", "America/New_York"),
             new("Irvine", "CA", "926##", "America/Los_Angeles"), new("Columbus", "OH", "432##", "America/New_York")],
            "+1", "### ### ####", "en-US,en;q=0.9", "us", [7922, 7018, 701, 20115, 22773], [21928, 6167, 20057],
            ["Chase", "Bank of America", "Wells Fargo", "Citibank", "Capital One", "US Bank", "Navy Federal Credit Union"], null, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]),
        new("CA", "Canada",
            [new("Toronto", "ON", "M#A #A#", "America/Toronto"), new("Vancouver", "BC", "V#A #A#", "America/Vancouver"), new("Montreal", "QC", "H#A #A#", "America/Toronto"), new("Calgary", "AB", "T#A #A#", "America/Edmonton")],
            "+1", "### ### ####", "en-CA,en;q=0.9", "us", [577, 812, 6327, 852, 5769], [812, 852],
            ["RBC Royal Bank", "TD Canada Trust", "Scotiabank", "BMO", "CIBC"], null, ["gmail.com", "outlook.com", "yahoo.ca", "hotmail.com"]),
        new("GB", "United Kingdom",
            [new("London", "England", "E# #AA", "Europe/London"), new("Manchester", "England", "M# #AA", "Europe/London"), new("Edinburgh", "Scotland", "EH# #AA", "Europe/London"), new("Bristol", "England", "BS# #AA", "Europe/London")],
            "+44", "#### ######", "en-GB,en;q=0.9", "gb", [2856, 5089, 5607, 13285], [2856],
            ["Barclays", "HSBC UK", "Lloyds Bank", "NatWest", "Monzo", "Starling Bank"], "AAAA##############", ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"]),
        new("DE", "Germany",
            [new("Berlin", "Berlin", "10###", "Europe/Berlin"), new("Munich", "Bavaria", "80###", "Europe/Berlin"), new("Hamburg", "Hamburg", "20###", "Europe/Berlin"), new("Cologne", "North Rhine-Westphalia", "50###", "Europe/Berlin")],
            "+49", "### ########", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de", [3320, 3209, 6805, 8881], [3320, 6805],
            ["Deutsche Bank", "Commerzbank", "Sparkasse", "ING Deutschland", "N26", "DKB"], "##################", ["gmail.com", "gmx.de", "web.de", "outlook.de", "posteo.de"]),
        new("FR", "France",
            [new("Paris", "Île-de-France", "750##", "Europe/Paris"), new("Lyon", "Auvergne-Rhône-Alpes", "6900#", "Europe/Paris"), new("Toulouse", "Occitanie", "310##", "Europe/Paris"), new("Nantes", "Pays de la Loire", "440##", "Europe/Paris")],
            "+33", "# ## ## ## ##", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr", [3215, 12322, 15557, 5410], [3215, 5410],
            ["BNP Paribas", "Société Générale", "Crédit Agricole", "La Banque Postale", "Boursorama"], "#######################", ["gmail.com", "orange.fr", "free.fr", "outlook.fr", "laposte.net"]),
        new("ES", "Spain",
            [new("Madrid", "Madrid", "280##", "Europe/Madrid"), new("Barcelona", "Catalonia", "080##", "Europe/Madrid"), new("Valencia", "Valencia", "460##", "Europe/Madrid"), new("Málaga", "Andalusia", "290##", "Europe/Madrid")],
            "+34", "### ### ###", "es-ES,es;q=0.9,en;q=0.8", "es", [3352, 12479, 12430], [3352, 12430],
            ["Santander", "BBVA", "CaixaBank", "Sabadell", "Bankinter"], "####################", ["gmail.com", "hotmail.es", "outlook.es", "yahoo.es"]),
        new("PT", "Portugal",
            [new("Lisbon", "Lisbon", "1###-###", "Europe/Lisbon"), new("Porto", "Porto", "4###-###", "Europe/Lisbon"), new("Braga", "Braga", "47##-###", "Europe/Lisbon")],
            "+351", "### ### ###", "pt-PT,pt;q=0.9,en;q=0.8", "pt", [3243, 2860, 12353], [3243, 12353],
            ["Millennium BCP", "Caixa Geral de Depósitos", "Novo Banco", "Santander Totta", "ActivoBank"], "#####################", ["gmail.com", "sapo.pt", "outlook.pt"]),
        new("NL", "Netherlands",
            [new("Amsterdam", "North Holland", "10## AA", "Europe/Amsterdam"), new("Rotterdam", "South Holland", "30## AA", "Europe/Amsterdam"), new("Utrecht", "Utrecht", "35## AA", "Europe/Amsterdam")],
            "+31", "# ########", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl", [1136, 33915], [1136],
            ["ING", "ABN AMRO", "Rabobank", "bunq", "SNS"], "AAAA##########", ["gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl"]),
        new("PL", "Poland",
            [new("Warsaw", "Masovian", "00-###", "Europe/Warsaw"), new("Kraków", "Lesser Poland", "30-###", "Europe/Warsaw"), new("Wrocław", "Lower Silesian", "50-###", "Europe/Warsaw"), new("Gdańsk", "Pomeranian", "80-###", "Europe/Warsaw")],
            "+48", "### ### ###", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pl", [5617, 12741], [5617, 12912],
            ["PKO Bank Polski", "mBank", "ING Bank Śląski", "Santander Bank Polska", "Pekao"], "########################", ["gmail.com", "wp.pl", "onet.pl", "interia.pl", "o2.pl"]),
        new("UA", "Ukraine",
            [new("Kyiv", "Kyiv", "01###", "Europe/Kyiv"), new("Lviv", "Lviv Oblast", "79###", "Europe/Kyiv"), new("Kharkiv", "Kharkiv Oblast", "61###", "Europe/Kyiv"), new("Dnipro", "Dnipropetrovsk Oblast", "49###", "Europe/Kyiv"), new("Odesa", "Odesa Oblast", "65###", "Europe/Kyiv")],
            "+380", "## ### ####", "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "ua", [15895, 6849, 25229], [15895],
            ["PrivatBank", "Monobank", "Oschadbank", "Raiffeisen Bank Ukraine", "PUMB"], "#########################", ["gmail.com", "ukr.net", "i.ua", "outlook.com"]),
        new("RO", "Romania",
            [new("Bucharest", "Bucharest", "0#####", "Europe/Bucharest"), new("Cluj-Napoca", "Cluj", "400###", "Europe/Bucharest"), new("Iași", "Iași", "700###", "Europe/Bucharest")],
            "+40", "### ### ###", "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7", "ro", [8708, 9050], [9050],
            ["Banca Transilvania", "BCR", "ING Bank România", "BRD"], "AAAA################", ["gmail.com", "yahoo.com", "outlook.com"]),
        new("IT", "Italy",
            [new("Milan", "Lombardy", "201##", "Europe/Rome"), new("Rome", "Lazio", "001##", "Europe/Rome"), new("Turin", "Piedmont", "101##", "Europe/Rome"), new("Bologna", "Emilia-Romagna", "401##", "Europe/Rome")],
            "+39", "### ### ####", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7", "it", [3269, 12874, 1267], [1267],
            ["Intesa Sanpaolo", "UniCredit", "Fineco", "BPER Banca"], "A######################", ["gmail.com", "libero.it", "outlook.it", "virgilio.it"]),
        new("SE", "Sweden",
            [new("Stockholm", "Stockholm", "1## ##", "Europe/Stockholm"), new("Gothenburg", "Västra Götaland", "4## ##", "Europe/Stockholm")],
            "+46", "## ### ## ##", "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7", "se", [3301, 8473], [3301],
            ["Swedbank", "SEB", "Handelsbanken", "Nordea"], "####################", ["gmail.com", "outlook.com", "hotmail.se"]),
        new("RS", "Serbia",
            [new("Belgrade", "Belgrade", "11###", "Europe/Belgrade"), new("Novi Sad", "Vojvodina", "21###", "Europe/Belgrade")],
            "+381", "## ### ####", "sr-RS,sr;q=0.9,en-US;q=0.8,en;q=0.7", "rs", [8400, 31042], [8400],
            ["Banca Intesa Beograd", "Raiffeisen banka", "UniCredit Bank Srbija"], "##################", ["gmail.com", "outlook.com", "yahoo.com"]),
        new("GE", "Georgia",
            [new("Tbilisi", "Tbilisi", "01##", "Asia/Tbilisi"), new("Batumi", "Adjara", "60##", "Asia/Tbilisi")],
            "+995", "### ## ## ##", "ka-GE,ka;q=0.9,en-US;q=0.8,en;q=0.7", "ge", [16010, 35805], [16010],
            ["TBC Bank", "Bank of Georgia", "Liberty Bank"], "AA################", ["gmail.com", "outlook.com"]),
        new("TR", "Turkey",
            [new("Istanbul", "Istanbul", "34###", "Europe/Istanbul"), new("Ankara", "Ankara", "06###", "Europe/Istanbul"), new("Izmir", "Izmir", "35###", "Europe/Istanbul")],
            "+90", "### ### ## ##", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "tr", [9121, 34984], [9121],
            ["Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank", "Yapı Kredi"], "######################", ["gmail.com", "hotmail.com", "outlook.com", "yandex.com"]),
        new("IN", "India",
            [new("Bengaluru", "Karnataka", "560###", "Asia/Kolkata"), new("Hyderabad", "Telangana", "500###", "Asia/Kolkata"), new("Pune", "Maharashtra", "411###", "Asia/Kolkata"),
             new("Chennai", "Tamil Nadu", "600###", "Asia/Kolkata"), new("New Delhi", "Delhi", "110###", "Asia/Kolkata"), new("Kolkata", "West Bengal", "700###", "Asia/Kolkata"), new("Ahmedabad", "Gujarat", "380###", "Asia/Kolkata"), new("Jaipur", "Rajasthan", "302###", "Asia/Kolkata")],
            "+91", "##### #####", "en-IN,en;q=0.9,hi;q=0.8", "in", [24309, 9829, 17488, 24560], [55836, 24560],
            ["State Bank of India", "HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"], null, ["gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"]),
        new("PK", "Pakistan",
            [new("Lahore", "Punjab", "54###", "Asia/Karachi"), new("Karachi", "Sindh", "74###", "Asia/Karachi"), new("Islamabad", "Islamabad Capital Territory", "44###", "Asia/Karachi"), new("Faisalabad", "Punjab", "38###", "Asia/Karachi")],
            "+92", "### #######", "en-US,en;q=0.9,ur;q=0.8", "pk", [17557, 23674, 9541], [17557],
            ["Meezan Bank", "HBL", "UBL", "Bank Alfalah", "MCB Bank"], "AAAA################", ["gmail.com", "yahoo.com", "outlook.com"]),
        new("BD", "Bangladesh",
            [new("Dhaka", "Dhaka Division", "12##", "Asia/Dhaka"), new("Chittagong", "Chittagong Division", "40##", "Asia/Dhaka")],
            "+880", "#### ######", "en-US,en;q=0.9,bn;q=0.8", "bd", [17494, 23688], [24389],
            ["BRAC Bank", "Dutch-Bangla Bank", "City Bank", "Islami Bank Bangladesh"], null, ["gmail.com", "yahoo.com"]),
        new("PH", "Philippines",
            [new("Manila", "Metro Manila", "1###", "Asia/Manila"), new("Quezon City", "Metro Manila", "11##", "Asia/Manila"), new("Cebu City", "Central Visayas", "6000", "Asia/Manila"), new("Davao City", "Davao Region", "8000", "Asia/Manila")],
            "+63", "### ### ####", "en-US,en;q=0.9,fil;q=0.8", "ph", [9299, 17639], [4775, 10139],
            ["BDO Unibank", "BPI", "Metrobank", "UnionBank", "Security Bank"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("VN", "Vietnam",
            [new("Ho Chi Minh City", "Ho Chi Minh City", "7#####", "Asia/Ho_Chi_Minh"), new("Hanoi", "Hanoi", "1#####", "Asia/Ho_Chi_Minh"), new("Da Nang", "Da Nang", "55####", "Asia/Ho_Chi_Minh")],
            "+84", "### ### ###", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vn", [45899, 18403], [7552],
            ["Vietcombank", "Techcombank", "VPBank", "BIDV", "MB Bank"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("ID", "Indonesia",
            [new("Jakarta", "DKI Jakarta", "1####", "Asia/Jakarta"), new("Bandung", "West Java", "40###", "Asia/Jakarta"), new("Yogyakarta", "Yogyakarta", "55###", "Asia/Jakarta"), new("Denpasar", "Bali", "80###", "Asia/Makassar")],
            "+62", "### #### ####", "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id", [7713, 17451], [4761],
            ["Bank Central Asia", "Bank Mandiri", "BNI", "BRI", "Jenius"], null, ["gmail.com", "yahoo.co.id", "outlook.com"]),
        new("TH", "Thailand",
            [new("Bangkok", "Bangkok", "10###", "Asia/Bangkok"), new("Chiang Mai", "Chiang Mai", "50###", "Asia/Bangkok"), new("Phuket", "Phuket", "83###", "Asia/Bangkok")],
            "+66", "## ### ####", "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7", "th", [7470, 45758], [7470],
            ["Kasikornbank", "Bangkok Bank", "SCB", "Krungthai Bank"], null, ["gmail.com", "hotmail.com", "outlook.com"]),
        new("MY", "Malaysia",
            [new("Kuala Lumpur", "Federal Territory of Kuala Lumpur", "5####", "Asia/Kuala_Lumpur"), new("Penang", "Penang", "1####", "Asia/Kuala_Lumpur")],
            "+60", "## ### ####", "en-MY,en;q=0.9,ms;q=0.8", "my", [4788, 9930], [9534],
            ["Maybank", "CIMB", "Public Bank", "RHB"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("SG", "Singapore",
            [new("Singapore", "Singapore", "######", "Asia/Singapore")],
            "+65", "#### ####", "en-SG,en;q=0.9", "sg", [3758, 4657], [3758],
            ["DBS", "OCBC", "UOB"], null, ["gmail.com", "outlook.com", "yahoo.com.sg"]),
        new("AE", "United Arab Emirates",
            [new("Dubai", "Dubai", "", "Asia/Dubai"), new("Abu Dhabi", "Abu Dhabi", "", "Asia/Dubai"), new("Sharjah", "Sharjah", "", "Asia/Dubai")],
            "+971", "## ### ####", "en-US,en;q=0.9,ar;q=0.8", "ae", [5384, 15802], [5384, 15802],
            ["Emirates NBD", "ADCB", "Mashreq", "FAB"], "###################", ["gmail.com", "outlook.com", "yahoo.com"]),
        new("EG", "Egypt",
            [new("Cairo", "Cairo", "11###", "Africa/Cairo"), new("Alexandria", "Alexandria", "21###", "Africa/Cairo")],
            "+20", "### ### ####", "ar-EG,ar;q=0.9,en-US;q=0.8,en;q=0.7", "eg", [8452, 24863], [24835],
            ["National Bank of Egypt", "CIB", "Banque Misr", "QNB Alahli"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("NG", "Nigeria",
            [new("Lagos", "Lagos", "1#####", "Africa/Lagos"), new("Abuja", "FCT", "900###", "Africa/Lagos"), new("Ibadan", "Oyo", "200###", "Africa/Lagos")],
            "+234", "### ### ####", "en-NG,en;q=0.9", "ng", [37282], [29465, 36873],
            ["GTBank", "Access Bank", "Zenith Bank", "First Bank", "Kuda"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("KE", "Kenya",
            [new("Nairobi", "Nairobi", "00###", "Africa/Nairobi"), new("Mombasa", "Mombasa", "80###", "Africa/Nairobi")],
            "+254", "### ######", "en-KE,en;q=0.9,sw;q=0.8", "ke", [15808], [33771],
            ["Equity Bank", "KCB", "Co-operative Bank", "NCBA"], null, ["gmail.com", "yahoo.com", "outlook.com"]),
        new("BR", "Brazil",
            [new("São Paulo", "SP", "0####-###", "America/Sao_Paulo"), new("Rio de Janeiro", "RJ", "2####-###", "America/Sao_Paulo"), new("Belo Horizonte", "MG", "3####-###", "America/Sao_Paulo"), new("Florianópolis", "SC", "88###-###", "America/Sao_Paulo"), new("Recife", "PE", "5####-###", "America/Recife")],
            "+55", "## ##### ####", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "br", [28573, 18881, 7738], [27699],
            ["Itaú", "Bradesco", "Nubank", "Banco do Brasil", "Inter"], null, ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br"]),
        new("AR", "Argentina",
            [new("Buenos Aires", "CABA", "C1###AAA", "America/Argentina/Buenos_Aires"), new("Córdoba", "Córdoba", "X5###AAA", "America/Argentina/Cordoba"), new("Rosario", "Santa Fe", "S2###AAA", "America/Argentina/Buenos_Aires")],
            "+54", "## #### ####", "es-AR,es;q=0.9,en;q=0.8", "latam", [7303, 22927], [7303],
            ["Banco Galicia", "Santander Argentina", "BBVA Argentina", "Banco Nación", "Brubank"], null, ["gmail.com", "hotmail.com", "outlook.com"]),
        new("MX", "Mexico",
            [new("Mexico City", "CDMX", "0####", "America/Mexico_City"), new("Guadalajara", "Jalisco", "44###", "America/Mexico_City"), new("Monterrey", "Nuevo León", "64###", "America/Monterrey"), new("Oaxaca", "Oaxaca", "68###", "America/Mexico_City")],
            "+52", "## #### ####", "es-MX,es;q=0.9,en;q=0.8", "latam", [8151, 13999, 22884], [8151],
            ["BBVA México", "Banorte", "Santander México", "Citibanamex"], null, ["gmail.com", "hotmail.com", "outlook.com"]),
        new("CO", "Colombia",
            [new("Bogotá", "Bogotá D.C.", "11####", "America/Bogota"), new("Medellín", "Antioquia", "050###", "America/Bogota"), new("Cali", "Valle del Cauca", "76####", "America/Bogota")],
            "+57", "### ### ####", "es-CO,es;q=0.9,en;q=0.8", "latam", [10620, 19429, 13489], [10620],
            ["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi"], null, ["gmail.com", "hotmail.com", "outlook.com"]),
        new("AU", "Australia",
            [new("Sydney", "NSW", "2###", "Australia/Sydney"), new("Melbourne", "VIC", "3###", "Australia/Melbourne"), new("Brisbane", "QLD", "4###", "Australia/Brisbane"), new("Perth", "WA", "6###", "Australia/Perth")],
            "+61", "### ### ###", "en-AU,en;q=0.9", "gb", [1221, 4804, 7545, 4764], [1221, 4804],
            ["Commonwealth Bank", "Westpac", "ANZ", "NAB", "ING Australia"], null, ["gmail.com", "outlook.com", "bigpond.com", "icloud.com"]),
        new("NZ", "New Zealand",
            [new("Auckland", "Auckland", "10##", "Pacific/Auckland"), new("Wellington", "Wellington", "60##", "Pacific/Auckland")],
            "+64", "## ### ####", "en-NZ,en;q=0.9", "gb", [4771, 9500], [4771],
            ["ANZ New Zealand", "ASB", "BNZ", "Kiwibank"], null, ["gmail.com", "outlook.com", "xtra.co.nz"]),
        new("JP", "Japan",
            [new("Tokyo", "Tokyo", "1##-####", "Asia/Tokyo"), new("Osaka", "Osaka", "5##-####", "Asia/Tokyo"), new("Fukuoka", "Fukuoka", "81#-####", "Asia/Tokyo"), new("Sapporo", "Hokkaido", "06#-####", "Asia/Tokyo"), new("Nagoya", "Aichi", "45#-####", "Asia/Tokyo")],
            "+81", "## #### ####", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "jp", [4713, 2516, 17676, 2527], [2516, 17676],
            ["MUFG Bank", "SMBC", "Mizuho Bank", "Rakuten Bank", "Japan Post Bank"], null, ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "outlook.jp", "icloud.com"]),
        new("KR", "South Korea",
            [new("Seoul", "Seoul", "0####", "Asia/Seoul"), new("Busan", "Busan", "4####", "Asia/Seoul"), new("Incheon", "Incheon", "2####", "Asia/Seoul"), new("Daejeon", "Daejeon", "3####", "Asia/Seoul"),
             new("Seongnam", "Gyeonggi-do", "13###", "Asia/Seoul"), new("Daegu", "Daegu", "4####", "Asia/Seoul"), new("Gwangju", "Gwangju", "6####", "Asia/Seoul")],
            "+82", "## #### ####", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "kr", [4766, 9318, 3786], [4766, 9318],
            ["KB Kookmin Bank", "Shinhan Bank", "Woori Bank", "Hana Bank", "Kakao Bank", "Toss Bank", "NH Nonghyup Bank"], null, ["naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net"]),
        new("CN", "China",
            [new("Shanghai", "Shanghai", "200###", "Asia/Shanghai"), new("Shenzhen", "Guangdong", "518###", "Asia/Shanghai"), new("Beijing", "Beijing", "100###", "Asia/Shanghai"),
             new("Hangzhou", "Zhejiang", "310###", "Asia/Shanghai"), new("Chengdu", "Sichuan", "610###", "Asia/Shanghai"), new("Shenyang", "Liaoning", "110###", "Asia/Shanghai"), new("Dandong", "Liaoning", "118###", "Asia/Shanghai"), new("Yanji", "Jilin", "133###", "Asia/Shanghai")],
            "+86", "### #### ####", "zh-CN,zh;q=0.9,en;q=0.8", "cn", [4134, 4837], [9808],
            ["Bank of China", "ICBC", "China Construction Bank", "China Merchants Bank", "Agricultural Bank of China"], null, ["qq.com", "163.com", "gmail.com", "126.com", "outlook.com"]),
        new("RU", "Russia",
            [new("Moscow", "Moscow", "1#####", "Europe/Moscow"), new("Saint Petersburg", "Saint Petersburg", "19####", "Europe/Moscow"), new("Novosibirsk", "Novosibirsk Oblast", "630###", "Asia/Novosibirsk"), new("Vladivostok", "Primorsky Krai", "690###", "Asia/Vladivostok"), new("Kazan", "Tatarstan", "420###", "Europe/Moscow")],
            "+7", "### ### ## ##", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru", [12389, 8359, 3216, 20485], [8359, 3216],
            ["Sberbank", "T-Bank", "Alfa-Bank", "VTB"], null, ["gmail.com", "yandex.ru", "mail.ru", "proton.me"]),
        new("LA", "Laos",
            [new("Vientiane", "Vientiane Prefecture", "01###", "Asia/Vientiane")],
            "+856", "## ## ### ###", "lo-LA,lo;q=0.9,en-US;q=0.8,en;q=0.7", "la", [9873, 131267], [153526],
            ["BCEL", "Lao Development Bank", "Joint Development Bank"], null, ["gmail.com", "yahoo.com"]),
    ];

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code);

    public static Country Get(string code) => ByCode[code];

    /// <summary>Where the marketplace's workers live, roughly in proportion to a global freelance market.</summary>
    public static readonly (string Code, double Weight)[] WorkerMix =
    [
        ("US", 13), ("IN", 12), ("PK", 4.5), ("BD", 3), ("PH", 6), ("UA", 5), ("GB", 5), ("DE", 3.5), ("FR", 2), ("ES", 2), ("PT", 1.2), ("NL", 1),
        ("PL", 3), ("RO", 2), ("IT", 1.5), ("SE", 0.5), ("RS", 1.2), ("GE", 0.5), ("TR", 2), ("BR", 4), ("AR", 2), ("MX", 2), ("CO", 2), ("CA", 3),
        ("AU", 2), ("NZ", 0.4), ("JP", 1.5), ("VN", 3), ("ID", 3), ("TH", 0.8), ("MY", 1), ("SG", 0.5), ("AE", 0.8), ("EG", 2), ("NG", 3), ("KE", 2),
        ("CN", 1.2), ("RU", 1.2),
    ];

    public static string Postal(Rng rng, string pattern)
    {
        var sb = new System.Text.StringBuilder(pattern.Length);
        foreach (char ch in pattern)
        {
            sb.Append(ch switch
            {
                '#' => (char)('0' + rng.Int(0, 10)),
                'A' => (char)('A' + rng.Int(0, 26)),
                _ => ch,
            });
        }
        return sb.ToString();
    }

    public static string Phone(Rng rng, Country c)
    {
        string national = Postal(rng, c.PhonePattern);
        // National numbers do not start with 0 after the country code.
        if (national[0] == '0') national = (char)('1' + rng.Int(0, 9)) + national[1..];
        return $"{c.PhonePrefix} {national}";
    }

    public static string Iban(Rng rng, Country c)
    {
        string bban = Postal(rng, c.IbanBban!);
        // ISO 13616 check digits: move the country code and "00" to the end, letters to numbers, 98 − (n mod 97).
        string rearranged = bban + c.Code + "00";
        int mod = 0;
        foreach (char ch in rearranged)
        {
            string digits = char.IsLetter(ch) ? (ch - 'A' + 10).ToString() : ch.ToString();
            foreach (char d in digits) mod = (mod * 10 + (d - '0')) % 97;
        }
        return $"{c.Code}{98 - mod:00}{bban}";
    }

    public static readonly string[] Streets =
    [
        "Main St", "Oak Ave", "Maple Dr", "Park Rd", "Station Rd", "High St", "Church St", "Lake View", "Hill Rd", "River Rd", "Elm St", "Cedar Ln",
        "Garden St", "Market St", "King St", "Queen St", "Victoria Rd", "Mill Ln", "Bridge St", "School Rd",
    ];

    public static readonly Dictionary<string, string[]> LocalStreets = new()
    {
        ["de"] = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Goethestraße"],
        ["fr"] = ["rue de la République", "avenue Victor Hugo", "rue des Lilas", "boulevard Voltaire", "rue Pasteur"],
        ["es"] = ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia", "Calle Real"],
        ["latam"] = ["Calle 10", "Avenida Insurgentes", "Carrera 43A", "Avenida Corrientes", "Calle Reforma"],
        ["pt"] = ["Rua Augusta", "Avenida da Liberdade", "Rua das Flores", "Rua de Santa Catarina"],
        ["br"] = ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua XV de Novembro"],
        ["it"] = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante"],
        ["pl"] = ["ul. Marszałkowska", "ul. Długa", "ul. Kwiatowa", "ul. Mickiewicza"],
        ["ua"] = ["vul. Khreshchatyk", "vul. Shevchenka", "vul. Franka", "prosp. Peremohy"],
        ["ru"] = ["ul. Lenina", "ul. Pushkina", "prosp. Mira", "ul. Gagarina"],
        ["kr"] = ["Teheran-ro", "Gangnam-daero", "Sejong-daero", "Olympic-ro", "Haeundae-ro", "Pangyoyeok-ro"],
        ["jp"] = ["Shibuya 2-chome", "Umeda 1-chome", "Tenjin 3-chome", "Kita 5-jo"],
        ["cn"] = ["Nanjing Road", "Zhongshan Road", "Renmin Road", "Jiefang Road"],
        ["in"] = ["MG Road", "Residency Road", "Linking Road", "Anna Salai", "Park Street"],
    };
}
