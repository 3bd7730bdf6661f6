"""Loads every name and alias of the shared lists (for the eval tools): rows of (list, source id, type, name, primary, extra)."""
import csv, gzip, zipfile, io, re, unicodedata, json
import xml.etree.ElementTree as ET
import os
L=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','data','lists')+'/'
rows=[]  # (list, sid, type, name, primary, extra)
def add(l,s,t,n,p,x=''):
    if n and n.strip() and n.strip()!='-0-': rows.append((l,str(s),t,n.strip(),p,x))
sdn={}
with open(L+'ofac-sdn-2021-07/sdn.csv',encoding='latin-1') as f:
    for r in csv.reader(f):
        if len(r)<4: continue
        t=r[2].strip(); t={'individual':'person','vessel':'vessel','aircraft':'aircraft'}.get(t.strip('"'),'org')
        sdn[r[0]]=t
        add('ofac-sdn',r[0],t,r[1],1,r[3]+' | '+(r[11] if len(r)>11 else '')[:200])
with open(L+'ofac-sdn-2021-07/alt.csv',encoding='latin-1') as f:
    for r in csv.reader(f):
        if len(r)<4: continue
        add('ofac-sdn',r[0],sdn.get(r[0],'?'),r[3],0,r[2])
cons={}
with open(L+'ofac-consolidated-nonsdn/cons_prim.csv',encoding='latin-1') as f:
    for r in csv.reader(f):
        if len(r)<4: continue
        t={'individual':'person','vessel':'vessel','aircraft':'aircraft'}.get(r[2].strip(),'org'); cons[r[0]]=t
        add('ofac-cons',r[0],t,r[1],1,r[3])
with open(L+'ofac-consolidated-nonsdn/cons_alt.csv',encoding='latin-1') as f:
    for r in csv.reader(f):
        if len(r)<4: continue
        add('ofac-cons',r[0],cons.get(r[0],'?'),r[3],0,r[2])
ns='{https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML}'
x=zipfile.ZipFile(L+'ofac-enhanced-xml/CONS_ENHANCED.ZIP').read('CONS_ENHANCED.XML')
root=ET.fromstring(x)
for e in root.iter(ns+'entity'):
    sid=e.get('id'); et=e.find(ns+'generalInfo/'+ns+'entityType').text
    t={'Individual':'person','Vessel':'vessel','Aircraft':'aircraft'}.get(et,'org')
    for nm in e.find(ns+'names').findall(ns+'name'):
        p=nm.find(ns+'isPrimary').text=='true'
        for tr in nm.iter(ns+'translation'):
            add('ofac-cons-xml',sid,t,tr.find(ns+'formattedFullName').text,1 if p else 0,tr.find(ns+'script').text)
u=ET.parse(L+'un/UN_consolidated.xml').getroot()
for tag,t in (('INDIVIDUAL','person'),('ENTITY','org')):
    for e in u.iter(tag):
        sid=e.find('DATAID').text
        parts=[e.find(k).text for k in ('FIRST_NAME','SECOND_NAME','THIRD_NAME','FOURTH_NAME') if e.find(k) is not None and e.find(k).text]
        lt=e.find('UN_LIST_TYPE').text
        dob=';'.join(ET.tostring(d,encoding='unicode').replace('\n','') for d in e.findall('INDIVIDUAL_DATE_OF_BIRTH'))[:150]
        add('un-sc',sid,t,' '.join(parts),1,lt+' '+re.sub(r'\s+',' ',re.sub('<[^>]+>',' ',dob)))
        ons=e.find('NAME_ORIGINAL_SCRIPT')
        if ons is not None and ons.text: add('un-sc',sid,t,ons.text,0,'orig')
        for a in e.findall(tag+'_ALIAS'):
            an=a.find('ALIAS_NAME')
            if an is not None and an.text: add('un-sc',sid,t,an.text,0,(a.find('QUALITY').text or '') if a.find('QUALITY') is not None else '')
