#!/usr/bin/env python3
"""Writes eval/list-queries.csv: labelled queries against all shared lists (except the 2019-01 SDN).

The query names are hand-written variants of real list entries (romanisation, order, spacing, typos, scripts) and
hand-picked clean names. `expected` names every acceptable entry: the target plus its copies in the other lists
(the CSL repeats SDN entries under the same ent_num; the UN entry of the same person is found by identical
normalised name and a compatible date of birth; the OFAC consolidated CSV and enhanced XML share ids).
Negative queries were checked: no list name or alias equals them after normalisation.
Run from the repository root: python3 eval/tools/make_list_queries.py
"""
import csv, gzip, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import list_index as li

rng = random.Random(7)
ROWS = li.rows
BY = {}
for l, sid, t, name, prim, extra in ROWS:
    l = "ofac-cons" if l == "ofac-cons-xml" else l
    BY.setdefault((l, sid), []).append((t, name, prim, extra))
NORMS = {}
FOLDED = {}
for l, sid, t, name, prim, extra in ROWS:
    NORMS.setdefault(li.norm(name), set()).add((l if l != "ofac-cons-xml" else "ofac-cons", sid))
    for k in li.variant_keys(name):
        FOLDED.setdefault(k, set()).add((l, sid))

def years(extra):
    return {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", extra)}

def primary(key):
    for t, name, prim, extra in BY[key]:
        if prim:
            return t, name, extra
    raise KeyError(key)

def expand(key):
    """The target and its cross-list copies."""
    out = [key]
    t, name, extra = primary(key)
    l, sid = key
    if l in ("ofac-sdn", "ofac-cons") and ("us-csl", sid) in BY:
        out.append(("us-csl", sid))
    if l == "us-csl":
        for other in ("ofac-sdn", "ofac-cons"):
            if (other, sid) in BY:
                out.append((other, sid))
    if l in ("ofac-sdn", "us-csl"):
        n = li.norm(name)
        ys = years(extra)
        for (l2, s2) in NORMS.get(n, ()):
            if l2 == "un-sc":
                t2, name2, extra2 = primary((l2, s2))
                if li.norm(name2) != n:
                    continue
                ys2 = years(extra2)
                if ys and ys2 and not any(abs(a - b) <= 1 for a in ys for b in ys2):
                    continue
                out.append((l2, s2))
    if l == "un-sc":
        n = li.norm(name)
        ys = years(extra)
        for (l2, s2) in NORMS.get(n, ()):
            if l2 in ("ofac-sdn",):
                t2, name2, extra2 = primary((l2, s2))
                if li.norm(name2) != n:
                    continue
                ys2 = years(extra2)
                if ys and ys2 and not any(abs(a - b) <= 1 for a in ys for b in ys2):
                    continue
                out.append((l2, s2))
                if ("us-csl", s2) in BY:
                    out.append(("us-csl", s2))
    # any other entry, in any list, whose primary name is the same after normalisation (a cross-list duplicate),
    # of the same type and with no conflicting year of birth
    n = li.norm(name)
    ys = years(extra)
    for (l2, s2) in sorted(NORMS.get(n, ())):
        try:
            t2, name2, extra2 = primary((l2, s2))
        except KeyError:
            continue
        if li.norm(name2) != n or (t2 != t and "?" not in (t, t2)):
            continue
        ys2 = years(extra2)
        if t == "person" and ys and ys2 and not any(abs(a - b) <= 1 for a in ys for b in ys2):
            continue
        out.append((l2, s2))
    seen = []
    for k in out:
        if k not in seen:
            seen.append(k)
    return seen

queries = []
SEEN_Q = set()
def q(name, typ, expected_keys, cat, note="", dob="", nat="", explicit=False):
    if (name.lower(), dob) in SEEN_Q:
        return
    SEEN_Q.add((name.lower(), dob))
    keys = []
    for k in expected_keys:
        keys.extend([k] if explicit else expand(k))
    exp = "|".join(dict.fromkeys(f"{l}:{s}" for l, s in keys))
    queries.append([name, typ, dob, nat, exp, cat, note])

def neg(name, typ, cat, note=""):
    hit = next((FOLDED[k] for k in li.variant_keys(name) if k in FOLDED), None)
    if hit:
        print("SKIP negative that is on a list:", name, hit, file=sys.stderr)
        return
    queries.append([name, typ, "", "", "", cat, note])

SDN = lambda i: ("ofac-sdn", str(i))
UN = lambda i: ("un-sc", str(i))
CONS = lambda i: ("ofac-cons", str(i))
CSL = lambda i: ("us-csl", str(i))

# ------------------------------------------------------------- DPRK individuals (OFAC SDN), two variants each
COMMON = {"KIM": "Kim", "RI": "Lee", "PAK": "Park", "CHOE": "Choi", "JONG": "Jung", "CHONG": "Jung", "JO": "Cho", "CHO": "Jo",
          "KANG": "Kang", "O": "Oh", "HWANG": "Hwang", "HAN": "Han", "KWAK": "Kwak", "PAE": "Bae", "KO": "Koh", "CHU": "Joo",
          "MUN": "Moon", "MIN": "Min", "JANG": "Jang", "CHANG": "Jang", "RYANG": "Yang", "RYOM": "Yeom", "RYU": "Yoo", "YU": "Yoo",
          "KIL": "Gil", "HO": "Heo", "JI": "Ji", "CHA": "Cha", "KU": "Koo", "SIN": "Shin", "PAEK": "Baek", "PANG": "Bang",
          "CHOL": "Chul", "YONG": "Young", "SONG": "Sung", "KYONG": "Kyung", "PYONG": "Byung", "BYONG": "Byung", "SOK": "Suk",
          "HYOK": "Hyuk", "SU": "Soo", "CHUN": "Choon", "JUN": "Joon", "HUN": "Hoon", "U": "Woo", "TONG": "Dong", "MYONG": "Myung",
          "UN": "Eun", "HUI": "Hee", "PONG": "Bong", "BONG": "Bong", "THAE": "Tae", "THAEK": "Taek", "KWANG": "Kwang", "RYONG": "Ryong",
          "HYONG": "Hyung", "SUNG": "Seung", "TOK": "Deok", "SOP": "Seop", "SO": "Seo", "YON": "Yeon", "MU": "Moo", "KI": "Ki",
          "KUK": "Kook", "GON": "Gun", "P'IL": "Pil", "HYO'K": "Hyuk", "U'N": "Eun", "SO'NG": "Sung", "SO'K": "Suk", "CH'OE": "Choi"}
RR = {"KIM": "Gim", "RI": "Ri", "PAK": "Bak", "CHOE": "Choe", "JONG": "Jeong", "CHONG": "Jeong", "KANG": "Gang", "KWAK": "Gwak",
      "PAE": "Bae", "KO": "Go", "CHU": "Ju", "CHOL": "Cheol", "YONG": "Yeong", "SONG": "Seong", "KYONG": "Gyeong",
      "PYONG": "Byeong", "BYONG": "Byeong", "SOK": "Seok", "HYOK": "Hyeok", "TONG": "Dong", "MYONG": "Myeong", "UN": "Eun",
      "HUI": "Hui", "PONG": "Bong", "THAE": "Tae", "THAEK": "Taek", "KWANG": "Gwang", "HYONG": "Hyeong", "TOK": "Deok",
      "SOP": "Seop", "SO": "Seo", "YON": "Yeon", "KI": "Gi", "KUK": "Guk", "GON": "Geon", "P'IL": "Pil", "HYO'K": "Hyeok",
      "U'N": "Eun", "SO'NG": "Seong", "SO'K": "Seok", "CH'OE": "Choe", "PAEK": "Baek", "PANG": "Bang", "KU": "Gu", "KIL": "Gil",
      "CHO": "Jo", "CHANG": "Jang", "RYANG": "Ryang", "RYOM": "Ryeom", "KYU": "Gyu"}
HANGUL = {"KIM": "김", "RI": "리", "PAK": "박", "PARK": "박", "CHOE": "최", "CH'OE": "최", "JONG": "정", "CHONG": "정", "JO": "조", "CHO": "조",
          "KANG": "강", "O": "오", "HWANG": "황", "HAN": "한", "KWAK": "곽", "PAE": "배", "KO": "고", "CHU": "주", "MUN": "문",
          "MIN": "민", "JANG": "장", "CHANG": "장", "RYANG": "량", "RYOM": "렴", "RYU": "류", "YU": "유", "KIL": "길", "HO": "호",
          "JI": "지", "CHA": "차", "KU": "구", "SIN": "신", "PAEK": "백", "PANG": "방", "CHOL": "철", "YONG": "영", "SONG": "성",
          "KYONG": "경", "PYONG": "병", "BYONG": "병", "SOK": "석", "SO'K": "석", "HYOK": "혁", "HYO'K": "혁", "SU": "수", "CHUN": "춘",
          "JUN": "준", "HUN": "훈", "U": "우", "TONG": "동", "MYONG": "명", "UN": "은", "U'N": "은", "HUI": "희", "PONG": "봉",
          "BONG": "봉", "THAE": "태", "TAE": "태", "THAEK": "택", "KWANG": "광", "RYONG": "룡", "HYONG": "형", "SUNG": "승", "TOK": "덕",
          "SOP": "섭", "SO": "서", "YON": "연", "MU": "무", "KI": "기", "KUK": "극", "GON": "건", "P'IL": "필", "SO'NG": "성",
          "IL": "일", "NAM": "남", "HO_": "호", "MAN": "만", "WON": "원", "JIN": "진", "SIK": "식", "OK": "옥", "KYU": "규", "HWAN": "환",
          "HWA": "화", "HONG": "홍", "SANG": "상", "SAM": "삼", "HAK": "학", "CHAN": "찬", "BOK": "복", "UK": "욱", "UNG": "웅",
          "HAE": "해", "HA": "하", "JAE": "재", "JA": "자", "HWI": "휘", "PU": "부", "RYOL": "렬", "YO": "여", "KWON": "권", "SON": "선",
          "HUN_": "훈", "CHANG_": "창", "MIN_": "민"}

def split_name(full):
    sur, given = [x.strip() for x in full.split(",", 1)]
    return sur.upper(), [g.upper() for g in re.split(r"[\s-]+", given) if g]

def cap(x):
    return x[:1].upper() + x[1:].lower()

def hangul_of(sur, given):
    out = [HANGUL[sur]]
    for g in given:
        key = g
        if g == "HO" and out:
            key = "HO_"
        if g == "CHANG":
            key = "CHANG_"
        if g == "MIN":
            key = "MIN_"
        if key not in HANGUL:
            return None
        out.append(HANGUL[key])
    return "".join(out)

VALID_SYLLABLES = {v.lower().replace("'", "") for v in list(COMMON) + list(COMMON.values()) + list(RR.values()) + list(HANGUL)} | {"joong", "jung", "mong", "mung", "kong", "kung", "gong", "hong", "kon", "ryem", "yem", "ro", "no", "um", "eum", "i", "chom", "kyok", "hwe", "yeon", "young", "soon", "moon", "woon", "yoon", "hoon", "joon", "choon", "poong", "dong", "tong", "kook", "suk", "sook", "chul", "chol", "cheol", "gun", "kun", "son", "sun", "sung", "seong", "hyon", "hyun", "hyong", "yong", "ryong", "kyong", "pyong", "myong", "chong", "jong", "sang", "kang", "nang", "rang", "yang", "mang", "chang", "jang", "pang", "tang", "nam", "ram", "kam", "sam", "tam", "pam", "om", "ok", "ul", "il", "in", "un", "an", "on", "en", "o", "u", "a"}

def typo(name):
    """A slip that does not turn a syllable into another real one (that would be a different name)."""
    for _ in range(50):
        t = _typo_once(name)
        if t is None:
            return None
        changed = [b for a, b in zip(name.split(), t.split()) if a != b] if len(t.split()) == len(name.split()) else []
        if changed and all(b.lower().replace("'", "") not in VALID_SYLLABLES for b in changed):
            return t
    return None

def _typo_once(name):
    """One slip inside a token of at least four letters, never its first or last letter."""
    c = list(name)
    pos = []
    for m in re.finditer(r"[A-Za-z]{4,}", name):
        pos.extend(range(m.start() + 1, m.end() - 1))
    if not pos:
        return None
    i = rng.choice(pos)
    op = rng.choice(["del", "dup", "swap"])
    if op == "del":
        del c[i]
    elif op == "dup":
        c.insert(i, c[i])
    elif i + 1 < len(c) and c[i + 1].isalpha():
        c[i], c[i + 1] = c[i + 1], c[i]
    else:
        del c[i]
    return "".join(c)

def dob_of(extra):
    m = re.search(r"DOB (\d\d) (\w\w\w) (\d\d\d\d)", extra)
    if not m:
        return ""
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"{m.group(3)}-{months.index(m.group(2)) + 1:02d}-{m.group(1)}"

STYLES = ["order", "common", "rr", "joined", "typo", "hangul", "dob"]
korean = []
for l, sid, t, name, prim, extra in ROWS:
    if l == "ofac-sdn" and prim and t == "person" and "DPRK" in extra and "," in name:
        sur, given = split_name(name)
        if sur in HANGUL and all(g in HANGUL or g in COMMON for g in given):
            korean.append((sid, name, sur, given, extra))
# one entry per sid
seen = set(); kk = []
for r in korean:
    if r[0] not in seen:
        seen.add(r[0]); kk.append(r)
SAME_NAME = {}
for r in kk:
    SAME_NAME.setdefault(li.norm(r[1]), []).append(r[0])

for n, (sid, name, sur, given, extra) in enumerate(kk):
    dup = len(SAME_NAME[li.norm(name)]) > 1
    styles = [STYLES[(2 * n) % len(STYLES)], STYLES[(2 * n + 1) % len(STYLES)]]
    keys = [SDN(sid)]
    if dup:
        # same name, different listed person: without a DOB either entry is an acceptable answer
        keys = [SDN(s) for s in SAME_NAME[li.norm(name)]]
    for st in styles:
        g0 = " ".join(cap(g) for g in given)
        if st == "order":
            qn = "-".join([cap(given[0])] + [g.lower() for g in given[1:]]) + " " + cap(sur)
        elif st == "common":
            qn = COMMON.get(sur, cap(sur)) + " " + " ".join(COMMON.get(g, cap(g)) for g in given)
        elif st == "rr":
            qn = RR.get(sur, cap(sur)) + " " + "-".join([RR.get(given[0], cap(given[0]))] + [RR.get(g, cap(g)).lower() for g in given[1:]])
        elif st == "joined":
            qn = cap(sur) + " " + "".join(cap(g) if i == 0 else g.lower() for i, g in enumerate(given))
        elif st == "typo":
            qn = typo(cap(sur) + " " + g0) or (cap(sur) + " " + g0)
        elif st == "hangul":
            qn = hangul_of(sur, given) or (cap(sur) + " " + g0).upper()
        else:
            qn = cap(sur) + " " + g0
        cat = "kp-person-" + st
        if li.norm(qn) == li.norm(name):
            qn = qn.upper()
            cat = "kp-person-exact" if st != "dob" else cat
        d = dob_of(extra) if st == "dob" else ""
        q(qn, "person" if n % 3 else "any", keys if not (dup and d) else [SDN(sid)], cat,
          name + (" (two listed people share the name)" if dup else ""), dob=d, nat="KP" if st == "dob" else "")

# DOB distinguishes two listed people with the same name
q("Kim Yong Chol", "person", [SDN(12211)], "kp-person-dob-disambiguation", "RGB director, DOB circa 1947; the other KIM Yong Chol (KOMID, 1962) must not be the answer", dob="1947")
q("Kim Young-chul", "person", [SDN(17614)], "kp-person-dob-disambiguation", "KOMID representative in Iran, DOB 1962-02-18", dob="1962-02-18")
q("Kim Tong Chol", "person", [SDN(22702)], "kp-person-dob-disambiguation", "Mansudae director, DOB 1968-08-07", dob="1968-08-07")
q("Kim Dong-chul", "person", [SDN(22996)], "kp-person-dob-disambiguation", "FTB official, DOB 1966-01-28", dob="1966-01-28")

# famous DPRK persons in other scripts and the hard spellings
for name, keys, cat, note in [
    ("Kim Jong Un", [SDN(20157)], "kp-person-exact", ""), ("김정은", [SDN(20157)], "kp-person-hangul", ""),
    ("金正恩", [SDN(20157)], "kp-person-hanja", ""), ("Ким Чен Ын", [SDN(20157)], "kp-person-cyrillic", ""),
    ("Kim Jung-un", [SDN(20157)], "kp-person-common", "press spelling"), ("Gim Jeong-eun", [SDN(20157)], "kp-person-rr", ""),
    ("Kim Chŏng-ŭn", [SDN(20157)], "kp-person-mr", ""), ("Jong-un Kim", [SDN(20157)], "kp-person-order", ""),
    ("김여정", [SDN(21444)], "kp-person-hangul", ""), ("Kim Yo-jong", [SDN(21444)], "kp-person-spacing", ""),
    ("Ким Ё Чжон", [SDN(21444)], "kp-person-cyrillic", ""), ("Choi Ryong-hae", [SDN(23213)], "kp-person-common", ""),
    ("최룡해", [SDN(23213)], "kp-person-hangul", ""), ("Цой Рён Хэ", [SDN(23213)], "kp-person-cyrillic", ""),
    ("Pak Jin Hek", [SDN(24918)], "kp-person-alias", "listed alias"), ("Park Jin-hyok", [SDN(24918)], "kp-person-spacing", "Lazarus/Sony hacker"),
    ("박진혁", [SDN(24918)], "kp-person-hangul", ""), ("Lee Pyong-chul", [SDN(23215)], "kp-person-common", ""),
    ("리병철", [SDN(23215)], "kp-person-hangul", ""), ("Hwang Byung-seo", [SDN(19496)], "kp-person-common", ""),
    ("Ch'oe Sŏk-min", [SDN(23001)], "kp-person-mr", ""), ("Choi Seok Min", [SDN(23001)], "kp-person-common", ""),
    ("Ri Eun-song", [SDN(23013)], "kp-person-rr", ""), ("Ju Hyeok", [SDN(23014)], "kp-person-rr", ""),
    ("Ri Un Song", [SDN(23013)], "kp-person-mr", "apostrophes dropped"),
]:
    q(name, "person", keys, cat, note)

# UN-only and UN-first DPRK persons
for name, dataid, cat, note in [
    ("Yun Ho Jin", 690734, "kp-person-spacing", "UN 1718 list"), ("Ri Je-son", 6908045, "kp-person-exact", ""),
    ("Hwang Suk-hwa", 690739, "kp-person-common", ""), ("Lee Hong Seop", 690740, "kp-person-common", ""),
    ("Han Yoo-ro", 690741, "kp-person-common", ""), ("Ra Kyong-su", 690744, "kp-person-mr", "MR apostrophe dropped"),
    ("Yon Jong Nam", 690746, "kp-person-mr", ""), ("Ko Chol Jae", 690749, "kp-person-mr", ""),
    ("Mun Jong Chol", 690750, "kp-person-mr", ""), ("Choe Chun Sik", 6908500, "kp-person-exact", ""),
    ("Hyun Kwang-il", 6908502, "kp-person-common", ""), ("Jang Bum Soo", 6908503, "kp-person-common", ""),
    ("Jeon Myeong-guk", 6908506, "kp-person-rr", ""), ("Kang Mun Gil", 6908507, "kp-person-rr", ""),
    ("Kim Jung Jong", 6908498, "kp-person-exact", ""), ("Kim Dong Myung", 6908497, "kp-person-common", ""),
    ("Ko Tae Hoon", 6908512, "kp-person-common", ""), ("Kim Sung Chul", 6908558, "kp-person-common", ""),
    ("Son Jong-hyok", 6908564, "kp-person-spacing", ""), ("Kim Se-gon", 6908573, "kp-person-spacing", ""),
    ("Kim Chol Sam", 6908566, "kp-person-exact", ""), ("Son Mun-san", 6908572, "kp-person-spacing", ""),
    ("Kim Cheol-nam", 6908584, "kp-person-rr", ""), ("Paek Se-bong", 6908588, "kp-person-spacing", ""),
    ("Park Han Se", 6908589, "kp-person-common", ""), ("Pak Do Chun", 6908590, "kp-person-rr", ""),
    ("Lee Su Yong", 6908592, "kp-person-common", ""), ("Han Jang-su", 6908614, "kp-person-spacing", ""),
    ("Jang Seung Nam", 6908616, "kp-person-common", ""), ("Jo Chul Sung", 6908617, "kp-person-common", ""),
    ("Kang Cheol-su", 6908618, "kp-person-rr", ""), ("Park Il-kyu", 6908621, "kp-person-common", ""),
    ("Ri Pyong Chul", 6908654, "kp-person-exact", "UN spelling"),
]:
    q(name, "person", [UN(dataid)], cat, note)

# ------------------------------------------------------------- DPRK entities and vessels
ENT = [
    ("KKBC", [SDN(11581), UN(6908518)], "kp-entity-acronym", ""),
    ("Korea Kwangson Banking Corporation", [SDN(11581), UN(6908518)], "kp-entity-legal-form", ""),
    ("Kwangson Banking Corp", [SDN(11581), UN(6908518)], "kp-entity-variant", ""),
    ("KOMID", [SDN(9345)], "kp-entity-acronym", ""),
    ("Korea Mining Development Trading Corp.", [SDN(9345)], "kp-entity-legal-form", ""),
    ("Korean Mining Development Trading Corporation", [SDN(9345)], "kp-entity-variant", ""),
    ("Korea Mining Developement Trading Corporation", [SDN(9345)], "kp-entity-typo", ""),
    ("Foreign Trade Bank of the DPRK", [SDN(15603)], "kp-entity-variant", ""),
    ("Foreign Trade Bank of North Korea", [SDN(15603)], "kp-entity-variant", ""),
    ("Mooyokbank", [SDN(15603)], "kp-entity-alias", ""),
    ("Yanbian Silverstar", [SDN(24977)], "kp-entity-alias", "IT-worker front"),
    ("Yanbian Silver Star Network Technology Company Limited", [SDN(24977)], "kp-entity-legal-form", "IT-worker front"),
    ("Yanbian Silverstar Network Tech Co Ltd", [SDN(24977)], "kp-entity-legal-form", "IT-worker front"),
    ("Volasys Silver Star", [SDN(24978)], "kp-entity-exact", "IT-worker front"),
    ("Volasys Silverstar", [SDN(24978)], "kp-entity-spacing", "IT-worker front"),
    ("Volasys Silver Star LLC", [SDN(24978)], "kp-entity-legal-form", "IT-worker front"),
    ("Reconnaissance General Bureau", [SDN(12210)], "kp-entity-exact", ""),
    ("General Reconnaissance Bureau", [SDN(12210)], "kp-entity-order", ""),
    ("Lazarus Group", [SDN(27307)], "kp-entity-exact", ""),
    ("Korea Computer Centre", [SDN(22323)], "kp-entity-variant", ""),
    ("Korea Computer Center", [SDN(22323)], "kp-entity-exact", ""),
    ("Ocean Maritime Management Co., Ltd.", [SDN(17068)], "kp-entity-legal-form", ""),
    ("Green Pine Associated Corp", [SDN(12212)], "kp-entity-legal-form", ""),
    ("Korea Daesong Bank", [SDN(12312)], "kp-entity-exact", ""),
    ("Daesong Bank", [SDN(12312)], "kp-entity-variant", ""),
    ("Ilsim International Bank", [SDN(19508)], "kp-entity-exact", ""),
    ("Korea United Development Bank", [SDN(19509)], "kp-entity-exact", ""),
    ("Korea National Insurance Corp", [SDN(20573)], "kp-entity-legal-form", ""),
    ("Mansudae Overseas Project Group", [SDN(20578)], "kp-entity-variant", ""),
    ("Air Koryo", [SDN(20520)], "kp-entity-exact", ""),
    ("Korea Tangun Trading Corp", [SDN(11599)], "kp-entity-legal-form", ""),
    ("Office No. 39", [SDN(12209)], "kp-entity-variant", ""),
    ("Chongchongang Shipping Co Ltd", [SDN(17067)], "kp-entity-legal-form", ""),
    ("Dandong Hongxiang Industrial Development Company Limited", [SDN(20564)], "kp-entity-legal-form", ""),
    ("Dandong Zhicheng Metallic Material Company", [SDN(22603)], "kp-entity-legal-form", ""),
    ("Korea Ryonbong General Corp", [SDN(8848)] if ("ofac-sdn", "8848") in BY else [], "kp-entity-legal-form", ""),
    ("Central Bank of North Korea", [SDN(23015)], "kp-entity-variant", ""),
    ("Korea Kumbyol Trading Co", [SDN(23183)], "kp-entity-legal-form", ""),
    ("Koryo Commercial Bank Limited", [SDN(23004)], "kp-entity-legal-form", ""),
    ("Ryugyong Commercial Bank Ltd", [SDN(23005)], "kp-entity-legal-form", ""),
    ("Cheil Credit Bank", [SDN(22985)], "kp-entity-exact", ""),
    ("Jinmyong Joint Bank", [SDN(23006)], "kp-entity-exact", ""),
    ("Jinsong Joint Bank", [SDN(23003)], "kp-entity-exact", ""),
    ("Korea South South Cooperation Corp", [SDN(23178)], "kp-entity-spacing", ""),
    ("Korea Zinc Industrial Group", [SDN(22325)], "kp-entity-exact", ""),
    ("Kangbong Trading Corporation", [SDN(20580)], "kp-entity-exact", ""),
    ("Profinet Pte Ltd", [SDN(24516)], "kp-entity-legal-form", ""),
    ("Gudzon Shipping Company", [SDN(24451)], "kp-entity-legal-form", ""),
    ("Primorye Maritime Logistics", [SDN(24450)], "kp-entity-legal-form", ""),
    ("Velmur Management", [SDN(22606)], "kp-entity-legal-form", ""),
    ("Transatlantic Partners Pte Ltd", [SDN(22605)], "kp-entity-legal-form", ""),
    ("Dalian Global Unity Shipping Co Ltd", [SDN(22624)], "kp-entity-legal-form", ""),
    ("Korea Ungum Corporation", [SDN(24515)], "kp-entity-exact", ""),
    ("Korea Oil Exploration Corp", [SDN(20581)], "kp-entity-legal-form", ""),
    ("Songi Trading Co", [SDN(22324)], "kp-entity-legal-form", ""),
    ("Paeksol Trading Corp", [SDN(21724)], "kp-entity-legal-form", ""),
    ("Koti Corp", [SDN(23785)], "kp-entity-exact", ""),
    ("Korea Rungrado General Trading Corp", [SDN(19613)], "kp-entity-legal-form", ""),
    ("Namgang Construction", [SDN(19612)], "kp-entity-exact", ""),
    ("Korea General Corporation for External Construction", [SDN(19611)], "kp-entity-exact", ""),
]
ENT += [
    ("Mansudae Art Studio", [SDN(20578), UN(6908625)], "kp-entity-alias", "alias of Mansudae Overseas Project Group"),
    ("Changgwang Credit Bank", [SDN(9346), UN(690752)], "kp-entity-alias", "former name of Tanchon Commercial Bank"),
    ("Chongsong Yonhap", [SDN(12212), UN(690761)], "kp-entity-alias", "Korean name of Green Pine"),
    ("Bureau 39", [SDN(12209), UN(6908524)], "kp-entity-alias", "Office 39"),
]
for name, keys, cat, note in ENT:
    if keys:
        q(name, "organization", keys, cat, note)
VES = [
    ("Chong Chon Gang", 17069), ("Chongchongang", 17069), ("Mu Du Bong", 17092), ("Mudubong", 17092),
    ("Hwang Gum San 2", 17087), ("Ji Song 6", 23738), ("Ji Song 8", 23739), ("Jisong 8", 23739), ("Kum Un San 3", 23163),
    ("Rye Song Gang 1", 23186), ("Ryesonggang 1", 23186), ("Paek Ma", 23737), ("Yu Jong 2", 23736), ("Sam Jong 2", 23734),
    ("Kum Song 7", 23162), ("Rung Ra Do", 23166), ("Rungrado", 23166), ("Woory Star", 23740), ("An San 1", 23730),
    ("Nam San 8", 23727), ("Hap Jang Gang 6", 23728), ("Kum Gang 3", 23731), ("Dai Hong Dan", 17086), ("Tae Dong Gang", 17105),
    ("Yuk Tung", 23788), ("Xin Guang Hai", 23776), ("Asia Bridge 1", 23778), ("Patriot", 24508), ("Bogatyr", 24511),
    ("Sevastopol", 24513), ("Ever Bright 88", 19570), ("Grand Karo", 19585),
]
for name, sid in VES:
    q(name, "vessel", [SDN(sid)], "kp-vessel", "")
q("Jang Ja San Chong Nyon Ho", "vessel", [SDN(17089)], "kp-vessel", "")

# the same words name a ship and its owner: the subject's kind decides which entry is right
for name, typ, sid, note in [
    ("Koti", "vessel", 23786, "the ship, not KOTI CORP"), ("Koti", "organization", 23785, "the company, not the ship KOTI"),
    ("Yuk Tung", "organization", 23787, "YUK TUNG ENERGY PTE LTD, not the ship"), ("Hwasong", "vessel", 23514, "the ship HWA SONG, not its owner"),
    ("Hwasong Shipping", "organization", 23513, "the owner, not the ship"), ("Mirim", "vessel", 19592, "the ship MI RIM, not its owner"),
    ("Chongbong Shipping", "organization", 19569, "the owner of the CHONG BONG"), ("Chong Bong", "vessel", 19588, "the ship"),
]:
    SEEN_Q.discard((name.lower(), ""))
    q(name, typ, [SDN(sid)], "kp-type-restriction", note)

# ------------------------------------------------------------- non-DPRK positives
NON = [
    ("Yevgeny Prigozhin", "person", [SDN(21171)], "ru-person", ""), ("Евгений Пригожин", "person", [SDN(21171)], "ru-person-cyrillic", ""),
    ("Oleg Deripaska", "person", [SDN(24283)], "ru-person", ""), ("Олег Дерипаска", "person", [SDN(24283)], "ru-person-cyrillic", ""),
    ("Arkadiy Rotenberg", "person", [SDN(16669)], "ru-person", ""), ("Boris Rotenberg", "person", [SDN(16671)], "ru-person", ""),
    ("Gennadiy Timchenko", "person", [SDN(16666)], "ru-person", ""), ("Yury Kovalchuk", "person", [SDN(16680)], "ru-person", ""),
    ("Viktor Vekselberg", "person", [SDN(24306)], "ru-person", ""), ("Mikhail Pisklin", "person", [SDN(22610)], "ru-person", "DPRK3"),
    ("Irina Huish", "person", [SDN(22611)], "ru-person", "DPRK3"), ("Andrei Serbin", "person", [SDN(22701)], "ru-person", "DPRK3"),
    ("Vasily Kolchanov", "person", [SDN(24517)], "ru-person", "DPRK4"), ("Vladlen Amchentsev", "person", [SDN(26096)], "ru-person", "DPRK3"),
    ("Nicolas Maduro", "person", [SDN(22790)], "es-person", ""), ("Nicolás Maduro Moros", "person", [SDN(22790)], "es-person", ""),
    ("Diosdado Cabello", "person", [SDN(24424)], "es-person", ""), ("Joaquin Guzman Loera", "person", [SDN(6861)], "es-person", ""),
    ("Joaquín Guzmán", "person", [SDN(6861)], "es-person", ""), ("Ismael Zambada García", "person", [SDN(7226)], "es-person", ""),
    ("Rafael Caro-Quintero", "person", [SDN(6707)], "es-person", ""), ("Tareck El Aissami", "person", [SDN(20250)], "es-person", ""),
    ("Qassem Soleimani", "person", [SDN(10481)], "fa-person", ""), ("Ghasem Soleimani", "person", [SDN(10481)], "fa-person", ""),
    ("Ayman al-Zawahiri", "person", [SDN(2676), UN(111923)], "ar-person", ""), ("Aiman el-Zawahri", "person", [SDN(2676), UN(111923)], "ar-person", ""),
    ("Hassan Nasrallah", "person", [SDN(2686)], "ar-person", ""), ("Hasan Nasr Allah", "person", [SDN(2686)], "ar-person", ""),
    ("Ismail Haniyeh", "person", [CONS(9639), SDN(23627)], "ar-person", "on the non-SDN PLC list and, since 2018, the SDN list"), ("Mohammed Abu Teir", "person", [CONS(9640)], "ar-person", "non-SDN list"),
    ("Li Jiadong", "person", [SDN(28264)], "zh-person", "DPRK3"), ("Tian Yinyin", "person", [SDN(28263)], "zh-person", "DPRK3"),
    ("Chi Yupeng", "person", [SDN(22612)], "zh-person", "DPRK3"), ("Sun Sidong", "person", [SDN(23170)], "zh-person", "DPRK4"),
    ("Tsang Yung-yuan", "person", [SDN(23823)], "zh-person", "DPRK3"), ("Chen Meixiang", "person", [SDN(26928)], "zh-person", "DPRK4"),
    ("Huang Wang-ken", "person", [SDN(26927)], "zh-person", "DPRK4"), ("Tan Wee Beng", "person", [SDN(25686)], "sg-person", "DPRK"),
    ("Hüseyin Şahin", "person", [SDN(24998)], "tr-person", "DPRK"), ("Erhan Çulha", "person", [SDN(24999)], "tr-person", "DPRK"),
    ("Leonard Lai", "person", [SDN(18344)], "sg-person", "DPRK"), ("Mavungal Hussain", "person", [SDN(20602)], "in-person", "DPRK"),
    ("Banco Nacional de Cuba", "organization", [SDN(306)], "cu-org", ""), ("Havanatur S.A.", "organization", [SDN(8129)], "cu-org", ""),
    ("Bank Melli Iran", "organization", [SDN(25578)], "ir-org", ""), ("Bank Mellat", "organization", [SDN(25019)], "ir-org", ""),
    ("Mahan Airlines", "organization", [SDN(12927)], "ir-org", ""), ("Islamic Revolutionary Guard Corps", "organization", [SDN(10391)], "ir-org", ""),
    ("Rosoboronexport", "organization", [SDN(18782)], "ru-org", ""), ("Internet Research Agency", "organization", [SDN(23943)], "ru-org", ""),
    ("Petroleos de Venezuela SA", "organization", [SDN(26367)], "ve-org", ""),
    ("Sepah-e Pasdaran", "organization", [SDN(10391)], "ir-org", "Persian name of the IRGC, a listed alias"),
    ("Harakat al-Muqawama al-Islamiya", "organization", [SDN(4695)], "ar-org", "Hamas, listed alias"),
    ("National Bank of Iran", "organization", [SDN(25578)], "ir-org", "translation, listed alias"),
    ("National Bank of Cuba", "organization", [SDN(306)], "cu-org", "translation, listed alias"), ("PDVSA", "organization", [SDN(26367)], "ve-org", ""),
]
for name, typ, keys, cat, note in NON:
    q(name, typ, keys, cat, note)

# entries only the CSL carries (Entity List, ITAR debarred, MEU, ISN, SSI), found by their exact CSL name
CSL_BY_NAME = {}
for (l, sid), recs in BY.items():
    if l == "us-csl":
        for t, name, prim, extra in recs:
            if prim:
                CSL_BY_NAME.setdefault(name.strip(), sid)
for query, csl_name, typ, note in [
    ("Qihoo 360 Technology Company Limited", "Qihoo 360 Technology Co. Ltd", "organization", "Entity List"),
    ("Nerpa Shipyard", "Nerpa Shipyard", "organization", "Entity List"),
    ("Kerch Commercial Seaport", "State Enterprise Kerch Sea Commercial Port", "organization", "Entity List alias"),
    ("Beijing Skyrizon Aviation Industry Investment Co Ltd", "Beijing Skyrizon Aviation Industry Investment Co., Ltd.", "organization", "MEU list"),
    ("Iqra Computer Products", "Iqra Computer Products", "organization", "Entity List"),
    ("Faratech Co", "Faratech", "organization", "ISN"),
    ("Shen Hui Sheng", "Hui Sheng Shen", "person", "ITAR debarred; Chinese order"),
    ("Amir Hosein Ardabili", "Amir Hossein Ardebili", "person", "ITAR debarred; Persian spelling"),
    ("Valentina Mazalova", "Valentina Mazalova", "person", "Entity List"),
    ("Xiaodong Meng", "Xiaodong Sheldon Meng", "person", "ITAR debarred; middle name dropped"),
    ("Chun Kue-sang", "Kue Sang Chun", "person", "ITAR debarred; Korean order"),
    ("Abdulmajid Saidi", "Abdul Majid Saidi", "person", "ITAR debarred; joined"),
    ("Lengiproneftekhim LLC", "LENGIPRONEFTEKHIM OOO", "organization", "SSI; legal form translated"),
    ("GPB International S.A.", "GPB INTERNATIONAL SA", "organization", "SSI"),
    ("Korus Consulting CIS LLC", "KORUS CONSULTING CIS LIMITED LIABILITY COMPANY", "organization", "SSI"),
    ("Special Design Bureau Salyut", "Special Design Bureau Salute JSC", "organization", "Entity List; Russian spelling"),
]:
    if csl_name.strip() not in CSL_BY_NAME:
        raise SystemExit("no CSL entry named " + csl_name)
    cat = ("ru-" if any(w in note for w in ("SSI",)) or "Russian" in note else "other-") + ("person" if typ == "person" else "org")
    q(query, typ, [CSL(CSL_BY_NAME[csl_name.strip()])], cat + "-csl", note)

# ------------------------------------------------------------- negatives: clean names (checked against all lists)
for n in ["Kim Min-jun", "Kim Ji-woo", "Kim Seo-yeon", "Lee Ji-eun", "Park Ji-hoon", "Choi Yoon-seo", "Jung Ha-eun", "Kang Min-seo",
          "Cho Hyun-woo", "Yoon Seo-jun", "Jang Do-yoon", "Lim Su-ah", "Han Ye-jin", "Oh Jun-ho", "Seo Ji-ho", "Shin Yu-na",
          "Kwon Tae-yang", "Hwang In-ho", "Ahn Sung-ki", "Song Kang-ho", "Jeon Do-yeon", "Hong Gil-dong", "Ko Ah-ra", "Moon Chae-won",
          "Yang Dong-geun", "Bae Suzy", "Baek Ji-young", "Heo Jun", "Nam Joo-hyuk", "Yoo Jae-suk", "Kim Hye-soo", "Lee Seo-jin",
          "Park Bo-gum", "Choi Woo-shik", "Kim Tae-ri", "Lee Do-hyun", "Kim Go-eun", "Son Heung-min", "Ryu Hyun-jin", "Kim Yuna",
          "Kim Min-ji", "Lee Na-young", "Park Shin-hye", "Jung Hae-in", "Gong Yoo", "Kim Woo-bin", "Lee Jung-jae", "Jun Ji-hyun",
          "Pak Yong-ho", "Ri Hyang-mi", "Kim Chol-jin", "Choe Un-ha", "Ri Myong-sil", "Kim Kum-hui", "Ryu Kyong-ae", "Han Sol-mi",
          "Kim Un-gyong", "Jo Song-mi"]:
    neg(n, "person", "kp-clean-common-name", "common Korean name on no list")
for n in ["Kim Jong Nam", "Kim Jong Chol", "Kim Han Sol", "Kim Pyong Il", "Ri Sol Ju", "Hyon Song Wol", "Kim Il Sung Park",
          "Kim Yo Han", "Kim Jong Ho", "Ri Pyong Ho", "Choe Ryong Su", "Pak Jin Ho", "Kim Won Hee", "Jang Song Min",
          "Kang Song Ho", "Ri Man Sok", "Jo Yong Nam", "Kim Ki Hyon", "Pak Kwang Sik", "Kim Su Jong", "Ri Chun Hui", "Kim Tong Su",
          "Han Kwon Ho", "Mun Kyong Hui", "Pae Won Sik", "Ryom Hui Jong", "Ko Chol Ho", "Kim Sang Uk", "Jong Man Sik"]:
    neg(n, "person", "kp-clean-lookalike", "look-alike of a listed North Korean, not on any list")
for n in ["Korea Trading Corporation", "Pyongyang Hotel Services", "Korea Textiles Cooperation Company", "Silver Star Software Ltd",
          "Yanbian Golden Star Trading Co", "Dandong Sunrise Foods Co Ltd", "Korea Ginseng Corporation", "Korea Electric Power Corporation",
          "Hyundai Motor Company", "Samsung Electronics Co Ltd", "Kumho Tire Co", "Korea Development Institute",
          "Shenyang Bright Future Technology Ltd", "Vladivostok Fresh Fish LLC", "Mirae Asset Securities"]:
    neg(n, "organization", "kp-clean-entity", "plausible Korea-related company on no list")
for n, typ in [("John Smith", "person"), ("Maria Garcia", "person"), ("Mohammed Al-Farsi", "person"), ("Sergei Kuznetsov", "person"),
               ("Wang Fang", "person"), ("Hiroshi Tanaka", "person"), ("Priya Sharma", "person"), ("Emily Johnson", "person"),
               ("Ahmed Hassan Mahmoud", "person"), ("Olga Smirnova", "person"), ("Chen Jing", "person"), ("Carlos Hernández López", "person"),
               ("Fatima Zahra Benali", "person"), ("Dmitri Volkov", "person"), ("Liu Wei Ming", "person"), ("Anna Müller", "person"),
               ("Rahul Verma", "person"), ("Sophie Martin", "person"), ("Yusuf Demir", "person"), ("Nguyen Thi Lan", "person"),
               ("Acme Widgets Ltd", "organization"), ("Northwind Traders", "organization"), ("Blue Ocean Logistics GmbH", "organization"),
               ("Sunrise Software Solutions Pvt Ltd", "organization"), ("Globex Corporation", "organization"), ("Baltic Star Shipping OU", "organization"),
               ("Atlas Copco Services", "organization"), ("Golden Dragon Restaurant", "organization"), ("Maple Leaf Consulting Inc", "organization"),
               ("Andes Mining SAC", "organization")]:
    neg(n, typ, "clean-other", "")

with open("eval/list-queries.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "type", "date_of_birth", "nationality", "expected", "category", "note"])
    for i, r in enumerate(queries, 1):
        w.writerow([f"Q{i:04d}", *r])
pos = sum(1 for r in queries if r[4]); kp = sum(1 for r in queries if r[5].startswith("kp"))
print(len(queries), "queries;", pos, "positive;", kp, "DPRK")
