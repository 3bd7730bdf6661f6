#!/usr/bin/env python3
"""Writes eval/name-pairs.csv from hand-written knowledge of naming conventions.

Every name below was written by hand. For North Korean persons the romanisations are assembled from a
hand-written syllable table (list spelling as OFAC/UN write it, McCune-Reischauer with diacritics, Revised
Romanisation, common South Korean / English spellings, Hangul), because that is exactly how the variants arise
in practice; the look-alike negatives change one syllable of the given name for a different real syllable
(a different name, so a different person as far as the name can tell). Typos use a fixed seed.
Labels are what a compliance analyst would decide from the two names alone. Pure aliases that nothing in the
names connects (Mansudae Art Studio for Mansudae Overseas Project Group, Mooyokbank for the Foreign Trade Bank) are not
pairs: they are list queries, where the list's alias is what must be found.
Run from the repository root: python3 eval/tools/make_name_pairs.py
"""
import csv, random

rng = random.Random(20261125)
rows = []

def add(n1, n2, typ, match, cat, note=""):
    rows.append((n1, n2, typ, int(match), cat, note))

# ---------------------------------------------------------------- Korean syllables
# hangul: (as lists write it, McCune-Reischauer with diacritics, Revised Romanisation, common other spelling)
SYL = {
    "김": ("Kim", "Kim", "Gim", "Kim"), "리": ("Ri", "Ri", "Lee", "Rhee"), "박": ("Pak", "Pak", "Bak", "Park"),
    "최": ("Choe", "Ch'oe", "Choe", "Choi"), "정": ("Jong", "Chŏng", "Jeong", "Jung"), "조": ("Jo", "Cho", "Jo", "Cho"),
    "강": ("Kang", "Kang", "Gang", "Kang"), "오": ("O", "O", "O", "Oh"), "황": ("Hwang", "Hwang", "Hwang", "Whang"),
    "한": ("Han", "Han", "Han", "Hahn"), "곽": ("Kwak", "Kwak", "Gwak", "Kwak"), "배": ("Pae", "Pae", "Bae", "Bae"),
    "고": ("Ko", "Ko", "Go", "Koh"), "주": ("Chu", "Chu", "Ju", "Joo"), "문": ("Mun", "Mun", "Mun", "Moon"),
    "민": ("Min", "Min", "Min", "Min"), "장": ("Jang", "Chang", "Jang", "Chang"), "량": ("Ryang", "Ryang", "Yang", "Yang"),
    "렴": ("Ryom", "Ryŏm", "Yeom", "Yum"), "류": ("Ryu", "Ryu", "Yu", "Yoo"), "유": ("Yu", "Yu", "Yu", "Yoo"),
    "길": ("Kil", "Kil", "Gil", "Kil"), "허": ("Ho", "Hŏ", "Heo", "Huh"), "지": ("Ji", "Chi", "Ji", "Jee"),
    "차": ("Cha", "Ch'a", "Cha", "Cha"), "구": ("Ku", "Ku", "Gu", "Koo"), "신": ("Sin", "Sin", "Sin", "Shin"),
    "백": ("Paek", "Paek", "Baek", "Paik"), "현": ("Hyon", "Hyŏn", "Hyeon", "Hyun"), "전": ("Jon", "Chŏn", "Jeon", "Jun"),
    "손": ("Son", "Son", "Son", "Sohn"), "윤": ("Yun", "Yun", "Yun", "Yoon"), "방": ("Pang", "Pang", "Bang", "Bang"),
    # given-name syllables
    "은": ("Un", "Ŭn", "Eun", "Eun"), "일": ("Il", "Il", "Il", "Il"), "남": ("Nam", "Nam", "Nam", "Nam"),
    "여": ("Yo", "Yŏ", "Yeo", "Yeo"), "영": ("Yong", "Yŏng", "Yeong", "Young"), "용": ("Yong", "Yong", "Yong", "Yong"),
    "철": ("Chol", "Ch'ŏl", "Cheol", "Chul"), "룡": ("Ryong", "Ryong", "Ryong", "Yong"), "해": ("Hae", "Hae", "Hae", "Hae"),
    "병": ("Pyong", "Pyŏng", "Byeong", "Byung"), "서": ("So", "Sŏ", "Seo", "Suh"), "식": ("Sik", "Sik", "Sik", "Shik"),
    "원": ("Won", "Wŏn", "Won", "Won"), "홍": ("Hong", "Hong", "Hong", "Hong"), "경": ("Kyong", "Kyŏng", "Gyeong", "Kyung"),
    "택": ("Thaek", "T'aek", "Taek", "Taek"), "재": ("Jae", "Chae", "Jae", "Jae"), "기": ("Ki", "Ki", "Gi", "Kee"),
    "휘": ("Hwi", "Hwi", "Hwi", "Hwi"), "극": ("Kuk", "Kŭk", "Geuk", "Kuk"), "렬": ("Ryol", "Ryŏl", "Ryeol", "Yeol"),
    "무": ("Mu", "Mu", "Mu", "Moo"), "진": ("Jin", "Chin", "Jin", "Jin"), "혁": ("Hyok", "Hyŏk", "Hyeok", "Hyuk"),
    "수": ("Su", "Su", "Su", "Soo"), "만": ("Man", "Man", "Man", "Man"), "건": ("Gon", "Kŏn", "Geon", "Kun"),
    "연": ("Yon", "Yŏn", "Yeon", "Yeon"), "준": ("Jun", "Chun", "Jun", "Joon"), "춘": ("Chun", "Ch'un", "Chun", "Choon"),
    "옥": ("Ok", "Ok", "Ok", "Ok"), "광": ("Kwang", "Kwang", "Gwang", "Kwang"), "호": ("Ho", "Ho", "Ho", "Ho"),
    "성": ("Song", "Sŏng", "Seong", "Sung"), "필": ("Phil", "P'il", "Pil", "Phil"), "훈": ("Hun", "Hun", "Hun", "Hoon"),
    "부": ("Pu", "Pu", "Bu", "Boo"), "봉": ("Pong", "Pong", "Bong", "Bong"), "창": ("Chang", "Ch'ang", "Chang", "Chang"),
    "희": ("Hui", "Hŭi", "Hui", "Hee"), "석": ("Sok", "Sŏk", "Seok", "Suk"), "민_": ("Min", "Min", "Min", "Min"),
    "태": ("Thae", "T'ae", "Tae", "Tae"), "우": ("U", "U", "U", "Woo"), "동": ("Tong", "Tong", "Dong", "Dong"),
    "권": ("Kwon", "Kwŏn", "Gwon", "Kwon"), "명": ("Myong", "Myŏng", "Myeong", "Myung"), "상": ("Sang", "Sang", "Sang", "Sang"),
    "현_": ("Hyon", "Hyŏn", "Hyeon", "Hyun"), "규": ("Kyu", "Kyu", "Gyu", "Kyu"), "환": ("Hwan", "Hwan", "Hwan", "Hwan"),
    "화": ("Hwa", "Hwa", "Hwa", "Hwa"), "삼": ("Sam", "Sam", "Sam", "Sam"), "학": ("Hak", "Hak", "Hak", "Hak"),
    "찬": ("Chan", "Ch'an", "Chan", "Chan"), "복": ("Pok", "Pok", "Bok", "Bok"), "덕": ("Tok", "Tŏk", "Deok", "Duk"),
    "욱": ("Uk", "Uk", "Uk", "Wook"), "소": ("So", "So", "So", "So"), "웅": ("Ung", "Ung", "Ung", "Woong"), "범": ("Pom", "Pŏm", "Beom", "Bum"),
    "국": ("Kuk", "Kuk", "Guk", "Kook"), "세": ("Se", "Se", "Se", "Se"), "도": ("To", "To", "Do", "Do"),
    "중": ("Jung", "Chung", "Jung", "Joong"), "미": ("Mi", "Mi", "Mi", "Mi"), "순": ("Sun", "Sun", "Sun", "Soon"),
    "란": ("Ran", "Ran", "Ran", "Ran"), "혜": ("Hye", "Hye", "Hye", "Hye"), "지_": ("Ji", "Chi", "Ji", "Ji"),
    "하": ("Ha", "Ha", "Ha", "Ha"), "선": ("Son", "Sŏn", "Seon", "Sun"), "금": ("Kum", "Kŭm", "Geum", "Keum"),
}
def s(k, i): return SYL[k][i]
def hangul(k): return k.rstrip("_")

