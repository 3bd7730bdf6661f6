namespace Cordon.Population.Fieldwork;

/// <summary>Given and family names by naming culture, romanised as people write them on a Latin-script platform.</summary>
internal static class Names
{
    private sealed record Culture(string[] Male, string[] Female, string[] Family);

    private static readonly Dictionary<string, Culture> Cultures = new()
    {
        ["us"] = new(
            ["James", "Michael", "David", "Daniel", "Christopher", "Matthew", "Joshua", "Andrew", "Ryan", "Brandon", "Tyler", "Kevin", "Jose", "Luis", "Marcus", "Jamal", "Ethan", "Nathan", "Eric", "Brian", "Jason", "Justin", "Aaron", "Kyle"],
            ["Jennifer", "Jessica", "Ashley", "Sarah", "Emily", "Amanda", "Megan", "Lauren", "Rachel", "Nicole", "Maria", "Ana", "Keisha", "Olivia", "Hannah", "Rebecca", "Stephanie", "Kimberly", "Samantha", "Taylor"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Patel", "Chen", "Cohen", "Murphy", "Sullivan", "Reed", "Cooper", "Howard", "Ward", "Brooks", "Kelly"]),
        ["gb"] = new(
            ["Oliver", "Harry", "George", "Jack", "Thomas", "William", "James", "Charlie", "Alfie", "Samuel", "Joshua", "Daniel", "Callum", "Liam", "Rhys"],
            ["Olivia", "Amelia", "Emily", "Sophie", "Jessica", "Charlotte", "Lucy", "Chloe", "Grace", "Hannah", "Eleanor", "Isla", "Megan", "Holly"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Murray", "Campbell"]),
        ["de"] = new(
            ["Lukas", "Jonas", "Leon", "Finn", "Felix", "Maximilian", "Paul", "Tobias", "Jan", "Florian", "Sebastian", "Moritz", "Niklas", "Stefan"],
            ["Anna", "Lena", "Laura", "Julia", "Sarah", "Lea", "Katharina", "Sophie", "Hannah", "Johanna", "Miriam", "Franziska", "Clara"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Krüger", "Hartmann"]),
        ["fr"] = new(
            ["Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Thomas", "Nicolas", "Antoine", "Julien", "Maxime", "Mathieu"],
            ["Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Pauline", "Marion", "Claire", "Élodie"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet"]),
        ["es"] = new(
            ["Alejandro", "Pablo", "Daniel", "Javier", "Sergio", "Adrián", "David", "Carlos", "Álvaro", "Jorge", "Miguel", "Raúl"],
            ["Lucía", "María", "Paula", "Laura", "Marta", "Andrea", "Sara", "Carmen", "Elena", "Irene", "Cristina", "Nuria"],
            ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro"]),
        ["latam"] = new(
            ["Santiago", "Mateo", "Sebastián", "Diego", "Juan Pablo", "Andrés", "Felipe", "Nicolás", "Carlos", "Luis", "Emiliano", "Julián", "Martín", "Facundo"],
            ["Valentina", "Camila", "Sofía", "Daniela", "María José", "Mariana", "Gabriela", "Lucía", "Ximena", "Paula", "Florencia", "Natalia"],
            ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Vargas", "Castro", "Ortiz", "Ruiz", "Álvarez", "Fernández", "Romero"]),
        ["pt"] = new(
            ["João", "Rodrigo", "Tiago", "Diogo", "Miguel", "Pedro", "Rui", "André", "Nuno", "Ricardo"],
            ["Beatriz", "Inês", "Mariana", "Ana", "Catarina", "Sofia", "Joana", "Rita", "Margarida", "Carolina"],
            ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro"]),
        ["br"] = new(
            ["Lucas", "Gabriel", "Matheus", "Rafael", "Guilherme", "Felipe", "Bruno", "Gustavo", "Thiago", "Leonardo", "Vinícius", "Rodrigo", "Caio"],
            ["Ana Clara", "Juliana", "Fernanda", "Larissa", "Camila", "Beatriz", "Amanda", "Mariana", "Letícia", "Gabriela", "Bruna", "Aline"],
            ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Barbosa", "Rocha", "Moreira", "Cardoso"]),
        ["it"] = new(
            ["Lorenzo", "Alessandro", "Matteo", "Andrea", "Marco", "Luca", "Giuseppe", "Francesco", "Davide", "Simone"],
            ["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Alessia", "Elena", "Valentina", "Federica", "Silvia"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa"]),
        ["nl"] = new(
            ["Daan", "Sem", "Lucas", "Bram", "Thijs", "Ruben", "Jesse", "Lars", "Niels", "Pieter"],
            ["Emma", "Sanne", "Lotte", "Fleur", "Anouk", "Femke", "Iris", "Lisa", "Eva", "Noor"],
            ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"]),
        ["se"] = new(
            ["Erik", "Lars", "Johan", "Anders", "Oskar", "Emil", "Viktor", "Gustav"],
            ["Anna", "Emma", "Sara", "Elin", "Maja", "Ida", "Johanna", "Linnea"],
            ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindqvist"]),
        ["pl"] = new(
            ["Jakub", "Kacper", "Piotr", "Tomasz", "Michał", "Paweł", "Krzysztof", "Mateusz", "Łukasz", "Marcin", "Bartosz"],
            ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Aleksandra", "Natalia", "Karolina", "Monika", "Zuzanna"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur"]),
        ["ua"] = new(
            ["Oleksandr", "Dmytro", "Andriy", "Serhiy", "Maksym", "Ivan", "Mykola", "Bohdan", "Yaroslav", "Taras", "Vitaliy", "Oleh"],
            ["Olena", "Iryna", "Natalia", "Oksana", "Yulia", "Kateryna", "Anastasia", "Tetiana", "Viktoria", "Daria", "Sofiia"],
            ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Boyko", "Melnyk", "Kovalchuk", "Koval", "Oliynyk", "Lysenko", "Marchenko", "Rudenko", "Savchenko", "Petrenko", "Moroz"]),
        ["ru"] = new(
            ["Aleksandr", "Dmitry", "Sergey", "Andrey", "Alexey", "Maxim", "Ivan", "Nikita", "Mikhail", "Artem", "Pavel", "Kirill"],
            ["Anna", "Ekaterina", "Maria", "Olga", "Elena", "Tatiana", "Natalia", "Daria", "Anastasia", "Polina", "Irina"],
            ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev", "Semenov", "Egorov"]),
        ["ro"] = new(
            ["Andrei", "Alexandru", "Mihai", "Ionuț", "Cristian", "Bogdan", "Vlad", "Radu", "Florin", "Adrian"],
            ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Cristina", "Ana", "Mihaela", "Diana", "Raluca"],
            ["Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu"]),
        ["rs"] = new(
            ["Nikola", "Stefan", "Luka", "Marko", "Miloš", "Aleksandar", "Nemanja", "Dušan", "Vuk"],
            ["Milica", "Jelena", "Ana", "Marija", "Jovana", "Teodora", "Ivana", "Katarina", "Sara"],
            ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Milošević"]),
        ["ge"] = new(
            ["Giorgi", "Luka", "Davit", "Nikoloz", "Levan", "Irakli", "Sandro"],
            ["Nino", "Mariam", "Ana", "Tamar", "Salome", "Elene", "Natia"],
            ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze", "Tsiklauri", "Bolkvadze", "Kvaratskhelia"]),
        ["tr"] = new(
            ["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Can", "Mert", "Oğuz", "Kerem", "Yusuf", "Serkan"],
            ["Zeynep", "Elif", "Ayşe", "Merve", "Esra", "Büşra", "Selin", "Derya", "Ece", "Fatma"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan"]),
        ["in"] = new(
            ["Rahul", "Amit", "Rohan", "Arjun", "Vikram", "Aditya", "Sanjay", "Karthik", "Pranav", "Siddharth", "Nikhil", "Rajesh", "Suresh", "Harsh", "Abhishek", "Ankit", "Vivek", "Manoj"],
            ["Priya", "Ananya", "Sneha", "Pooja", "Divya", "Neha", "Kavya", "Aishwarya", "Shreya", "Meera", "Lakshmi", "Deepika", "Riya", "Swati"],
            ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Joshi", "Mehta", "Shah", "Verma", "Agarwal", "Banerjee", "Chatterjee", "Das", "Pillai", "Menon", "Desai", "Kulkarni", "Mishra", "Yadav", "Chauhan"]),
        ["pk"] = new(
            ["Muhammad", "Ahmed", "Ali", "Hassan", "Usman", "Bilal", "Hamza", "Faisal", "Imran", "Zain", "Umar", "Saad", "Asad"],
            ["Ayesha", "Fatima", "Sana", "Hira", "Maryam", "Zainab", "Amna", "Mahnoor", "Iqra", "Sadia"],
            ["Khan", "Ahmed", "Ali", "Hussain", "Malik", "Qureshi", "Sheikh", "Butt", "Chaudhry", "Raza", "Iqbal", "Siddiqui", "Akhtar", "Javed", "Mirza"]),
        ["bd"] = new(
            ["Mohammad", "Rahim", "Karim", "Tanvir", "Arif", "Rafiq", "Sabbir", "Nasir", "Imran", "Shakil"],
            ["Nusrat", "Farzana", "Sumaiya", "Tasnim", "Sharmin", "Jannatul", "Nadia", "Rumana"],
            ["Rahman", "Hossain", "Islam", "Ahmed", "Uddin", "Chowdhury", "Akter", "Khan", "Alam", "Sarkar", "Haque", "Miah"]),
        ["ph"] = new(
            ["John Paul", "Mark", "Christian", "Joshua", "Carlo", "Miguel", "Angelo", "Paolo", "Jerome", "Rafael", "Kevin", "Jericho"],
            ["Maria", "Angelica", "Kristine", "Jasmine", "Camille", "Nicole", "Patricia", "Joy", "Mary Grace", "Bea", "Janelle", "Trisha"],
            ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Dela Cruz", "Soriano"]),
        ["vn"] = new(
            ["Minh", "Hoang", "Duc", "Tuan", "Huy", "Long", "Quang", "Thanh", "Khoa", "Nam", "Phuc", "Trung"],
            ["Linh", "Trang", "Huong", "Mai", "Ngoc", "Thao", "Lan", "Anh", "Hoa", "Vy", "Thu", "Yen"],
            ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]),
        ["id"] = new(
            ["Budi", "Agus", "Andi", "Rizky", "Fajar", "Dimas", "Yoga", "Arief", "Hendra", "Bayu", "Adi", "Reza"],
            ["Siti", "Dewi", "Putri", "Ayu", "Rina", "Indah", "Sri", "Wulan", "Nadia", "Fitri", "Lestari"],
            ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Nugroho", "Setiawan", "Kurniawan", "Gunawan", "Susanto", "Rahayu", "Wibowo", "Hartono"]),
        ["th"] = new(
            ["Somchai", "Anan", "Niran", "Thanawat", "Kittisak", "Pongsakorn", "Nattapong", "Chaiwat"],
            ["Siriporn", "Pimchanok", "Naree", "Kanokwan", "Suda", "Ploy", "Warunee", "Malee"],
            ["Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Thongchai", "Suwannarat", "Boonmee", "Kaewmanee"]),
        ["my"] = new(
            ["Ahmad", "Muhammad Hafiz", "Wei Jie", "Jun Hao", "Arjun", "Amir", "Faiz", "Kok Leong", "Haziq"],
            ["Nur Aisyah", "Siti Nurhaliza", "Mei Ling", "Xin Yi", "Kavitha", "Farah", "Aina", "Hui Min"],
            ["Abdullah", "Ibrahim", "Tan", "Lim", "Lee", "Wong", "Ng", "Rahman", "Ismail", "Subramaniam", "Chong", "Yusof"]),
        ["sg"] = new(
            ["Wei Ming", "Jun Jie", "Darren", "Marcus", "Ryan", "Zhi Hao", "Aravind", "Hafiz", "Benjamin"],
            ["Hui Min", "Jia Hui", "Rachel", "Shi Ting", "Priya", "Nurul", "Michelle", "Cheryl"],
            ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Pillai", "Abdullah"]),
        ["ae"] = new(
            ["Omar", "Ahmed", "Rashid", "Khalid", "Rahul", "Arjun", "Faisal", "Daniel", "Youssef", "Tariq"],
            ["Fatima", "Mariam", "Aisha", "Priya", "Sara", "Layla", "Noor", "Hiba", "Anjali"],
            ["Al Mansoori", "Al Hashimi", "Khan", "Nair", "Menon", "Haddad", "Saleh", "Aziz", "Pillai", "Farouk", "Qasim"]),
        ["eg"] = new(
            ["Mohamed", "Ahmed", "Mahmoud", "Omar", "Youssef", "Mostafa", "Karim", "Hassan", "Amr", "Tarek"],
            ["Nour", "Salma", "Mariam", "Aya", "Yasmin", "Hana", "Nada", "Rana", "Dina", "Heba"],
            ["Hassan", "Mohamed", "Ali", "Ibrahim", "Mahmoud", "Abdelrahman", "El-Sayed", "Farouk", "Mostafa", "Saleh", "Kamal", "Nasser"]),
        ["ng"] = new(
            ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Chukwuemeka", "Ifeanyi", "Babatunde", "Segun", "Obinna", "Femi", "Kelechi"],
            ["Chioma", "Ngozi", "Adaeze", "Funmilayo", "Aisha", "Blessing", "Temitope", "Amaka", "Yetunde", "Zainab", "Oluwakemi"],
            ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye", "Ibrahim", "Abubakar", "Olawale", "Chukwu", "Obi", "Afolabi"]),
        ["ke"] = new(
            ["Brian", "Kevin", "Dennis", "Collins", "Victor", "Samuel", "Peter", "Eric", "Felix", "Kelvin"],
            ["Faith", "Mercy", "Grace", "Esther", "Ann", "Caroline", "Wanjiru", "Achieng", "Joy", "Sharon"],
            ["Otieno", "Kamau", "Mwangi", "Odhiambo", "Njoroge", "Wanjiku", "Kiprono", "Ochieng", "Mutua", "Kariuki", "Cheruiyot", "Omondi"]),
        ["jp"] = new(
            ["Haruto", "Yuto", "Sota", "Takumi", "Ren", "Kenta", "Daiki", "Shota", "Hiroshi", "Takeshi", "Kazuki", "Ryo", "Naoki", "Yusuke"],
            ["Yui", "Aoi", "Sakura", "Hina", "Yuna", "Misaki", "Ayaka", "Haruka", "Mai", "Nanami", "Yuki", "Emi", "Rina"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu"]),
        ["kr"] = new(
            ["Min-jun", "Ji-ho", "Do-yun", "Jae-won", "Sung-min", "Hyun-woo", "Young-ho", "Ji-hoon", "Dong-hyun", "Seung-hoon", "Tae-yang", "Jun-seo", "Woo-jin", "Sang-woo", "Kyung-soo", "Jin-woo", "Min-ho", "Hyun-jin"],
            ["Seo-yeon", "Ha-eun", "Ji-woo", "Hye-jin", "Eun-ji", "Soo-jin", "Yuna", "Min-seo", "Na-young", "Ji-eun", "Su-bin", "Da-eun", "Ye-jin", "Hae-won", "So-yeon", "Mi-kyung", "Jung-ah"],
            ["Kim", "Kim", "Kim", "Lee", "Lee", "Park", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Bae", "Baek", "Nam"]),
        ["cn"] = new(
            ["Wei", "Hao", "Jun", "Lei", "Yang", "Tao", "Ming", "Jian", "Peng", "Chao", "Bo", "Zhiwei", "Haoran", "Yuxuan"],
            ["Fang", "Jing", "Li", "Min", "Xiaoyu", "Yan", "Hui", "Ying", "Xin", "Ting", "Yuting", "Shuang"],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Jin", "Piao"]),
        ["la"] = new(
            ["Souksavanh", "Khamphone", "Bounmy", "Phonesavanh", "Vilayphone"],
            ["Manivanh", "Souphaphone", "Khanthaly", "Vilayvanh", "Noy"],
            ["Phommachanh", "Sisouk", "Vongsa", "Keomany", "Inthavong", "Sengdara"]),
    };

    public static (string Given, string Family, string Gender) Draw(Rng rng, string culture)
    {
        var c = Cultures[culture];
        bool female = rng.Chance(0.42);
        string given = female ? rng.Pick(c.Female) : rng.Pick(c.Male);
        string family = rng.Pick(c.Family);
        if (female && culture is "ru") family += "a";
        if (female && culture is "pl" && family.EndsWith("ski", StringComparison.Ordinal)) family = family[..^1] + "a";
        return (given, family, female ? "female" : "male");
    }

    public static string Given(Rng rng, string culture, string gender)
    {
        var c = Cultures[culture];
        return gender == "female" ? rng.Pick(c.Female) : rng.Pick(c.Male);
    }

    public static string Family(Rng rng, string culture) => rng.Pick(Cultures[culture].Family);

    /// <summary>The family name written first, as Korean, Japanese and Chinese people often do on documents.</summary>
    public static bool FamilyFirst(string culture) => culture is "kr" or "cn" or "jp" or "vn";

    public static string Ascii(string s)
    {
        var normalized = s.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder();
        foreach (char ch in normalized)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            char m = ch switch { 'ł' => 'l', 'Ł' => 'L', 'ı' => 'i', 'đ' => 'd', 'Đ' => 'D', 'ø' => 'o', 'ß' => 's', _ => ch };
            if (char.IsLetterOrDigit(m)) sb.Append(char.ToLowerInvariant(m));
        }
        return sb.ToString();
    }
}