with gzip.open(L+'us-csl-2022-04/consolidated.csv.gz','rt',encoding='utf-8') as f:
    for r in csv.DictReader(f):
        t={'Individual':'person','Vessel':'vessel','Aircraft':'aircraft','Entity':'org'}.get(r['type'],'?')
        add('us-csl',r['_id'],t,r['name'],1,r['source'][:30]+' '+r['programs']+' '+r['dates_of_birth'])
        for a in (r['alt_names'] or '').split(';'):
            add('us-csl',r['_id'],t,a,0,'')
def _dpl_name(name):
    out = []
    for c in name.upper():
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != ' ':
            out.append(' ')
    return ''.join(out).rstrip()
import hashlib, datetime
with open(L+'bis-dpl/dpl.txt',encoding='utf-8',errors='replace') as f:
    rd=csv.reader(f,delimiter='\t'); next(rd)
    dpl=[(r[0], _dpl_name(r[0]), datetime.datetime.strptime(r[6], '%m/%d/%Y').strftime('%Y-%m-%d'), r[4]) for r in rd if r and r[0].strip()]
dates={}
for raw, n, d, c in dpl:
    dates.setdefault(n, set()).add(d)
seen_dpl=set()
for raw, n, d, c in dpl:
    key = n + '|' + d if len(dates[n]) > 1 else n
    sid = 'dpl-' + hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]
    if sid in seen_dpl:
        continue
    seen_dpl.add(sid)
    add('bis-dpl', sid, '?', raw, 1, c)
def norm(s):
    s=unicodedata.normalize('NFKD',s)
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=re.sub(r"[^\w\s]",' ',s); toks=sorted(s.split())
    return ' '.join(toks)
def write(path):
  with open(path,'w') as f:
    for r in rows: f.write('\t'.join([r[0],r[1],r[2],r[3].replace('\t',' '),str(r[4]),norm(r[3]),r[5].replace('\t',' ').replace('\n',' ')])+'\n')
if __name__ == '__main__':
    write('/tmp/names.tsv'); print(len(rows))

# Korean romanisation variants folded to one spelling, so that "Lee Ji-eun" and "RI, Ji Un" compare equal.
KOREAN_FOLD = {
    "lee": "ri", "yi": "ri", "rhee": "ri", "li": "ri", "rhie": "ri", "park": "pak", "bak": "pak", "pack": "pak",
    "choi": "choe", "choy": "choe", "jung": "jong", "jeong": "jong", "chung": "jong", "chong": "jong", "cheong": "jong",
    "joung": "jong", "eun": "un", "young": "yong", "yeong": "yong", "chul": "chol", "cheol": "chol", "gim": "kim",
    "sung": "song", "seong": "song", "kyung": "kyong", "gyeong": "kyong", "byung": "pyong", "byeong": "pyong", "byong": "pyong",
    "hyuk": "hyok", "hyeok": "hyok", "soo": "su", "choon": "chun", "joon": "jun", "chun": "chun", "hoon": "hun", "woo": "u",
    "dong": "tong", "myung": "myong", "myeong": "myong", "hee": "hui", "bong": "pong", "tae": "thae", "taek": "thaek",
    "gwang": "kwang", "ryong": "ryong", "hyung": "hyong", "hyeong": "hyong", "seung": "sung", "deok": "tok", "duk": "tok",
    "seop": "sop", "seo": "so", "suh": "so", "yeon": "yon", "moo": "mu", "gi": "ki", "kee": "ki", "guk": "kuk", "kook": "kuk",
    "geon": "gon", "kun": "gon", "kon": "gon", "seok": "sok", "suk": "sok", "jo": "cho", "jang": "chang", "gang": "kang",
    "go": "ko", "koh": "ko", "ju": "chu", "joo": "chu", "moon": "mun", "yoo": "yu", "ryu": "yu", "gil": "kil", "heo": "ho",
    "huh": "ho", "gu": "ku", "koo": "ku", "shin": "sin", "baek": "paek", "paik": "paek", "bang": "pang", "bae": "pae",
    "hyun": "hyon", "hyeon": "hyon", "jeon": "chon", "jon": "chon", "jun_": "chon", "sohn": "son", "yoon": "yun", "oh": "o",
    "hahn": "han", "whang": "hwang", "gwak": "kwak", "yeom": "ryom", "yum": "ryom", "yang": "ryang", "wook": "uk",
    "won": "won", "gyu": "kyu", "ji": "ji", "jee": "ji", "jae": "jae", "chae": "jae", "shik": "sik", "geum": "kum", "keum": "kum",
    "yeo": "yo", "ryeol": "ryol", "yeol": "ryol", "geuk": "kuk", "seon": "son", "sun": "son", "woong": "ung", "beom": "pom", "bum": "pom",
    "ryong": "yong", "ryol": "yol", "yeol_": "yol", "ryom": "yom", "ryeom": "yom", "ryang": "yang", "rim": "im", "lim": "im",
    "ro": "no", "roh": "no", "noh": "no", "ryon": "yon", "i": "ri", "ryu": "yu",
    "do": "to", "joong": "jong", "soon": "sun", "hwi": "hwi", "bu": "pu", "boo": "pu", "bok": "pok", "eui": "ui",
}