# persons: (surname hangul, [given hangul...], hanja or "", cyrillic or "", note)
KP = [
    ("김", ["정", "은"], "金正恩", "Ким Чен Ын", "Kim Jong Un, OFAC 20157"),
    ("김", ["여", "정"], "金與正", "Ким Ё Чжон", "Kim Yo Jong, OFAC 21444"),
    ("김", ["영", "철"], "金英哲", "Ким Ён Чхоль", "Kim Yong Chol, OFAC 12211"),
    ("최", ["룡", "해"], "崔龍海", "Цой Рён Хэ", "Choe Ryong Hae, OFAC 23213"),
    ("리", ["병", "철"], "李炳哲", "Ли Пён Чхоль", "Ri Pyong Chol, OFAC 23215"),
    ("황", ["병", "서"], "黃炳瑞", "Хван Пён Со", "Hwang Pyong So, OFAC 19496"),
    ("박", ["영", "식"], "朴永植", "Пак Ён Сик", "Pak Yong Sik, OFAC 19497"),
    ("김", ["원", "홍"], "金元弘", "Ким Вон Хон", "Kim Won Hong, OFAC 21443"),
    ("정", ["경", "택"], "", "Чон Гён Тхэк", "Jong Kyong Thaek, OFAC 23212"),
    ("리", ["재", "일"], "", "", "Ri Jae Il, OFAC 20127"),
    ("김", ["기", "남"], "金己男", "Ким Ги Нам", "Kim Ki Nam, OFAC 20126"),
    ("최", ["휘"], "崔輝", "Чхве Хви", "Choe Hwi, OFAC 21306"),
    ("오", ["극", "렬"], "吳克烈", "О Гык Рёль", "O Kuk Ryol, OFAC 15771"),
    ("리", ["용", "무"], "李勇武", "Ли Ён Му", "Ri Yong Mu, OFAC 19494"),
    ("박", ["진", "혁"], "", "Пак Чин Хёк", "Park Jin Hyok, OFAC 24918"),
    ("김", ["수", "일"], "", "", "Kim Su Il, OFAC 26944"),
    ("리", ["만", "건"], "李萬建", "Ли Ман Гон", "Ri Man Gon, OFAC 19491"),
    ("조", ["용", "원"], "趙甬元", "Чо Ён Вон", "Jo Yong Won, OFAC 21303"),
    ("김", ["경", "옥"], "", "", "Kim Kyong Ok, OFAC 20125"),
    ("조", ["연", "준"], "趙延俊", "Чо Ён Джун", "Cho Yon Chun, OFAC 20124"),
    ("박", ["광", "호"], "", "", "Pak Kwang Ho, OFAC 26168"),
    ("장", ["성", "철"], "", "", "Jang Song Chol, OFAC 17620"),
    ("강", ["성", "남"], "", "", "Kang Song Nam, OFAC 20130"),
    ("최", ["부", "일"], "崔富日", "Чхве Бу Иль", "Choe Pu Il, OFAC 20120"),
    ("민", ["병", "철"], "", "", "Min Byong Chol, OFAC 21305"),
    ("강", ["필", "훈"], "", "", "Kang Pil Hun, OFAC 21304"),
    ("최", ["창", "봉"], "", "", "Choe Chang Pong, OFAC 19793"),
    ("김", ["정", "식"], "", "", "Kim Jong Sik, OFAC 23214"),
    ("박", ["춘", "일"], "", "", "Pak Chun Il, OFAC 19533"),
    ("고", ["철", "만"], "", "", "Ko Chol Man, OFAC 22990"),
    ("배", ["원", "욱"], "", "", "Pae Won Uk, OFAC 22987"),
    ("렴", ["희", "봉"], "", "", "Ryom Hui Bong, OFAC 22999"),
    ("최", ["석", "민_"], "", "", "Choe Sok Min, OFAC 23001"),
    ("주", ["혁"], "", "", "Chu Hyok, OFAC 23014"),
    ("리", ["은", "성"], "", "", "Ri Un Song, OFAC 23013"),
    ("문", ["경", "환"], "", "", "Mun Kyong Hwan, OFAC 22997"),
    ("곽", ["정", "철"], "", "", "Kwak Chong Chol, OFAC 22998"),
    ("한", ["권", "우"], "", "", "Han Kwon U, OFAC 23509"),
    ("량", ["태", "철"], "", "", "Ryang Tae Chol, OFAC 23512"),
    ("리", ["명", "훈"], "", "", "Ri Myong Hun, OFAC 23231"),
    ("김", ["동", "호"], "", "", "Kim Tong Ho, OFAC 21748"),
    ("리", ["성", "혁"], "", "", "Ri Song Hyok, OFAC 22326"),
    ("김", ["상", "만"], "", "", "Kim Sang Man, Chinyong representative (OFAC 2023)"),
    ("김", ["규"], "", "", "Kim Kyu, OFAC 17624"),
    ("정", ["만", "복"], "", "", "Jong Man Bok, OFAC 23504"),
    ("김", ["경", "학"], "", "", "Kim Kyong Hak, OFAC 23506"),
    ("현", ["광", "일"], "", "", "Hyon Kwang Il, UN 6908502"),
    ("전", ["명", "국"], "", "", "Jon Myong Guk, UN 6908506"),
    ("손", ["정", "혁"], "", "", "Son Jong Hyok, UN 6908564"),
    ("윤", ["호", "진"], "", "", "Yun Ho Jin, UN 690734"),
]
ALT_SYL = ["철", "남", "일", "호", "수", "성", "혁", "만", "명", "학", "국", "진", "식", "옥", "광", "훈", "복", "삼", "환", "규", "춘", "원", "동", "봉", "희"]

def given(keys, idx, sep=" "):
    return sep.join(s(k, idx) for k in keys)

def cap_join(keys, idx):
    parts = [s(k, idx) for k in keys]
    return parts[0] + "".join(p.lower() for p in parts[1:])

def _plain(x):
    import unicodedata
    x = unicodedata.normalize("NFKD", x)
    return "".join(c for c in x if not unicodedata.combining(c) and c.isalpha()).lower()

VALID_SYLLABLES = {_plain(v) for vals in SYL.values() for v in vals} | {"joong", "jung", "mong", "mung", "kong", "kung", "gong", "hong", "kon", "ryem", "yem", "ro", "no", "um", "eum", "i", "chom", "kyok", "hwe", "yeon", "young", "soon", "moon", "woon", "yoon", "hoon", "joon", "choon", "poong", "dong", "tong", "kook", "suk", "sook", "chul", "chol", "cheol", "gun", "kun", "son", "sun", "sung", "seong", "hyon", "hyun", "hyong", "yong", "ryong", "kyong", "pyong", "myong", "chong", "jong", "sang", "kang", "nang", "rang", "yang", "mang", "chang", "jang", "pang", "tang", "nam", "ram", "kam", "sam", "tam", "pam", "om", "ok", "ul", "il", "in", "un", "an", "on", "en", "o", "u", "a"}

def typo(name):
    """One slip (deleted, doubled, swapped or replaced letter) that does not turn a syllable into another real one:
    `Hwang Kyong So` for `Hwang Pyong So` is a different name, not a typo an analyst would forgive."""
    for _ in range(50):
        t = _typo_once(name)
        changed = [b for a, b in zip(name.split(), t.split()) if a != b] if len(t.split()) == len(name.split()) else []
        if changed and all(_plain(b) not in VALID_SYLLABLES for b in changed):
            return t
    return t

def _typo_once(name):
    import re as _re
    chars = list(name)
    positions = [i for m in _re.finditer(r"[A-Za-z]{4,}", name) for i in range(m.start() + 1, m.end() - 1)]
    ops = ["del", "dup", "swap", "sub"]
    if not positions:
        positions = [i for m in _re.finditer(r"[A-Za-z]{3,}", name) for i in range(m.start() + 1, m.end() - 1)]
        ops = ["dup"]
    i = rng.choice(positions)
    op = rng.choice(ops)
    if op == "del":
        del chars[i]
    elif op == "dup":
        chars.insert(i, chars[i])
    elif op == "swap" and i + 1 < len(chars) and chars[i + 1].isalpha():
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        vowels = "aeiou"
        c = chars[i].lower()
        repl = rng.choice([v for v in vowels if v != c]) if c in vowels else rng.choice([x for x in "nmrtlks" if x != c])
        chars[i] = repl.upper() if chars[i].isupper() else repl
    return "".join(chars)

for sur, gv, hanja, cyr, note in KP:
    listed = f"{s(sur, 0).upper()}, {given(gv, 0)}"
    plain = f"{s(sur, 0)} {given(gv, 0)}"
    add(listed, f"{s(sur, 0)} {given(gv, 0, '-').capitalize() if len(gv) > 1 else given(gv, 0)}", "person", 1, "kp-person-spacing", note)
    add(listed, f"{given(gv, 0, ' ')} {s(sur, 0)}", "person", 1, "kp-person-order", note)
    add(listed, f"{s(sur, 1)} {given(gv, 1, '-').capitalize() if len(gv) > 1 else given(gv, 1)}", "person", 1, "kp-person-romanisation-mr", note)
    add(listed, f"{s(sur, 2)} {given(gv, 2, '-').capitalize() if len(gv) > 1 else given(gv, 2)}", "person", 1, "kp-person-romanisation-rr", note)
    add(listed, f"{s(sur, 3)} {given(gv, 3, ' ')}", "person", 1, "kp-person-romanisation-common", note)
    if len(gv) > 1:
        add(listed, f"{s(sur, 0)} {cap_join(gv, 0)}", "person", 1, "kp-person-spacing", note)
        add(plain, f"{cap_join(gv, 3)} {s(sur, 3)}", "person", 1, "kp-person-order", note)
    add(listed, typo(plain), "person", 1, "kp-person-typo", note)
    add(listed, hangul(sur) + "".join(hangul(k) for k in gv), "person", 1, "kp-person-hangul", note)
    if hanja:
        add(listed, hanja, "person", 1, "kp-person-hanja", note)
    if cyr:
        add(listed, cyr, "person", 1, "kp-person-cyrillic", note)
    # look-alikes: same surname, one given syllable changed for a different real syllable
    for pos in range(len(gv)):
        alts = [a for a in ALT_SYL if a not in gv and s(a, 0) not in [s(k, 0) for k in gv]]
        a = rng.choice(alts)
        other = list(gv); other[pos] = a
        add(listed, f"{s(sur, 0)} {given(other, 0)}", "person", 0, "kp-person-lookalike", note + ": different given name")
    if len(gv) == 2 and gv[0] != gv[1]:
        add(listed, f"{s(sur, 0)} {given(list(reversed(gv)), 0)}", "person", 0, "kp-person-lookalike", note + ": given syllables reversed is a different name")
    # same given name, different surname
    other_sur = rng.choice([k for k in ["김", "리", "박", "최", "정", "조", "강", "한", "윤", "신", "장"] if k != sur])
    add(listed, f"{s(other_sur, 0)} {given(gv, 0)}", "person", 0, "kp-person-lookalike", note + ": different surname")

