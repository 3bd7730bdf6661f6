#!/usr/bin/env python3
"""Writes eval/clean-names.csv: realistic names of people and companies that are on no shared list.

Names are common first and last names per culture, combined deterministically (fixed seed), plus plausible company
names. Any name that equals a list name or alias after normalisation (token order, case, punctuation, diacritics,
Korean romanisation variants folded: Lee = Ri, Park = Pak, Young = Yong, Ryong = Yong...; for other names a consonant
skeleton: Ahmed = Ahmad, Andriy = Andrey) is dropped: a screener is right to flag those. Names that are merely similar
to a listed one stay: that is what a screening system meets in practice.
Run from the repository root: python3 eval/make-clean-names.py
"""
import csv, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools"))
import list_index as li

rng = random.Random(1718)  # fixed seed: UNSC resolution 1718
LISTED = set()
for l, sid, t, name, prim, extra in li.rows:
    LISTED.update(li.variant_keys(name))

KO_SUR_SOUTH = ["Kim"] * 9 + ["Lee"] * 6 + ["Park"] * 4 + ["Choi"] * 2 + ["Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
                "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek",
                "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Jin", "Ji", "Eom", "Chae", "Won"]
KO_GIVEN_SOUTH = ["Min-jun", "Seo-jun", "Do-yun", "Ye-jun", "Si-woo", "Ha-jun", "Ji-ho", "Ju-won", "Ji-hoon", "Jun-seo",
                  "Hyun-woo", "Eun-woo", "Gun-woo", "Woo-jin", "Sung-min", "Jae-hyun", "Dong-hyun", "Sang-woo", "Young-ho",
                  "Jung-ho", "Seung-hyun", "Tae-yang", "Kyung-soo", "Jin-woo", "Byung-hoon", "Chang-min", "Dae-sung",
                  "Seo-yeon", "Seo-yun", "Ji-woo", "Seo-hyun", "Min-seo", "Ha-eun", "Ha-yoon", "Yun-seo", "Ji-yu", "Chae-won",
                  "Ji-min", "Su-ah", "Ji-eun", "Eun-ji", "Hye-jin", "Mi-kyung", "Yeon-hee", "Soo-jin", "Eun-young", "Hye-won",
                  "Min-ji", "Yu-na", "Da-eun", "Ye-eun", "Na-yeon", "So-yeon", "Hyo-jin", "Jung-hwa", "Sun-hee", "Mi-young",
                  "Young-ja", "Kyung-hee", "Jae-won", "Jong-hoon", "Ho-seok", "Nam-joon", "Tae-hyung", "Ji-sung", "Yong-hwa"]
KO_SUR_NORTH = ["Kim"] * 8 + ["Ri"] * 6 + ["Pak"] * 4 + ["Choe"] * 2 + ["Jong", "Kang", "Jo", "Yun", "Jang", "Rim", "Han", "O",
                "So", "Sin", "Kwon", "Hwang", "An", "Song", "Ryu", "Hong", "Jon", "Ko", "Mun", "Ryang", "Son", "Pae", "Paek",
                "Ho", "Nam", "Ro", "Kye", "Kil", "Thae", "Hyon", "Ju", "Ryom", "Sim", "Cha", "Chu"]
KO_SYL_NORTH = ["Chol", "Song", "Il", "Nam", "Ho", "Su", "Hyok", "Man", "Myong", "Gwang", "Kwang", "Jin", "Sik", "Ok", "Hun",
                "Bok", "Sam", "Hwan", "Chun", "Won", "Tong", "Bong", "Hui", "Yong", "Ryong", "Hyon", "Kyong", "Un", "Jong",
                "Hak", "Gun", "Guk", "Sun", "Hwa", "Ae", "Mi", "Ryon", "Hyang", "Sol", "Gum", "Dok", "Thaek", "Pyong", "Ung",
                "Ju", "Chang", "Se", "Mun", "Hae", "Rim"]
ZH_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
          "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
          "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren"]
ZH_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan", "Tao",
            "Ming", "Chao", "Xiuying", "Xia", "Ping", "Gang", "Guiying", "Hui", "Hao", "Yufei", "Zihan", "Haoran", "Yuxuan",
            "Xinyi", "Zhiwei", "Jianguo", "Hongmei", "Xiaoling", "Guohua", "Jianhua", "Lihua", "Dongmei", "Xiaojun", "Wenjie",
            "Chunhua", "Yiming", "Ruoxi", "Shuang", "Kai", "Bo", "Rui", "Xin", "Yu", "Peng", "Hua", "Lin", "Dan"]