def korean_fold(name):
    """Sorted tokens with hyphens split and Korean spelling variants folded (for checking clean names)."""
    n = norm(name.replace("-", " "))
    return " ".join(sorted(KOREAN_FOLD.get(t, t) for t in n.split()))

_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
_SUR = {"이": "lee", "리": "ri", "박": "park", "최": "choi", "정": "jung", "김": "kim", "류": "ryu", "유": "yu", "임": "lim", "림": "rim"}

def hangul_to_latin(name):
    """Revised Romanisation of a Hangul name: surname, then the given name as one token."""
    s = name.replace(" ", "")
    if not s or not all("\uac00" <= c <= "\ud7a3" for c in s):
        return name
    def syl(c):
        i = ord(c) - 0xAC00
        return _INI[i // 588] + _MED[(i % 588) // 28] + _FIN[i % 28]
    sur = _SUR.get(s[0], syl(s[0]))
    return sur + " " + " ".join(syl(c) for c in s[1:])

_korean_fold_plain = korean_fold
def korean_fold(name):
    return _korean_fold_plain(hangul_to_latin(name))

KOREAN_SURNAMES = {"kim", "gim", "lee", "ri", "yi", "rhee", "li", "park", "pak", "bak", "choi", "choe", "jung", "jong", "jeong",
                   "chung", "chong", "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "rim", "im", "han", "oh", "o",
                   "seo", "so", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "yoo", "ryu", "yu", "hong", "jeon", "jon",
                   "ko", "koh", "go", "moon", "mun", "yang", "ryang", "son", "sohn", "bae", "pae", "baek", "paek", "heo", "ho",
                   "nam", "noh", "ro", "ha", "kwak", "sung", "cha", "joo", "ju", "chu", "woo", "min", "na", "jin", "ji", "eom",
                   "chae", "won", "kye", "kil", "thae", "hyon", "hyun", "ryom", "sim", "pang", "bang", "ku", "koo", "kil"}

def _skeleton(token):
    for a, b in (("ye", "e"), ("yu", "u"), ("ya", "a"), ("yo", "o"), ("iu", "u"), ("ia", "a")):
        if token.startswith(a) and len(token) > 3:
            token = b + token[2:]
            break
    token = token.replace("ph", "f").replace("kh", "h").replace("gh", "g").replace("dh", "d").replace("th", "t").replace("q", "k").replace("x", "ks")
    out = token[0]
    for c in token[1:]:
        if c in "aeiouyhw'":
            continue
        if out[-1] != c:
            out += c
    return out

def is_korean(name):
    if any("\uac00" <= c <= "\ud7a3" for c in name):
        return True
    toks = norm(name.replace("-", " ")).split()
    raw = [t for t in name.replace(",", " ").replace("-", " ").split()]
    return bool(raw) and (raw[0].lower() in KOREAN_SURNAMES or raw[-1].lower() in KOREAN_SURNAMES) and all(len(t) <= 6 for t in toks)

LEGAL_FORMS = {"ltd", "limited", "llc", "inc", "co", "company", "corp", "corporation", "gmbh", "sa", "s", "a", "ag", "jsc",
               "ooo", "oao", "zao", "pao", "pte", "pty", "group", "holdings", "partners", "srl", "r", "l", "bv", "b", "v",
               "sdn", "bhd", "plc", "llp", "lp", "the", "of"}

# Pinyin of the Han-character clean names (the generator's list), so that 王伟 is checked as Wang Wei.
HAN_PINYIN = {"王伟": "Wang Wei", "李娜": "Li Na", "张敏": "Zhang Min", "刘洋": "Liu Yang", "陈静": "Chen Jing", "杨磊": "Yang Lei",
              "黄勇": "Huang Yong", "赵艳": "Zhao Yan", "吴杰": "Wu Jie", "周涛": "Zhou Tao", "徐明": "Xu Ming", "孙超": "Sun Chao",
              "马丽": "Ma Li", "朱平": "Zhu Ping", "胡刚": "Hu Gang", "郭辉": "Guo Hui", "何浩": "He Hao", "林欣": "Lin Xin",
              "高峰": "Gao Feng", "罗斌": "Luo Bin", "郑颖": "Zheng Ying", "梁爽": "Liang Shuang", "谢凯": "Xie Kai",
              "宋瑞": "Song Rui", "唐鑫": "Tang Xin"}
# Latin readings of the Arabic-script clean names (the generator's list).
ARABIC_LATIN = {"محمد حداد": "Mohammed Haddad", "أحمد خوري": "Ahmed Khoury", "علي ناصر": "Ali Nasser", "عمر صالح": "Omar Saleh",
                "يوسف منصور": "Youssef Mansour", "خالد حمدان": "Khaled Hamdan", "فاطمة عزيز": "Fatima Aziz",
                "عائشة سعد": "Aisha Saad", "مريم عثمان": "Mariam Othman", "ليلى قاسم": "Layla Qasim"}
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                 "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
PATRONYMIC = ("ovich", "evich", "ovna", "evna", "yevich", "yevna", "ogly", "kyzy", "ich", "ichna")

def _latin(name):
    name = HAN_PINYIN.get(name.replace(" ", ""), ARABIC_LATIN.get(name, name))
    if any("\u0400" <= c <= "\u04ff" for c in name):
        name = "".join(_CYR.get(c.lower(), c) for c in name)
    return name

def _voiceless(token):
    """Wade-Giles and pinyin spell the same sounds differently (Tan/Dan, Chang/Zhang, Hsi/Xi): fold them."""
    t = token.replace("hs", "s").replace("zh", "ch").replace("x", "s").replace("q", "ch").replace("j", "ch")
    t = t.replace("ts", "z").replace("b", "p").replace("d", "t").replace("g", "k")
    return _skeleton(t) if t else t

def variant_keys(name):
    """Keys under which two spellings of the same name compare equal: plain, Korean-folded, and (for
    non-Korean names) a consonant skeleton that folds Ahmed/Ahmad, Andriy/Andrey, Sergei/Sergey, plus a
    voicing-blind one for short (Chinese-like) names. Han, Arabic-script and Cyrillic clean names are read in Latin first.
    Patronymics are left out (Galina Solovieva is SOLOVIEVA, Galina Olegovna)."""
    latin = _latin(name)
    keys = {norm(name), korean_fold(name), norm(latin)}
    if not is_korean(latin):
        toks = [t for t in norm(latin.replace("-", " ")).split() if t not in LEGAL_FORMS]
        if toks:
            keys.add("~" + " ".join(sorted(_skeleton(t[:-1] if len(t) > 4 and t.endswith("s") else t) for t in toks)))
            core = [t for t in toks if not t.endswith(PATRONYMIC)]
            if core and len(core) < len(toks):
                keys.add("~" + " ".join(sorted(_skeleton(t) for t in core)))
            if all(len(t) <= 7 for t in toks):
                keys.add("~~" + " ".join(sorted(_voiceless(t) for t in toks)))
    return keys