# hand-written DPRK person pairs: famous look-alikes and hard cases
for a, b, m, cat, note in [
    ("Kim Jong Un", "Kim Jong Il", 0, "kp-person-lookalike", "father and son"),
    ("Kim Jong Un", "Kim Jong Nam", 0, "kp-person-lookalike", "half-brothers"),
    ("Kim Jong Un", "Kim Jong Chol", 0, "kp-person-lookalike", "brothers"),
    ("Kim Jong Un", "Kim Il Sung", 0, "kp-person-lookalike", "grandfather"),
    ("Kim Jong Un", "Kim Un Jong", 0, "kp-person-lookalike", ""),
    ("Kim Jong Un", "Kim Jung-un", 1, "kp-person-romanisation-common", "press spelling"),
    ("Kim Jong Un", "Kim Jong-eun", 1, "kp-person-romanisation-common", ""),
    ("Kim Jong Un", "Kim Chŏng-ŭn", 1, "kp-person-romanisation-mr", "strict MR"),
    ("Kim Jong Un", "KIM JONG UN", 1, "kp-person-spacing", ""),
    ("Kim Jong Un", "김정일", 0, "kp-person-lookalike", "Kim Jong Il in Hangul"),
    ("Kim Jong Un", "金正日", 0, "kp-person-lookalike", "Kim Jong Il in Hanja"),
    ("Kim Jong Il", "金正日", 1, "kp-person-hanja", ""),
    ("Kim Jong Il", "Ким Чен Ир", 1, "kp-person-cyrillic", ""),
    ("Kim Il Sung", "Ким Ир Сен", 1, "kp-person-cyrillic", ""),
    ("Kim Il Sung", "김일성", 1, "kp-person-hangul", ""),
    ("Kim Il Sung", "Kim Il-song", 1, "kp-person-romanisation-mr", ""),
    ("Kim Yo Jong", "Kim Yo-jong", 1, "kp-person-spacing", ""),
    ("Kim Yo Jong", "Kim Yeo-jeong", 1, "kp-person-romanisation-rr", ""),
    ("Kim Yo Jong", "Kim Jong Un", 0, "kp-person-lookalike", "siblings"),
    ("Kim Yo Jong", "Kim Yong Jo", 0, "kp-person-lookalike", ""),
    ("Kim Yo Jong", "Kim Yong Jong", 0, "kp-person-lookalike", "one letter apart, different syllable"),
    ("Ri Sol Ju", "Lee Seol-ju", 1, "kp-person-romanisation-rr", "Kim Jong Un's wife"),
    ("Ri Sol Ju", "Ri Sol Jong", 0, "kp-person-lookalike", ""),
    ("Choe Ryong Hae", "Choi Ryong-hae", 1, "kp-person-romanisation-common", ""),
    ("Choe Ryong Hae", "Choe Yong Hae", 1, "kp-person-romanisation-rr", "initial-sound rule drops R in the South"),
    ("Choe Ryong Hae", "Choe Thae Bok", 0, "kp-person-lookalike", ""),
    ("Choe Ryong Hae", "Choe Ryong Su", 0, "kp-person-lookalike", ""),
    ("Ri Pyong Chol", "Ri Pyong Chul", 1, "kp-person-romanisation-common", "UN spelling"),
    ("Ri Pyong Chol", "Lee Byung-chul", 1, "kp-person-romanisation-common", "Samsung founder has this name too; name alone cannot tell"),
    ("Ri Pyong Chol", "Pak Pyong Chol", 0, "kp-person-lookalike", ""),
    ("Park Jin Hyok", "Pak Jin Hek", 1, "kp-person-typo", "alias on the SDN entry"),
    ("Park Jin Hyok", "Pak Kwang Jin", 0, "kp-person-lookalike", "alias of a different person"),
    ("Park Jin Hyok", "Jin Hyok Park", 1, "kp-person-order", ""),
    ("Park Jin Hyok", "Park Jin Hyun", 0, "kp-person-lookalike", ""),
    ("Kim Yong Chol", "Kim Young-chul", 1, "kp-person-romanisation-common", ""),
    ("Kim Yong Chol", "Kim Yong Chun", 0, "kp-person-lookalike", ""),
    ("Kim Yong Chol", "Kim Yong Nam", 0, "kp-person-lookalike", "former head of state"),
    ("Kim Yong Nam", "Kim Young-nam", 1, "kp-person-romanisation-common", ""),
    ("Hwang Pyong So", "Hwang Byung-seo", 1, "kp-person-romanisation-common", ""),
    ("Ri Yong Ho", "Lee Yong-ho", 1, "kp-person-romanisation-common", "former foreign minister"),
    ("Ri Yong Ho", "Ri Yong Gil", 0, "kp-person-lookalike", ""),
    ("Ri Son Gwon", "Ri Son Kwon", 1, "kp-person-romanisation-mr", ""),
    ("Kim Kyong Hui", "Kim Kyung-hee", 1, "kp-person-romanisation-common", ""),
    ("Kim Kyong Hui", "Kim Kyong Ho", 0, "kp-person-lookalike", ""),
    ("Jang Song Thaek", "Chang Song-taek", 1, "kp-person-romanisation-mr", ""),
    ("Jang Song Thaek", "Jang Sung-taek", 1, "kp-person-romanisation-common", ""),
    ("Jang Song Thaek", "Jang Song Chol", 0, "kp-person-lookalike", ""),
    ("Hyon Yong Chol", "Hyun Young-chul", 1, "kp-person-romanisation-common", ""),
    ("Hyon Yong Chol", "Hyon Song Wol", 0, "kp-person-lookalike", ""),
    ("Hyon Song Wol", "Hyun Song-wol", 1, "kp-person-romanisation-common", ""),
    ("O Kuk Ryol", "Oh Geuk-ryeol", 1, "kp-person-romanisation-rr", ""),
    ("O Kuk Ryol", "O Kuk Chol", 0, "kp-person-lookalike", ""),
    ("Ri Su Yong", "Lee Soo-young", 1, "kp-person-romanisation-common", ""),
    ("Ri Su Yong", "Ri Yong Su", 0, "kp-person-lookalike", ""),
    ("Kim Chol", "Kim Cheol", 1, "kp-person-romanisation-rr", "short name"),
    ("Kim Chol", "Kim Chul", 1, "kp-person-romanisation-common", "short name"),
    ("Kim Chol", "Kim Chol Nam", 0, "kp-person-lookalike", "extra syllable is a different name"),
    ("Kim Chol", "Kim Chol Su", 0, "kp-person-lookalike", ""),
    ("Kim Song", "Kim Seong", 1, "kp-person-romanisation-rr", ""),
    ("Kim Song", "Kim Song Il", 0, "kp-person-lookalike", ""),
    ("Kim Kyu", "Kim Gyu", 1, "kp-person-romanisation-rr", ""),
    ("Kim Kyu", "Kim Kyung", 0, "kp-person-lookalike", ""),
    ("Kang Ryong", "Kang Yong", 1, "kp-person-romanisation-rr", ""),
    ("Kang Ryong", "Kang Ryong Il", 0, "kp-person-lookalike", ""),
    ("Ryu Jin", "Yu Jin", 1, "kp-person-romanisation-rr", "initial-sound rule"),
    ("Ryu Jin", "Ryu Jun", 0, "kp-person-lookalike", ""),
    ("Ri Jong Chol", "Ri Chong Chol", 1, "kp-person-romanisation-mr", "OFAC 18668 writes Chong"),
    ("Yu Chol U", "Yu Cheol-u", 1, "kp-person-romanisation-rr", ""),
    ("Yu Chol U", "Yoo Chul-woo", 1, "kp-person-romanisation-common", ""),
    ("Cho Il U", "Jo Il-woo", 1, "kp-person-romanisation-common", ""),
    ("Cho Il U", "Cho Il", 0, "kp-person-lookalike", ""),
    ("Pak Han Se", "Park Han-se", 1, "kp-person-romanisation-common", ""),
    ("Pak Han Se", "Pak Han Sol", 0, "kp-person-lookalike", ""),
    ("Jon Il Chun", "Jeon Il-chun", 1, "kp-person-romanisation-rr", "Office 39 director"),
    ("Jon Il Chun", "Jon Il Chol", 0, "kp-person-lookalike", ""),
    ("Ri Chun Song", "Ri Chun Hwan", 0, "kp-person-lookalike", "both FTB representatives, both listed"),
    ("Kim Tong Chol", "Kim Tong-chol", 1, "kp-person-spacing", "two listed people share this name"),
    ("Kim Kwang Chun", "Kim Kwang Yon", 0, "kp-person-lookalike", "consecutive OFAC entries"),
    ("Kim Kwang Hyok", "Kim Kwang Il", 0, "kp-person-lookalike", ""),
    ("Pak Kwang Ho", "Pak Kwang Hun", 0, "kp-person-lookalike", "both listed"),
    ("Ri Song Chol", "Ri Song Hyok", 0, "kp-person-lookalike", "both listed"),
    ("Ri Song Un", "Ri Un Song", 0, "kp-person-lookalike", "both listed; reversed given name"),
    ("Kim Jong Man", "Kim Jong Sik", 0, "kp-person-lookalike", "both listed"),
    ("Kim Kyong Il", "Kim Kyong Ok", 0, "kp-person-lookalike", "both listed"),
    ("Kim Kyong Hyok", "Kim Kyong Hak", 0, "kp-person-lookalike", "both listed"),
    ("Choe Chun Yong", "Choe Chun Sik", 0, "kp-person-lookalike", "both listed"),
    ("Jang Yong Son", "Jang Song Chol", 0, "kp-person-lookalike", "both listed"),
    ("Pak Mun Il", "Pak Chun Il", 0, "kp-person-lookalike", "both listed"),
    ("Ko Chol Man", "Ko Chol Jae", 0, "kp-person-lookalike", ""),
    ("Mun Chong Chol", "Mun Cheong-cheol", 1, "kp-person-romanisation-rr", "UN MR form MUN CHO'NG-CH'O'L"),
    ("Mun Cho'ng-ch'o'l", "Mun Chong Chol", 1, "kp-person-romanisation-mr", "apostrophes standing in for breves"),
    ("Ra Ky'ong-su", "Ra Kyong Su", 1, "kp-person-romanisation-mr", ""),
    ("Yo'n Cho'ng Nam", "Yon Jong Nam", 1, "kp-person-romanisation-mr", ""),
    ("Ko Ch'o'l-chae", "Ko Chol Jae", 1, "kp-person-romanisation-mr", ""),
    ("Kim Tong My'ong", "Kim Dong-myeong", 1, "kp-person-romanisation-rr", ""),
    ("Ch'oe So'k-min", "Choi Seok-min", 1, "kp-person-romanisation-common", ""),
    ("Ri U'n-so'ng", "Lee Eun-sung", 1, "kp-person-romanisation-common", ""),
    ("Chu Hyo'k", "Ju Hyeok", 1, "kp-person-romanisation-rr", ""),
    ("Chu Hyo'k", "Chu Hyon", 0, "kp-person-lookalike", ""),
]:
    add(a, b, "person", m, cat, note)