JA_SUR = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida",
          "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe",
          "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada", "Goto", "Hasegawa"]
JA_GIVEN = ["Haruto", "Yuto", "Sota", "Yuki", "Hayato", "Haruki", "Ren", "Takumi", "Kaito", "Daiki", "Hiroshi", "Takeshi",
            "Kenji", "Akira", "Satoshi", "Yui", "Aoi", "Yuna", "Hina", "Sakura", "Mio", "Rin", "Akiko", "Yoko", "Keiko",
            "Naoko", "Tomoko", "Emi", "Ayaka", "Misaki"]
RU_M = ["Aleksandr", "Sergey", "Dmitry", "Andrey", "Alexey", "Maxim", "Ivan", "Mikhail", "Nikolai", "Vladimir", "Pavel",
        "Artem", "Roman", "Oleg", "Igor", "Yuri", "Konstantin", "Denis", "Anton", "Viktor", "Evgeny", "Stanislav", "Ilya", "Kirill"]
RU_F = ["Anna", "Elena", "Olga", "Natalia", "Tatiana", "Irina", "Svetlana", "Maria", "Ekaterina", "Yulia", "Anastasia",
        "Marina", "Daria", "Ksenia", "Polina", "Victoria", "Alina", "Galina"]
RU_SUR = ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov",
          "Morozov", "Volkov", "Alekseev", "Lebedev", "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev",
          "Orlov", "Andreev", "Makarov", "Nikitin", "Zakharov", "Zaitsev", "Soloviev", "Borisov", "Yakovlev", "Grigoriev",
          "Romanov", "Vorobiev", "Sergeev", "Frolov", "Belov", "Tarasov", "Belyaev", "Komarov", "Kiselev", "Gusev"]
RU_PATR_M = ["Aleksandrovich", "Sergeyevich", "Ivanovich", "Nikolayevich", "Vladimirovich", "Petrovich", "Mikhailovich", "Andreyevich"]
RU_PATR_F = ["Aleksandrovna", "Sergeyevna", "Ivanovna", "Nikolayevna", "Vladimirovna", "Petrovna", "Mikhailovna", "Andreyevna"]
AR_GIVEN = ["Mohammed", "Ahmed", "Ali", "Omar", "Youssef", "Khaled", "Hassan", "Ibrahim", "Mustafa", "Tariq", "Karim",
            "Samir", "Nabil", "Walid", "Faisal", "Hamza", "Bilal", "Rami", "Ziad", "Adel", "Fatima", "Aisha", "Mariam",
            "Layla", "Nour", "Salma", "Hana", "Rania", "Yasmin", "Dina", "Amira", "Leila"]
AR_SUR = ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Hamdan", "Aziz", "Farouk", "Saad", "Othman", "Qasim",
          "Abdelaziz", "Bakr", "Darwish", "Fakhoury", "Ghanem", "Habib", "Issa", "Jaber", "Kassem", "Makki", "Najjar",
          "Rahal", "Sabbagh", "Tamimi", "Zein", "Shami", "Masri", "Halabi", "Baghdadi", "Attar", "Hariri", "Jaziri", "Obeidi"]
ES_GIVEN = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Alejandro", "Fernando", "Ricardo", "Diego",
            "Javier", "María", "Ana", "Lucía", "Carmen", "Laura", "Isabel", "Sofía", "Valentina", "Camila", "Paula", "Elena", "Gabriela"]
ES_SUR = ["García", "Rodríguez", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores",
          "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz",
          "Alvarez", "Mendoza", "Castillo", "Jiménez", "Vargas", "Romero", "Herrera", "Medina", "Aguilar"]
EN_GIVEN = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Daniel",
            "Matthew", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
            "Karen", "Emily", "Olivia", "Emma", "Charlotte", "Amelia", "Oliver", "George", "Harry", "Jack", "Noah"]
EN_SUR = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
          "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
          "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell",
          "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy"]
IN_GIVEN = ["Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Rahul", "Amit", "Suresh", "Ramesh", "Vijay", "Sanjay",
            "Anil", "Priya", "Ananya", "Diya", "Kavya", "Pooja", "Neha", "Sunita", "Lakshmi", "Deepa", "Meera", "Kiran", "Ravi"]
IN_SUR = ["Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Shah", "Reddy", "Nair", "Iyer", "Rao", "Mehta",
          "Joshi", "Desai", "Kulkarni", "Chatterjee", "Banerjee", "Mukherjee", "Das", "Pillai", "Menon", "Agarwal", "Bhat", "Kapoor"]