# common South/North Korean names on no list versus listed people
for a, b, note in [
    ("Kim Jong Un", "Kim Ji-eun", "common name"), ("Kim Jong Un", "Kim Jung-hoon", "common name"),
    ("Kim Jong Un", "Kim Min-jun", "common name"), ("Kim Jong Un", "Kim Jong-kook", "singer"),
    ("Kim Yo Jong", "Kim Yeon-jung", "common name"), ("Kim Yo Jong", "Kim Young-ja", "common name"),
    ("Ri Pyong Chol", "Lee Byung-hun", "actor"), ("Ri Pyong Chol", "Lee Min-ho", "actor"),
    ("Choe Ryong Hae", "Choi Yong-soo", "common name"), ("Choe Ryong Hae", "Choi Ji-hae", "common name"),
    ("Park Jin Hyok", "Park Ji-hoon", "common name"), ("Park Jin Hyok", "Park Jin-young", "producer"),
    ("Park Jin Hyok", "Park Ji-sung", "footballer"), ("Pak Yong Sik", "Park Young-soo", "common name"),
    ("Kim Yong Chol", "Kim Yeon-koung", "volleyball player"), ("Kim Yong Chol", "Kim Yong-hwa", "common name"),
    ("Kim Won Hong", "Kim Won-hee", "common name"), ("Jang Song Chol", "Jang Seo-hee", "common name"),
    ("Kang Song Nam", "Kang Seung-yoon", "common name"), ("Ri Man Gon", "Lee Man-hee", "common name"),
    ("Jo Yong Won", "Jo Yoon-hee", "common name"), ("Choe Hwi", "Choi Hyun", "common name"),
    ("Kim Su Il", "Kim Soo-hyun", "actor"), ("Kim Su Il", "Kim Seo-yeon", "common name"),
    ("Ri Song Hyok", "Lee Seung-hoon", "common name"), ("Han Kwon U", "Han Ga-in", "actress"),
    ("Kim Jong Sik", "Kim Jae-sik", "common name"), ("Pak Chun Il", "Park Chan-wook", "film director"),
    ("Mun Kyong Hwan", "Moon Jae-in", "former ROK president"), ("Ri Jae Il", "Lee Jae-yong", "businessman"),
    ("Kim Ki Nam", "Kim Ki-duk", "film director"), ("Choe Pu Il", "Choi Bo-il", "invented look-alike"),
    ("Kim Kyong Ok", "Kim Kyung-ae", "common name"), ("Kim Chol", "Kim Cheol-min", "common name"),
    ("Kim Song", "Kim Seong-hun", "common name"), ("Ryom Hui Bong", "Yeom Hye-ran", "actress"),
    ("Kim Sang Man", "Kim Sang-min", "common name"), ("Kim Sang Man", "Kim Sung-man", "common name"),
    ("Ri Myong Hun", "Lee Myung-bak", "former ROK president"), ("Pak Kwang Ho", "Park Kwang-hyun", "common name"),
]:
    add(a, b, "person", 0, "kp-person-common-name", note)

# ---------------------------------------------------------------- DPRK entities
for a, b, m, cat, note in [
    ("Korea Kwangson Banking Corp", "KKBC", 1, "kp-entity-acronym", "acronym is a listed alias"),
    ("Korea Kwangson Banking Corporation", "Korea Kwangson Banking Corp.", 1, "kp-entity-legal-form", ""),
    ("Korea Kwangson Banking Corp", "Kwangson Banking Corporation", 1, "kp-entity-variant", ""),
    ("Korea Kwangson Banking Corp", "Korea Kwangsong Banking Corp", 1, "kp-entity-typo", ""),
    ("Korea Kwangson Banking Corp", "Korea Kwangson Trading Corp", 0, "kp-entity-generic-word", ""),
    ("Korea Mining Development Trading Corporation", "KOMID", 1, "kp-entity-acronym", ""),
    ("Korea Mining Development Trading Corporation", "Korea Mining Development Trading Corp.", 1, "kp-entity-legal-form", ""),
    ("Korea Mining Development Trading Corporation", "Korean Mining Development Trading Corporation", 1, "kp-entity-variant", "adjectival form used by OFAC remarks"),
    ("Korea Mining Development Trading Corporation", "Korea Mining Development Corporation", 1, "kp-entity-variant", "listed alias"),
    ("Korea Mining Development Trading Corporation", "Korea Trading Corporation", 0, "kp-entity-generic-word", "shares only generic words"),
    ("Korea Mining Development Trading Corporation", "Korea Mining Corporation", 0, "kp-entity-generic-word", ""),
    ("Korea Mining Development Trading Corporation", "Korea Resources Development Corporation", 0, "kp-entity-generic-word", ""),
    ("Korea Mining Development Trading Corporation", "조선광업개발무역회사", 1, "kp-entity-hangul", ""),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "Foreign Trade Bank of the DPRK", 1, "kp-entity-variant", ""),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "Foreign Trade Bank", 1, "kp-entity-variant", ""),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "Korea Foreign Trade Bank", 1, "kp-entity-variant", ""),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "조선무역은행", 1, "kp-entity-hangul", ""),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "Central Bank of the Democratic People's Republic of Korea", 0, "kp-entity-generic-word", "both listed, different banks"),
    ("Foreign Trade Bank of the Democratic People's Republic of Korea", "Foreign Trade Bank of Iran", 0, "kp-entity-generic-word", ""),
    ("Foreign Trade Bank", "Bank of Foreign Trade", 1, "kp-entity-order", ""),
    ("Chinyong Information Technology Cooperation Company", "Jinyong IT Cooperation Company", 1, "kp-entity-romanisation", "ITW front"),
    ("Chinyong Information Technology Cooperation Company", "Jinyong Information Technology Cooperation Company", 1, "kp-entity-romanisation", ""),
    ("Chinyong Information Technology Cooperation Company", "Chinyong IT Cooperation Co.", 1, "kp-entity-legal-form", ""),
    ("Chinyong Information Technology Cooperation Company", "Chinyong Information Technology Co-operation Company", 1, "kp-entity-spacing", ""),
    ("Chinyong Information Technology Cooperation Company", "Jinyoung Information Technology Cooperation Company", 1, "kp-entity-romanisation", ""),
    ("Chinyong Information Technology Cooperation Company", "Chinhung Information Technology Cooperation Company", 0, "kp-entity-lookalike", "different first word"),
    ("Chinyong Information Technology Cooperation Company", "Information Technology Cooperation Company", 0, "kp-entity-generic-word", "distinctive word missing"),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Yanbian Silverstar", 1, "kp-entity-legal-form", ""),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Yanbian Silver Star Network Technology Company Limited", 1, "kp-entity-spacing", ""),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Yanbian Silverstar Network Technology Co., Ltd", 1, "kp-entity-legal-form", ""),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "延边银星网络科技有限公司", 1, "kp-entity-chinese", ""),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Yanbian Network Technology Co. Ltd.", 0, "kp-entity-generic-word", ""),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Silverstar Network Solutions Ltd", 0, "kp-entity-lookalike", "different company"),
    ("Yanbian Silverstar Network Technology Co. Ltd.", "Volasys Silver Star", 0, "kp-entity-lookalike", "related front, different company"),
    ("Volasys Silver Star", "Volasys Silverstar", 1, "kp-entity-spacing", ""),
    ("Volasys Silver Star", "Volasys Silver Star LLC", 1, "kp-entity-legal-form", ""),
    ("Volasys Silver Star", "ООО Воласис Сильвер Стар", 1, "kp-entity-cyrillic", ""),
    ("Volasys Silver Star", "Silver Star", 0, "kp-entity-generic-word", "distinctive word missing"),
    ("Volasys Silver Star", "Volaris Silver Star", 0, "kp-entity-lookalike", ""),
    ("Korea Osong Shipping", "Korea Osong Shipping Co", 1, "kp-entity-legal-form", ""),
    ("Korea Osong Shipping", "Korea O Song Shipping Company", 1, "kp-entity-spacing", ""),
    ("Korea Osong Shipping", "Korea Ocean Shipping", 0, "kp-entity-lookalike", ""),
    ("Chonsurim Trading", "Chonsurim Trading Corporation", 1, "kp-entity-legal-form", ""),
    ("Chonsurim Trading", "Cheonsurim Trading", 1, "kp-entity-romanisation", ""),
    ("Chonsurim Trading", "Chonsong Trading", 0, "kp-entity-lookalike", ""),
    ("Department 53 of the Ministry of the People's Armed Forces", "Department 53", 1, "kp-entity-variant", ""),
    ("Department 53 of the Ministry of the People's Armed Forces", "Department 35", 0, "kp-entity-lookalike", ""),
    ("Liaoning China Trade Industry", "Liaoning China Trade Industry Co., Ltd.", 1, "kp-entity-legal-form", ""),
    ("Liaoning China Trade Industry", "Liaoning Trade Industry", 1, "kp-entity-variant", ""),
    ("Liaoning China Trade Industry", "China Trade Industry Co", 0, "kp-entity-generic-word", ""),
    ("Hopana Tech LLC", "HopanaTech", 1, "kp-entity-spacing", ""),
    ("Hopana Tech LLC", "Hopana Technologies", 1, "kp-entity-variant", ""),
    ("Hopana Tech LLC", "Havana Tech LLC", 0, "kp-entity-lookalike", ""),
    ("Shenyang Tonywang Technology LTD", "Shenyang Tony Wang Technology Limited", 1, "kp-entity-spacing", ""),
    ("Shenyang Huguo Technology Ltd", "Shenyang Huguo Tech Co Ltd", 1, "kp-entity-legal-form", ""),
    ("Shenyang Huguo Technology Ltd", "Shenyang Tonywang Technology LTD", 0, "kp-entity-lookalike", "linked but different"),
    ("Korea Ryonbong General Corporation", "Korea Yonbong General Corporation", 1, "kp-entity-romanisation", "listed alias"),
    ("Korea Ryonbong General Corporation", "Ryonbong General Corp", 1, "kp-entity-legal-form", ""),
    ("Korea Ryonbong General Corporation", "Korea Ryongbong General Corporation", 1, "kp-entity-typo", ""),
    ("Korea Ryonbong General Corporation", "Korea Rungrado General Trading Corporation", 0, "kp-entity-generic-word", "both listed"),
    ("Korea Ryonbong General Corporation", "Korea General Corporation for External Construction", 0, "kp-entity-generic-word", "both listed"),
    ("Reconnaissance General Bureau", "RGB", 1, "kp-entity-acronym", ""),
    ("Reconnaissance General Bureau", "General Reconnaissance Bureau", 1, "kp-entity-order", ""),
    ("Reconnaissance General Bureau", "General Bureau of Atomic Energy", 0, "kp-entity-generic-word", ""),
    ("Korea Computer Center", "KCC", 1, "kp-entity-acronym", ""),
    ("Korea Computer Center", "Korea Computer Centre", 1, "kp-entity-variant", "British spelling"),
    ("Korea Computer Center", "Korean Computer Center", 1, "kp-entity-variant", ""),
    ("Korea Computer Center", "Korea Computer Company", 0, "kp-entity-lookalike", ""),
    ("Ocean Maritime Management Company Limited", "OMM", 1, "kp-entity-acronym", ""),
    ("Ocean Maritime Management Company Limited", "Ocean Maritime Management Co., Ltd.", 1, "kp-entity-legal-form", ""),
    ("Ocean Maritime Management Company Limited", "Ocean Marine Management Company", 0, "kp-entity-lookalike", ""),
    ("Ocean Maritime Management Company Limited", "Maritime Management Company Limited", 0, "kp-entity-generic-word", ""),
    ("Green Pine Associated Corporation", "Green Pine Associated Corp", 1, "kp-entity-legal-form", ""),
    ("Green Pine Associated Corporation", "Green Pine Corporation", 1, "kp-entity-variant", ""),
    ("Green Pine Associated Corporation", "Green Energy Associated Corporation", 0, "kp-entity-lookalike", ""),
    ("Korea Daesong Bank", "Taesong Bank", 1, "kp-entity-romanisation", "MR vs RR"),
    ("Korea Daesong Bank", "Korea Daesong General Trading Corporation", 0, "kp-entity-lookalike", "both listed, different"),
    ("Korea Daesong Bank", "Korea Daesung Bank", 1, "kp-entity-romanisation", ""),
    ("Korea Daesong Bank", "Daesung Bank of Korea", 1, "kp-entity-order", ""),
    ("Ilsim International Bank", "Ilsim International Bank", 1, "kp-entity-variant", "identical"),
    ("Ilsim International Bank", "Ilshim International Bank", 1, "kp-entity-romanisation", ""),
    ("Ilsim International Bank", "International Bank", 0, "kp-entity-generic-word", ""),
    ("Ilsim International Bank", "Ilsan International Bank", 0, "kp-entity-lookalike", ""),
    ("Korea United Development Bank", "Korea United Development Bank Ltd", 1, "kp-entity-legal-form", ""),
    ("Korea United Development Bank", "Korea Development Bank", 0, "kp-entity-generic-word", "South Korean state bank"),
    ("Korea United Development Bank", "United Development Bank", 1, "kp-entity-variant", ""),
    ("Korea National Insurance Corporation", "KNIC", 1, "kp-entity-acronym", ""),
    ("Korea National Insurance Corporation", "Korea National Insurance Corp.", 1, "kp-entity-legal-form", ""),
    ("Korea National Insurance Corporation", "Korea National Oil Corporation", 0, "kp-entity-generic-word", "South Korean SOE"),
    ("Korea National Insurance Corporation", "National Insurance Corporation", 0, "kp-entity-generic-word", ""),
    ("Mansudae Overseas Project Group of Companies", "Mansudae Overseas Projects", 1, "kp-entity-variant", ""),
    ("Mansudae Overseas Project Group of Companies", "Mansudae Hill Overseas Group", 0, "kp-entity-lookalike", "invented"),
    ("Air Koryo", "Air Koryo", 1, "kp-entity-variant", "identical"),
    ("Air Koryo", "Koryo Airlines", 1, "kp-entity-variant", ""),
    ("Air Koryo", "Air Korea", 0, "kp-entity-lookalike", ""),
    ("Air Koryo", "Korean Air", 0, "kp-entity-lookalike", "South Korean airline"),
    ("Korea Tangun Trading Corporation", "Korea Tangun Trading Corp", 1, "kp-entity-legal-form", ""),
    ("Korea Tangun Trading Corporation", "Korea Dangun Trading Corporation", 1, "kp-entity-romanisation", ""),
    ("Korea Tangun Trading Corporation", "Korea Kumsan Trading Corporation", 0, "kp-entity-lookalike", ""),
    ("Office 39", "Bureau 39", 1, "kp-entity-variant", ""),
    ("Office 39", "Room 39", 1, "kp-entity-variant", ""),
    ("Office 39", "Office 93", 0, "kp-entity-lookalike", ""),
    ("Korea Haegumgang Trading Corporation", "Korea Hae Gum Gang Trading Corp", 1, "kp-entity-spacing", ""),
    ("Korea Haegumgang Trading Corporation", "Korea Kumgang Trading Corporation", 0, "kp-entity-lookalike", ""),
    ("Dandong Zhicheng Metallic Material Co., Ltd.", "Dandong Zhicheng Metallic Material Company Limited", 1, "kp-entity-legal-form", ""),
    ("Dandong Zhicheng Metallic Material Co., Ltd.", "丹东至诚金属材料有限公司", 1, "kp-entity-chinese", ""),
    ("Dandong Zhicheng Metallic Material Co., Ltd.", "Dandong Zhicheng Trading Co., Ltd.", 0, "kp-entity-lookalike", ""),
    ("Dandong Hongxiang Industrial Development Co Ltd", "DHID", 1, "kp-entity-acronym", ""),
    ("Dandong Hongxiang Industrial Development Co Ltd", "Dandong Hongda Trade Co. Ltd.", 0, "kp-entity-lookalike", "both Dandong, different"),
    ("Chongchongang Shipping Company Limited", "Chong Chon Gang Shipping Co Ltd", 1, "kp-entity-spacing", ""),
    ("Chongchongang Shipping Company Limited", "Chongbong Shipping Co Ltd", 0, "kp-entity-lookalike", "both listed"),
    ("Korea Kumbyol Trading Company", "Korea Kumbyol Trading Co", 1, "kp-entity-legal-form", ""),
    ("Korea Kumbyol Trading Company", "Kumbyol Trading Company", 1, "kp-entity-variant", ""),
    ("Korea Kumbyol Trading Company", "Korea Kumsong Trading Company", 0, "kp-entity-lookalike", ""),
    ("Korea Trading Company", "Korea Trading Co., Ltd.", 1, "kp-entity-legal-form", "generic name, same company"),
    ("Pyongyang Trading Company Limited", "Pyongyang Trading Corp", 1, "kp-entity-legal-form", ""),
    ("Korea Trading Corp", "Korea Mining Development Trading Corp", 0, "kp-entity-generic-word", ""),
    ("Korea Sobaeksu Trading Company", "Korea Sobaeksu Trading Co", 1, "kp-entity-legal-form", ""),
    ("Korea Sobaeksu Trading Company", "Korea Kwangsong Trading Company", 0, "kp-entity-lookalike", ""),
    ("Ryugyong Commercial Bank", "Ryugyong Commercial Bank Ltd", 1, "kp-entity-legal-form", ""),
    ("Ryugyong Commercial Bank", "Ryukyu Commercial Bank", 0, "kp-entity-lookalike", ""),
    ("Korea Ungum Corporation", "Korea Eungeum Corporation", 1, "kp-entity-romanisation", ""),
    ("Alpha Trading Co., Ltd.", "Omega Trading Co., Ltd.", 0, "legal-form-only", "only generic and legal-form words shared"),
    ("Korea Zinc Industrial Group", "Korea Zinc Company", 0, "kp-entity-lookalike", "South Korean listed company vs DPRK group"),
    ("Korea Zinc Industrial Group", "Korea Zinc Industrial Group Co", 1, "kp-entity-legal-form", ""),
    ("Paeksol Trading Corporation", "Paeksol Trading Corp", 1, "kp-entity-legal-form", ""),
    ("Paeksol Trading Corporation", "Baeksol Trading Corporation", 1, "kp-entity-romanisation", ""),
    ("Songi Trading Company", "Songi Trading Co", 1, "kp-entity-legal-form", ""),
    ("Songi Trading Company", "Sony Trading Company", 0, "kp-entity-lookalike", ""),
    ("Namchongang Trading Corporation", "Namchongang Trading", 1, "kp-entity-legal-form", ""),
    ("Namchongang Trading Corporation", "Nam Chon Gang Corporation", 1, "kp-entity-spacing", "listed alias"),
    ("Tanchon Commercial Bank", "Tanchon Commercial Bank", 1, "kp-entity-variant", "identical"),
    ("Tanchon Commercial Bank", "Tanchon Trading Corporation", 0, "kp-entity-lookalike", ""),
    ("Kumgang Bank", "Kumgang Bank", 1, "kp-entity-variant", "identical"),
    ("Kumgang Bank", "Geumgang Bank", 1, "kp-entity-romanisation", ""),
    ("Koryo Bank", "Koryo Credit Development Bank", 0, "kp-entity-lookalike", "both listed"),
    ("Korea Kwangson Banking Corp", "Korea Kwangsong Trading Corporation", 0, "kp-entity-lookalike", ""),
]:
    add(a, b, "organization", m, cat, note)

# DPRK vessels
for a, b, m, note in [
    ("Chong Chon Gang", "Chongchongang", 1, ""), ("Chong Chon Gang", "Chong Chon Gang", 1, "identical"),
    ("Chong Chon Gang", "Chong Bong", 0, "both listed"), ("Mu Du Bong", "Mudubong", 1, ""),
    ("Mu Du Bong", "Mu Du San", 0, ""), ("Hwang Gum San 2", "Hwang Gum San No. 2", 1, ""),
    ("Hwang Gum San 2", "Hwang Gum San 3", 0, "different hull number"), ("Ji Song 6", "Ji Song 8", 0, "both listed, different ships"),
    ("Ji Song 6", "Jisong 6", 1, ""), ("Yu Jong 2", "Yujong 2", 1, ""), ("Kum Un San", "Kum Un San 3", 0, "both listed"),
    ("Rye Song Gang 1", "Ryesonggang 1", 1, ""), ("Rye Song Gang 1", "Rye Song Gang 2", 0, ""),
    ("Paek Ma", "Baek Ma", 1, "RR"), ("Paek Ma", "Paek Ma Kang", 0, "different ship"),
    ("Tae Dong Gang", "Taedonggang", 1, ""), ("Tae Dong Gang", "Daedong Gang", 1, "RR"),
    ("Sam Jong 1", "Sam Jong 2", 0, "sister ships"), ("Dai Hong Dan", "Dae Hong Dan", 1, ""),
    ("Wise Honest", "Wise Honest", 1, "identical"), ("Wise Honest", "Wise Harmony", 0, ""),
    ("Kum Song 3", "Kumsong 3", 1, ""), ("Kum Song 3", "Kum Song 5", 0, "both listed"),
    ("Rung Ra Do", "Rungrado", 1, ""), ("An San 1", "Ansan 1", 1, ""), ("Nam San 8", "Namsan 8", 1, ""),
]:
    add(a, b, "vessel", m, "kp-vessel", note)