OTHER = [("Lukas", "Müller"), ("Leon", "Schmidt"), ("Finn", "Schneider"), ("Hannah", "Fischer"), ("Mia", "Weber"),
         ("Jonas", "Meyer"), ("Lea", "Wagner"), ("Paul", "Becker"), ("Emma", "Schulz"), ("Felix", "Hoffmann"),
         ("Louis", "Dubois"), ("Gabriel", "Laurent"), ("Chloé", "Bernard"), ("Manon", "Moreau"), ("Hugo", "Lefebvre"),
         ("Camille", "Girard"), ("Mehmet", "Yılmaz"), ("Ayşe", "Kaya"), ("Mustafa", "Demir"), ("Elif", "Çelik"),
         ("Emre", "Şahin"), ("Zeynep", "Yıldız"), ("Nguyen", "Van An"), ("Tran", "Thi Mai"), ("Le", "Van Hung"),
         ("Pham", "Minh Tuan"), ("Giulia", "Rossi"), ("Marco", "Russo"), ("Francesca", "Bianchi"), ("Luca", "Romano"),
         ("Jan", "Kowalski"), ("Anna", "Nowak"), ("Piotr", "Wiśniewski"), ("Katarzyna", "Wójcik"), ("Oksana", "Shevchenko"),
         ("Taras", "Bondarenko"), ("Andriy", "Kovalenko"), ("Nikos", "Georgiou"), ("Eleni", "Papadaki"), ("Kwame", "Mensah"),
         ("Ama", "Owusu"), ("Chinedu", "Okafor"), ("Ngozi", "Adeyemi"), ("Siti", "Rahmawati"), ("Budi", "Santoso"),
         ("Juan", "dela Cruz"), ("Maria", "Santos"), ("Somchai", "Srisuk"), ("Nattapong", "Chaiyaporn"), ("Bat-Erdene", "Gantulga")]
KO_SCRIPT_SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"]
KO_SCRIPT_GIVEN = ["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "지훈", "현우", "서연", "서윤", "지우", "서현", "민서",
                   "하은", "하윤", "지민", "수아", "지은", "은지", "혜진", "미경", "영호", "정호", "성민", "재현", "동현", "상우"]
ZH_SCRIPT = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "黄勇", "赵艳", "吴杰", "周涛", "徐明", "孙超", "马丽", "朱平", "胡刚",
             "郭辉", "何浩", "林欣", "高峰", "罗斌", "郑颖", "梁爽", "谢凯", "宋瑞", "唐鑫"]
RU_SCRIPT = ["Александр Смирнов", "Сергей Кузнецов", "Дмитрий Попов", "Андрей Васильев", "Алексей Соколов", "Максим Новиков",
             "Иван Фёдоров", "Михаил Морозов", "Ольга Волкова", "Елена Лебедева", "Наталья Егорова", "Татьяна Павлова",
             "Ирина Козлова", "Светлана Степанова", "Мария Николаева", "Екатерина Орлова"]
AR_SCRIPT = ["محمد حداد", "أحمد خوري", "علي ناصر", "عمر صالح", "يوسف منصور", "خالد حمدان", "فاطمة عزيز", "عائشة سعد",
             "مريم عثمان", "ليلى قاسم"]

COMPANY_A = ["Blue River", "Golden Gate", "Northern Star", "Pacific Rim", "Silver Lake", "Red Maple", "Green Valley",
             "Eastern Bridge", "Harbor Point", "Summit Peak", "Crystal Bay", "Iron Oak", "Sunrise", "Evergreen", "Bright Path",
             "Clearwater", "Stonegate", "Riverside", "Highland", "Lakeshore", "Hanbit", "Daehan", "Seoul Bright", "Busan Harbor",
             "Incheon Global", "Hanul", "Mirae", "Saebyeok", "Dongbang", "Hwasin", "Shenzhen Huamei", "Guangzhou Tianhe",
             "Shanghai Jinqiao", "Ningbo Haitong", "Qingdao Lanhai", "Harbin Beifang", "Dalian Xinghai", "Hangzhou Xihu",
             "Osaka Kogyo", "Nagoya Seimitsu", "Volga", "Ural", "Neva", "Baikal", "Al Noor", "Al Manar", "Al Baraka Home",
             "Desert Rose", "Andes", "Sierra Madre", "Rio Grande", "Pampas", "Ganges", "Deccan", "Malabar", "Alpine", "Rhine",
             "Baltic", "Nordic", "Atlas", "Orion", "Vega", "Nova", "Apex", "Vertex", "Zenith", "Horizon", "Meridian", "Cobalt"]