# ---------------------------------------------------------------- non-Korean persons
NONKP_PERSON = [
    # Arabic
    ("Mohammed bin Salman", "Muhammad bin Salman", 1, "ar-person-romanisation", ""),
    ("Mohammed Ali Hassan", "Mohamad Ali Hasan", 1, "ar-person-romanisation", ""),
    ("Mohammed Ali Hassan", "Muhammed Aly Hassan", 1, "ar-person-romanisation", ""),
    ("Mohammed Ali Hassan", "Mohammed Ali Hussein", 0, "ar-person-lookalike", "Hassan and Hussein are different names"),
    ("Mohammed Ali Hassan", "Ahmed Ali Hassan", 0, "ar-person-lookalike", ""),
    ("Abdul Rahman al-Qasim", "Abd al-Rahman al-Qasim", 1, "ar-person-romanisation", ""),
    ("Abdul Rahman al-Qasim", "Abdurrahman Alqasim", 1, "ar-person-romanisation", ""),
    ("Abdul Rahman al-Qasim", "Abdul Rahim al-Qasim", 0, "ar-person-lookalike", "Rahman vs Rahim"),
    ("Abdul Rahman al-Qasim", "Abdul Rahman al-Hashimi", 0, "ar-person-lookalike", ""),
    ("Osama bin Laden", "Usama bin Ladin", 1, "ar-person-romanisation", ""),
    ("Osama bin Laden", "Usamah Bin Muhammad Bin Awad Bin Ladin", 1, "ar-person-romanisation", "full nasab"),
    ("Osama bin Laden", "أسامة بن لادن", 1, "ar-person-arabic-script", ""),
    ("Osama bin Laden", "Hamza bin Laden", 0, "ar-person-lookalike", "son"),
    ("Ayman al-Zawahiri", "Aiman el-Zawahri", 1, "ar-person-romanisation", ""),
    ("Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zawahiri", 1, "ar-person-romanisation", ""),
    ("Ayman al-Zawahiri", "أيمن الظواهري", 1, "ar-person-arabic-script", ""),
    ("Ayman al-Zawahiri", "Ayman al-Zahrani", 0, "ar-person-lookalike", ""),
    ("Abu Bakr al-Baghdadi", "Abu Bakr el-Baghdadi", 1, "ar-person-romanisation", ""),
    ("Abu Bakr al-Baghdadi", "Abu Bakr al-Bakri", 0, "ar-person-lookalike", ""),
    ("Hassan Nasrallah", "Hasan Nasr Allah", 1, "ar-person-romanisation", ""),
    ("Hassan Nasrallah", "حسن نصر الله", 1, "ar-person-arabic-script", ""),
    ("Hassan Nasrallah", "Hassan Nasser", 0, "ar-person-lookalike", ""),
    ("Khalid Sheikh Mohammed", "Khaled Shaikh Mohamed", 1, "ar-person-romanisation", ""),
    ("Yusuf al-Qaradawi", "Yousef al-Qaradawi", 1, "ar-person-romanisation", ""),
    ("Yusuf al-Qaradawi", "Youssef Qaradawi", 1, "ar-person-romanisation", ""),
    ("Ibrahim Abdullah", "Ebrahim Abdallah", 1, "ar-person-romanisation", ""),
    ("Ibrahim Abdullah", "Ismail Abdullah", 0, "ar-person-lookalike", ""),
    ("Abdel Aziz Mahmoud", "Abdelaziz Mahmud", 1, "ar-person-romanisation", ""),
    ("Abdel Aziz Mahmoud", "Abdel Karim Mahmoud", 0, "ar-person-lookalike", ""),
    ("Omar Abdel Rahman", "Umar Abd al-Rahman", 1, "ar-person-romanisation", ""),
    ("Omar Abdel Rahman", "Amr Abdel Rahman", 0, "ar-person-lookalike", "Omar and Amr differ in Arabic"),
    ("Saif al-Adel", "Sayf al-Adl", 1, "ar-person-romanisation", ""),
    ("Jamal Khashoggi", "Jamal Kashoggi", 1, "ar-person-typo", ""),
    ("Qasem Soleimani", "Qassem Suleimani", 1, "fa-person-romanisation", ""),
    ("Qasem Soleimani", "Ghasem Soleimani", 1, "fa-person-romanisation", "Persian Gh/Q"),
    ("Qasem Soleimani", "قاسم سلیمانی", 1, "fa-person-arabic-script", ""),
    ("Qasem Soleimani", "Qasem Salehi", 0, "fa-person-lookalike", ""),
    ("Mohammad Javad Zarif", "Mohamad Javad Zarif", 1, "fa-person-romanisation", ""),
    ("Mohammad Javad Zarif", "Mohammad Javad Azari Jahromi", 0, "fa-person-lookalike", ""),
    ("Hossein Dehghan", "Hosein Dehqan", 1, "fa-person-romanisation", ""),
    ("Hossein Dehghan", "Hassan Dehghan", 0, "fa-person-lookalike", ""),
    ("Ali Akbar Velayati", "Ali-Akbar Welayati", 1, "fa-person-romanisation", ""),
    ("Ali Khamenei", "Seyyed Ali Hosseini Khamenei", 1, "fa-person-romanisation", "full name"),
    ("Ali Khamenei", "Mojtaba Khamenei", 0, "fa-person-lookalike", "son"),
    ("Mahmoud Ahmadinejad", "Mahmud Ahmadinezhad", 1, "fa-person-romanisation", ""),
    ("Mahmoud Ahmadinejad", "محمود احمدی‌نژاد", 1, "fa-person-arabic-script", ""),
    ("Reza Pahlavi", "Reza Pahlevi", 1, "fa-person-romanisation", ""),
    # Russian / Cyrillic
    ("Sergei Ivanov", "Sergey Ivanov", 1, "ru-person-romanisation", ""),
    ("Sergei Ivanov", "Сергей Иванов", 1, "ru-person-cyrillic", ""),
    ("Sergei Ivanov", "Sergei Ivanovich", 0, "ru-person-lookalike", "patronymic is not a surname"),
    ("Sergei Ivanov", "Sergei Ivashov", 0, "ru-person-lookalike", ""),
    ("Yevgeny Prigozhin", "Evgeniy Prigozhin", 1, "ru-person-romanisation", ""),
    ("Yevgeny Prigozhin", "Yevgeniy Viktorovich Prigozhin", 1, "ru-person-romanisation", "with patronymic"),
    ("Yevgeny Prigozhin", "Евгений Пригожин", 1, "ru-person-cyrillic", ""),
    ("Yevgeny Prigozhin", "Yevgeny Primakov", 0, "ru-person-lookalike", ""),
    ("Oleg Deripaska", "Oleg Vladimirovich Deripaska", 1, "ru-person-romanisation", ""),
    ("Oleg Deripaska", "Олег Дерипаска", 1, "ru-person-cyrillic", ""),
    ("Oleg Deripaska", "Oleg Derevyanko", 0, "ru-person-lookalike", ""),
    ("Viktor Vekselberg", "Victor Wekselberg", 1, "ru-person-romanisation", "German-style transliteration"),
    ("Viktor Vekselberg", "Viktor Vasilyev", 0, "ru-person-lookalike", ""),
    ("Arkady Rotenberg", "Arkadiy Romanovich Rotenberg", 1, "ru-person-romanisation", ""),
    ("Arkady Rotenberg", "Boris Rotenberg", 0, "ru-person-lookalike", "brother"),
    ("Gennady Timchenko", "Gennadiy Timtchenko", 1, "ru-person-romanisation", "French-style"),
    ("Gennady Timchenko", "Геннадий Тимченко", 1, "ru-person-cyrillic", ""),
    ("Alexei Mordashov", "Aleksey Mordashov", 1, "ru-person-romanisation", ""),
    ("Alexei Mordashov", "Alexei Moiseev", 0, "ru-person-lookalike", ""),
    ("Yuri Kovalchuk", "Yury Koval'chuk", 1, "ru-person-romanisation", ""),
    ("Yuri Kovalchuk", "Iurii Kovalchuk", 1, "ru-person-romanisation", "ICAO passport style"),
    ("Yuri Kovalchuk", "Yuri Kovalenko", 0, "ru-person-lookalike", ""),
    ("Dmitry Medvedev", "Dmitriy Medvedev", 1, "ru-person-romanisation", ""),
    ("Dmitry Medvedev", "Dmitry Mazepin", 0, "ru-person-lookalike", ""),
    ("Mikhail Pisklin", "Mikhail Yur'evich Pisklin", 1, "ru-person-romanisation", "DPRK3 designee"),
    ("Mikhail Pisklin", "Михаил Писклин", 1, "ru-person-cyrillic", ""),
    ("Irina Huish", "Irina Igorevna Huish", 1, "ru-person-romanisation", "DPRK3 designee"),
    ("Irina Huish", "Irina Hughes", 0, "ru-person-lookalike", ""),
    ("Andrey Serbin", "Andrei Serbin", 1, "ru-person-romanisation", "DPRK3 designee"),
    ("Andrey Serbin", "Андрей Сербин", 1, "ru-person-cyrillic", ""),
    ("Andrey Serbin", "Andrey Sergeev", 0, "ru-person-lookalike", ""),
    ("Vasili Kolchanov", "Vasily Aleksandrovich Kolchanov", 1, "ru-person-romanisation", "DPRK4 designee"),
    ("Vasili Kolchanov", "Vasili Kolesnikov", 0, "ru-person-lookalike", ""),
    ("Vladlen Amtchentsev", "Vladlen Amchentsev", 1, "ru-person-romanisation", ""),
    ("Alexander Ivanovich Petrov", "Aleksandr Petrov", 1, "ru-person-romanisation", ""),
    ("Alexander Petrov", "Alexandra Petrova", 0, "ru-person-lookalike", "feminine form, different person"),
    ("Ivan Petrov", "Ivan Petrenko", 0, "ru-person-lookalike", ""),
    ("Natalia Sokolova", "Natalya Sokolova", 1, "ru-person-romanisation", ""),
    ("Natalia Sokolova", "Наталья Соколова", 1, "ru-person-cyrillic", ""),
    # Chinese
    ("Xi Jinping", "Hsi Chin-p'ing", 1, "zh-person-wade-giles", ""),
    ("Xi Jinping", "习近平", 1, "zh-person-han", ""),
    ("Xi Jinping", "Xi Mingze", 0, "zh-person-lookalike", "daughter"),
    ("Li Jiadong", "Li Chia-tung", 1, "zh-person-wade-giles", "DPRK3 designee"),
    ("Li Jiadong", "李家东", 1, "zh-person-han", ""),
    ("Li Jiadong", "Li Jiahao", 0, "zh-person-lookalike", ""),
    ("Tian Yinyin", "Tian Yin Yin", 1, "zh-person-spacing", "DPRK3 designee"),
    ("Tian Yinyin", "田寅寅", 1, "zh-person-han", ""),
    ("Tian Yinyin", "Tian Yuyin", 0, "zh-person-lookalike", ""),
    ("Chi Yupeng", "Yupeng Chi", 1, "zh-person-order", "DPRK3 designee"),
    ("Chi Yupeng", "Chi Yu-p'eng", 1, "zh-person-wade-giles", ""),
    ("Chi Yupeng", "Chi Yuping", 0, "zh-person-lookalike", ""),
    ("Sun Sidong", "Sun Si Dong", 1, "zh-person-spacing", "DPRK4 designee"),
    ("Sun Sidong", "孙嗣东", 1, "zh-person-han", ""),
    ("Sun Sidong", "Sun Dongsi", 0, "zh-person-lookalike", ""),
    ("Ma Xiaohong", "马晓红", 1, "zh-person-han", "Dandong Hongxiang"),
    ("Ma Xiaohong", "Ma Hsiao-hung", 1, "zh-person-wade-giles", ""),
    ("Ma Xiaohong", "Ma Xiaodong", 0, "zh-person-lookalike", ""),
    ("Tsang Yung Yuan", "Zeng Yongyuan", 1, "zh-person-pinyin", "Wade-Giles/Cantonese vs pinyin"),
    ("Tsang Yung Yuan", "Tsang Yung-yuan", 1, "zh-person-spacing", ""),
    ("Chen Mei Hsiang", "Chen Meixiang", 1, "zh-person-pinyin", "Taiwanese DPRK4 designee"),
    ("Chen Mei Hsiang", "Chen Mei-hsiung", 0, "zh-person-lookalike", ""),
    ("Huang Wang Ken", "Huang Wang-ken", 1, "zh-person-spacing", ""),
    ("Huang Wang Ken", "Wong Wang Ken", 1, "zh-person-romanisation", "Cantonese surname form"),
    ("Zhang Wei", "Chang Wei", 1, "zh-person-wade-giles", "very common name"),
    ("Zhang Wei", "Zhang Wen", 0, "zh-person-lookalike", ""),
    ("Wang Xiaoming", "Wang Hsiao-ming", 1, "zh-person-wade-giles", ""),
    ("Liu Yang", "Liu Ying", 0, "zh-person-lookalike", ""),
    ("Zhou Enlai", "Chou En-lai", 1, "zh-person-wade-giles", ""),
    ("Mao Zedong", "Mao Tse-tung", 1, "zh-person-wade-giles", ""),
    ("Deng Xiaoping", "Teng Hsiao-p'ing", 1, "zh-person-wade-giles", ""),
    ("Kejia Wang", "Wang Kejia", 1, "zh-person-order", "Hopana Tech case"),
    ("Zhenxing Wang", "Wang Zhenxing", 1, "zh-person-order", ""),
    ("Zhenxing Wang", "Kejia Wang", 0, "zh-person-lookalike", "co-defendants"),
    ("Japanese: Tanaka Hiroshi", "Hiroshi Tanaka", 1, "ja-person-order", ""),
    ("Tanaka Hiroshi", "田中博", 1, "ja-person-kanji", ""),
    ("Tanaka Hiroshi", "Tanaka Takeshi", 0, "ja-person-lookalike", ""),
    ("Sato Yuki", "Satō Yūki", 1, "ja-person-romanisation", "macrons"),
    ("Sato Yuki", "Saito Yuki", 0, "ja-person-lookalike", "Sato and Saito are different surnames"),
    ("Ryoji Okada", "Ryouji Okada", 1, "ja-person-romanisation", ""),
    # Spanish / Portuguese
    ("Nicolás Maduro Moros", "Nicolas Maduro", 1, "es-person-double-surname", ""),
    ("Nicolás Maduro Moros", "Maduro Moros, Nicolas", 1, "es-person-order", ""),
    ("Nicolás Maduro Moros", "Nicolás Maduro Guerra", 0, "es-person-lookalike", "son"),
    ("Diosdado Cabello Rondón", "Diosdado Cabello", 1, "es-person-double-surname", ""),
    ("Diosdado Cabello Rondón", "Diosdado Cabello Rondon", 1, "es-person-accent", ""),
    ("Diosdado Cabello Rondón", "David Cabello Rondón", 0, "es-person-lookalike", "brother"),
    ("Tareck El Aissami", "Tareck Zaidan El Aissami Maddah", 1, "es-person-double-surname", ""),
    ("Tareck El Aissami", "Tarek al-Aissami", 1, "es-person-romanisation", ""),
    ("Joaquín Archivaldo Guzmán Loera", "Joaquin Guzman Loera", 1, "es-person-double-surname", ""),
    ("Joaquín Guzmán Loera", "Joaquín Guzmán López", 0, "es-person-lookalike", "son"),
    ("Ismael Zambada García", "Ismael Zambada Garcia", 1, "es-person-accent", ""),
    ("Ismael Zambada García", "Ismael Zambada Sicairos", 0, "es-person-lookalike", "son"),
    ("José Luis García Pérez", "Jose Luis Garcia", 1, "es-person-double-surname", ""),
    ("José Luis García Pérez", "José Luis Pérez García", 0, "es-person-lookalike", "surnames swapped: a different person in Spanish naming"),
    ("María Fernanda López", "Maria Fernanda Lopez", 1, "es-person-accent", ""),
    ("María Fernanda López", "María Fernández López", 0, "es-person-lookalike", ""),
    ("Rafael Caro Quintero", "Rafael Caro-Quintero", 1, "es-person-spacing", ""),
    ("Rafael Caro Quintero", "Rafael Quintero", 0, "es-person-lookalike", "drops the paternal surname"),
    ("Juan Carlos Rodríguez", "Juan Carlos Rodriguez", 1, "es-person-accent", ""),
    ("Juan Carlos Rodríguez", "Juan Camilo Rodríguez", 0, "es-person-lookalike", ""),
    ("Raúl Castro Ruz", "Raul Modesto Castro Ruz", 1, "es-person-double-surname", ""),
    ("Raúl Castro Ruz", "Fidel Castro Ruz", 0, "es-person-lookalike", "brothers"),
    ("João Silva Santos", "Joao da Silva Santos", 1, "pt-person-particle", ""),
    # Greek
    ("Georgios Papadopoulos", "Γεώργιος Παπαδόπουλος", 1, "el-person-greek", ""),
    ("Georgios Papadopoulos", "George Papadopoulos", 1, "el-person-romanisation", ""),
    ("Georgios Papadopoulos", "Giorgos Papadopoulos", 1, "el-person-romanisation", ""),
    ("Georgios Papadopoulos", "Georgios Papadakis", 0, "el-person-lookalike", ""),
    ("Dimitrios Konstantinou", "Δημήτριος Κωνσταντίνου", 1, "el-person-greek", ""),
    ("Dimitrios Konstantinou", "Dimitris Konstantinidis", 0, "el-person-lookalike", ""),
    # Turkish / others on DPRK lists
    ("Huseyin Sahin", "Hüseyin Şahin", 1, "tr-person-diacritics", "DPRK designee"),
    ("Huseyin Sahin", "Hasan Sahin", 0, "tr-person-lookalike", ""),
    ("Erhan Culha", "Erhan Çulha", 1, "tr-person-diacritics", ""),
    ("Erhan Culha", "Erkan Culha", 0, "tr-person-lookalike", ""),
    ("Tan Wee Beng", "Wee Beng Tan", 1, "sg-person-order", "DPRK designee"),
    ("Tan Wee Beng", "Tan Wei Beng", 1, "sg-person-typo", ""),
    ("Tan Wee Beng", "Tan Wee Meng", 0, "sg-person-lookalike", ""),
    ("Leonard Lai", "Lai Leonard", 1, "sg-person-order", ""),
    ("Mavungal Hussain", "Hussain Mavungal", 1, "in-person-order", ""),
    ("Mavungal Hussain", "Mavungal Hassan", 0, "in-person-lookalike", ""),
    ("Rajesh Kumar Sharma", "Rajesh Sharma", 1, "in-person-variant", "middle name dropped"),
    ("Rajesh Kumar Sharma", "Rakesh Kumar Sharma", 0, "in-person-lookalike", ""),
    ("Venkatesh Subramanian", "Venkatesh Subramaniam", 1, "in-person-romanisation", ""),
    ("John Michael Smith", "John Smith", 1, "en-person-variant", "middle name dropped"),
    ("John Michael Smith", "Jon Smyth", 1, "en-person-typo", ""),
    ("John Michael Smith", "Joan Smith", 0, "en-person-lookalike", ""),
    ("Katherine O'Brien", "Kathryn OBrien", 1, "en-person-romanisation", ""),
    ("Katherine O'Brien", "Katherine O'Brian", 1, "en-person-typo", ""),
    ("Stephen McDonald", "Steven MacDonald", 1, "en-person-romanisation", ""),
    ("Stephen McDonald", "Stephen McDowell", 0, "en-person-lookalike", ""),
    ("Hans-Peter Müller", "Hans Peter Mueller", 1, "de-person-umlaut", ""),
    ("Hans-Peter Müller", "Hans-Peter Möller", 0, "de-person-lookalike", ""),
    ("François Lefèvre", "Francois Lefevre", 1, "fr-person-accent", ""),
    ("Nguyen Van Minh", "Nguyễn Văn Minh", 1, "vi-person-diacritics", ""),
    ("Nguyen Van Minh", "Nguyen Van Manh", 0, "vi-person-lookalike", ""),
]
for a, b, m, cat, note in NONKP_PERSON:
    add(a.replace("Japanese: ", ""), b, "person", m, cat, note)

# ---------------------------------------------------------------- non-Korean organisations and vessels
NONKP_ORG = [
    ("Banco Nacional de Cuba", "National Bank of Cuba", 1, "cu-org-translation", "translation: same bank; only a listed alias can bridge it"),
    ("Banco Nacional de Cuba", "Banco Nacional de Cuba S.A.", 1, "cu-org-legal-form", ""),
    ("Banco Nacional de Cuba", "Banco Central de Cuba", 0, "cu-org-lookalike", ""),
    ("Cubana de Aviacion", "Cubana de Aviación S.A.", 1, "cu-org-legal-form", ""),
    ("Cubana de Aviacion", "Cubana de Turismo", 0, "cu-org-lookalike", ""),
    ("Havanatur S.A.", "Havanatur", 1, "cu-org-legal-form", ""),
    ("Havanatur S.A.", "Havana Tours Ltd", 0, "cu-org-lookalike", ""),
    ("Corporacion CIMEX S.A.", "CIMEX", 1, "cu-org-legal-form", ""),
    ("Corporacion CIMEX S.A.", "Corporación Cimex, S.A.", 1, "cu-org-accent", ""),
    ("Bank Melli Iran", "Bank Melli", 1, "ir-org-variant", ""),
    ("Bank Melli Iran", "Bank Mellat", 0, "ir-org-lookalike", "different Iranian bank"),
    ("Bank Mellat", "بانک ملت", 1, "ir-org-arabic-script", ""),
    ("Bank Saderat Iran", "Bank Saderat PLC", 1, "ir-org-legal-form", ""),
    ("Bank Saderat Iran", "Bank Sepah", 0, "ir-org-lookalike", ""),
    ("Islamic Republic of Iran Shipping Lines", "IRISL", 1, "ir-org-acronym", ""),
    ("Islamic Republic of Iran Shipping Lines", "Islamic Republic of Iran Broadcasting", 0, "ir-org-generic-word", ""),
    ("Mahan Air", "Mahan Airlines", 1, "ir-org-variant", ""),
    ("Mahan Air", "Iran Air", 0, "ir-org-lookalike", ""),
    ("Khatam al-Anbiya Construction Headquarters", "Khatam ol Anbia Construction Base", 1, "ir-org-romanisation", ""),
    ("Islamic Revolutionary Guard Corps", "IRGC", 1, "ir-org-acronym", ""),
    ("Rosneft", "Rosneft Oil Company", 1, "ru-org-legal-form", ""),
    ("Rosneft", "Роснефть", 1, "ru-org-cyrillic", ""),
    ("Rosneft", "Rostec", 0, "ru-org-lookalike", ""),
    ("Sberbank of Russia", "Sberbank", 1, "ru-org-variant", ""),
    ("Sberbank of Russia", "ПАО Сбербанк", 1, "ru-org-cyrillic", ""),
    ("VTB Bank", "Bank VTB PJSC", 1, "ru-org-legal-form", ""),
    ("VTB Bank", "VEB Bank", 0, "ru-org-lookalike", ""),
    ("Gazprombank", "Gazprom Bank JSC", 1, "ru-org-spacing", ""),
    ("Gazprombank", "Gazprom Neft", 0, "ru-org-lookalike", ""),
    ("Rostec", "State Corporation Rostec", 1, "ru-org-variant", ""),
    ("Rosoboronexport", "Rosoboroneksport", 1, "ru-org-romanisation", ""),
    ("Rosoboronexport", "Рособоронэкспорт", 1, "ru-org-cyrillic", ""),
    ("Internet Research Agency LLC", "Internet Research Agency", 1, "ru-org-legal-form", ""),
    ("Internet Research Agency LLC", "Internet Research Group", 0, "ru-org-lookalike", ""),
    ("Gudzon Shipping Co LLC", "Gudzon Shipping Company", 1, "ru-org-legal-form", "DPRK-related"),
    ("Primorye Maritime Logistics Co Ltd", "Primorye Maritime Logistics", 1, "ru-org-legal-form", ""),
    ("Primorye Maritime Logistics Co Ltd", "Primorsk Logistics", 0, "ru-org-lookalike", ""),
    ("Profinet Pte. Ltd.", "Profinet Private Limited", 1, "sg-org-legal-form", ""),
    ("Profinet Pte. Ltd.", "Profinet Systems GmbH", 0, "sg-org-lookalike", ""),
    ("Transatlantic Partners Pte. Ltd.", "Transatlantic Partners Private Limited", 1, "sg-org-legal-form", ""),
    ("Velmur Management Pte Ltd", "Velmur Management", 1, "sg-org-legal-form", ""),
    ("Velmur Management Pte Ltd", "Velmont Management Ltd", 0, "sg-org-lookalike", ""),
    ("Dalian Global Unity Shipping Co., Ltd.", "Dalian Global Unity Shipping Agency", 1, "cn-org-variant", ""),
    ("Dalian Global Unity Shipping Co., Ltd.", "Global Unity Shipping", 1, "cn-org-variant", ""),
    ("Dalian Global Unity Shipping Co., Ltd.", "Dalian Ocean Shipping Co., Ltd.", 0, "cn-org-lookalike", ""),
    ("Huawei Technologies Co., Ltd.", "华为技术有限公司", 1, "cn-org-han", ""),
    ("Huawei Technologies Co., Ltd.", "Huawei Technologies", 1, "cn-org-legal-form", ""),
    ("Huawei Technologies Co., Ltd.", "Hualong Technologies Co., Ltd.", 0, "cn-org-lookalike", ""),
    ("China North Industries Corporation", "NORINCO", 1, "cn-org-acronym", ""),
    ("China North Industries Corporation", "China South Industries Group", 0, "cn-org-lookalike", ""),
    ("Hezbollah", "Hizballah", 1, "ar-org-romanisation", ""),
    ("Hezbollah", "Hizbullah", 1, "ar-org-romanisation", ""),
    ("Hezbollah", "حزب الله", 1, "ar-org-arabic-script", ""),
    ("Hezbollah", "Hizb ut-Tahrir", 0, "ar-org-lookalike", ""),
    ("Al-Qaida", "Al Qaeda", 1, "ar-org-romanisation", ""),
    ("Al-Qaida", "al-Qa'ida", 1, "ar-org-romanisation", ""),
    ("Al-Qaida", "Al-Qaida in the Arabian Peninsula", 0, "ar-org-lookalike", "a different listed group"),
    ("Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", 1, "ar-org-variant", ""),
    ("Al Rashid Trust", "Al-Rasheed Trust", 1, "ar-org-romanisation", ""),
    ("Al Rashid Trust", "Al Rahman Trust", 0, "ar-org-lookalike", ""),
    ("Petróleos de Venezuela, S.A.", "PDVSA", 1, "ve-org-acronym", ""),
    ("Petróleos de Venezuela, S.A.", "Petroleos de Venezuela SA", 1, "ve-org-accent", ""),
    ("Petróleos de Venezuela, S.A.", "Petróleos Mexicanos", 0, "mx-org-lookalike", ""),
    ("Banco de Venezuela", "Banco de Venezuela S.A. Banco Universal", 1, "ve-org-legal-form", ""),
    ("Banco de Venezuela", "Banco Venezolano de Credito", 0, "ve-org-lookalike", ""),
    ("Los Zetas", "Zetas", 1, "mx-org-variant", ""),
    ("Acme Trading Company Limited", "ACME Trading Co. Ltd.", 1, "en-org-legal-form", ""),
    ("Acme Trading Company Limited", "Acme Holdings Company Limited", 0, "en-org-lookalike", ""),
    ("Global Logistics Ltd", "Global Logistics Inc", 1, "en-org-legal-form", "same name, legal form differs"),
    ("Global Logistics Ltd", "Global Shipping Ltd", 0, "en-org-generic-word", ""),
    ("Smith & Sons Ltd", "Smith and Sons Limited", 1, "en-org-legal-form", ""),
    ("Sunrise Technology GmbH", "Sunrise Technology AG", 1, "de-org-legal-form", ""),
    ("Sunrise Technology GmbH", "Sunset Technology GmbH", 0, "de-org-lookalike", ""),
    ("Société Générale", "Societe Generale SA", 1, "fr-org-accent", ""),
]
for a, b, m, cat, note in NONKP_ORG:
    add(a, b, "organization", m, cat, note)