COMPANY_B = ["Trading", "Logistics", "Software", "Technologies", "Consulting", "Engineering", "Foods", "Textiles",
             "Electronics", "Shipping", "Pharmaceuticals", "Construction", "Investments", "Media", "Design", "Robotics",
             "Data Systems", "Solutions", "Import Export", "Agriculture", "Furniture", "Cosmetics", "Auto Parts", "Medical"]
COMPANY_C = ["Ltd", "Limited", "LLC", "Inc.", "Co., Ltd.", "Corporation", "GmbH", "S.A.", "Pte. Ltd.", "Pty Ltd",
             "OOO", "AG", "S.r.l.", "B.V.", "Sdn Bhd", "JSC", "Company", "Group", "Holdings", "Partners"]

def hyphen_join(a, b):
    return a + "-" + b.lower()

out = []
def add(name, typ):
    if li.variant_keys(name) & LISTED:
        return False
    out.append((name, typ))
    return True

FILLED = []
def fill(n, make, typ):
    seen = set(x[0] for x in out)
    added = tries = 0
    while added < n and tries < n * 50:
        tries += 1
        name = make()
        if name in seen:
            continue
        seen.add(name)
        if add(name, typ):
            added += 1
    FILLED.append(added)

fill(420, lambda: f"{rng.choice(KO_SUR_SOUTH)} {rng.choice(KO_GIVEN_SOUTH)}", "person")
fill(80, lambda: (lambda g: f"{g} {rng.choice(KO_SUR_SOUTH)}")(rng.choice(KO_GIVEN_SOUTH)), "person")
fill(330, lambda: f"{rng.choice(KO_SUR_NORTH)} {rng.choice(KO_SYL_NORTH)} {rng.choice(KO_SYL_NORTH)}", "person")
fill(60, lambda: f"{rng.choice(KO_SUR_NORTH).upper()}, {hyphen_join(rng.choice(KO_SYL_NORTH), rng.choice(KO_SYL_NORTH))}", "person")
fill(80, lambda: rng.choice(KO_SCRIPT_SUR) + rng.choice(KO_SCRIPT_GIVEN), "person")
fill(200, lambda: f"{rng.choice(ZH_SUR)} {rng.choice(ZH_GIVEN)}", "person")
fill(20, lambda: rng.choice(ZH_SCRIPT), "person")
fill(120, lambda: f"{rng.choice(JA_GIVEN)} {rng.choice(JA_SUR)}", "person")
fill(90, lambda: f"{rng.choice(RU_M)} {rng.choice(RU_PATR_M)} {rng.choice(RU_SUR)}" if rng.random() < 0.4 else f"{rng.choice(RU_M)} {rng.choice(RU_SUR)}", "person")
fill(70, lambda: f"{rng.choice(RU_F)} {rng.choice(RU_PATR_F)} {rng.choice(RU_SUR)}a" if rng.random() < 0.4 else f"{rng.choice(RU_F)} {rng.choice(RU_SUR)}a", "person")
fill(16, lambda: rng.choice(RU_SCRIPT), "person")
fill(170, lambda: (f"{rng.choice(AR_GIVEN)} {rng.choice(AR_GIVEN[:20])} {rng.choice(AR_SUR)}" if rng.random() < 0.4 else f"{rng.choice(AR_GIVEN)} {rng.choice(['al-', 'Al ', 'El ', ''])}{rng.choice(AR_SUR)}").replace("- ", "-"), "person")
fill(10, lambda: rng.choice(AR_SCRIPT), "person")
fill(150, lambda: f"{rng.choice(ES_GIVEN)} {rng.choice(ES_SUR)} {rng.choice(ES_SUR)}", "person")
fill(160, lambda: f"{rng.choice(EN_GIVEN)} {rng.choice(EN_GIVEN[:12]) + ' ' if rng.random() < 0.3 else ''}{rng.choice(EN_SUR)}", "person")
fill(100, lambda: f"{rng.choice(IN_GIVEN)} {rng.choice(IN_SUR)}", "person")
fill(50, lambda: " ".join(rng.choice(OTHER)), "person")
fill(330, lambda: f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(COMPANY_C)}", "organization")

with open("eval/clean-names.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "type"])
    for i, (n, t) in enumerate(out, 1):
        w.writerow([f"C{i:05d}", n, t])
ko = sum(FILLED[:5])
print(len(out), "clean names;", ko, "Korean; per group:", FILLED)