for a, b, m, note in [
    ("Sabiti", "Sabiti", 1, "identical"), ("Sabiti", "Sabina", 0, ""),
    ("Happiness I", "Happiness 1", 1, "roman numeral"), ("Happiness I", "Happiness II", 0, "different hull"),
    ("Ocean Victory", "Ocean Victoria", 0, ""), ("Ocean Victory", "M/V Ocean Victory", 1, "prefix"),
    ("Star Forever", "MT Star Forever", 1, "prefix"), ("Star Forever", "Forever Star", 0, "word order changes a ship name"),
    ("Xin Guang Hai", "Xinguanghai", 1, "spacing"), ("Xin Guang Hai", "Xin Hai", 0, ""),
    ("Asia Bridge 1", "Asia Bridge I", 1, ""), ("Koti", "Koti", 1, "identical"),
    ("Yuk Tung", "Yuk Tong", 1, "typo"), ("Yuk Tung", "Yuk Ting", 0, ""),
    ("Patriot", "Patriot", 1, "identical"), ("Neptun", "Neptune", 1, "spelling"),
    ("Bogatyr", "Богатырь", 1, "Cyrillic"), ("Partizan", "Partisan", 1, "spelling"),
]:
    add(a, b, "vessel", m, "vessel", note)

# a few 'any'-typed pairs (caller does not know what the name is)
for a, b, m, cat, note in [
    ("Korea Kwangson Banking Corp", "Kim Kwang Son", 0, "any-mixed", "person vs bank"),
    ("Kim Jong Un", "Kim Jong Un Trading Company", 0, "any-mixed", "company named after a person is not the person"),
    ("Ocean Maritime Management", "OCEAN MARITIME MANAGEMENT CO LTD", 1, "any-mixed", ""),
    ("Chong Chon Gang", "Chongchongang Shipping Company Limited", 0, "any-mixed", "the ship vs its owner"),
    ("Mu Du Bong", "Mudubong", 1, "any-mixed", ""),
    ("Sberbank", "Sber Bank", 1, "any-mixed", ""),
    ("Air Koryo", "Koryo Bank", 0, "any-mixed", ""),
    ("Hezbollah", "Hizballah", 1, "any-mixed", ""),
]:
    add(a, b, "any", m, cat, note)

seen = set()
out = []
for r in rows:
    key = (r[0], r[1])
    if key in seen or r[0] == r[1] and False:
        continue
    seen.add(key)
    out.append(r)
with open("eval/name-pairs.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name1", "name2", "type", "match", "category", "note"])
    for i, r in enumerate(out, 1):
        w.writerow([f"P{i:04d}", *r])
print(len(out), "pairs;", sum(1 for r in out if r[3]), "positive;", sum(1 for r in out if r[4].startswith("kp")), "DPRK")
