"""Builds the cross-list name-pair evaluation (eval/cross-list/) from the official list files in ../shared/data/lists.

Nobody here wrote these names: every pair is two names that the lists themselves give for one entity (same party) or
for two different entities (different parties). Pairs come from:

  ofac-un      an OFAC SDN 2021-07 entry and a UN Security Council entry linked by a shared identity-document number
               (passport, national ID) or by one shared full name of the same type (for people: with no conflicting year
               of birth); every other name of the two entries is paired across the lists. The OFAC files here do not
               carry the "UN Ref" remarks (they are cut short), so the link is made from identifiers and one exact name.
  un-script    the UN entry's name in its original script (Arabic, Cyrillic, Hangul, Han) against its Latin name(s)
               and the linked OFAC name: cross-script pairs.
  csl-ofac     a US CSL 2022-04 row against the OFAC SDN 2021-07 entry with the same entry number (names renamed or
               added between the two publications), and CSL rows of other agencies (BIS Entity List, DPL, ITAR, ISN…)
               linked to an OFAC entry by one shared full name of the same type.
  ofac-versions  OFAC SDN 2019-01 against 2021-07: the primary name and each alias (same alias number) that changed
               for the same entry, and aliases added since 2019 against the names the entry already had.
  negatives    different entries of the same list, same type, whose names share most words: people with the same
               family name and one given name in common but another given name, organisations that differ by one word
               (a country, a subsidiary word, a legal form), vessels that differ only by a number. Entries whose names
               differ only in how a word is spelt (Al-Haramain / Al-Haramayn, Limited / Ltd: same consonants, or the same
               legal form) are homonyms, not negatives: no comparison of names can tell them apart.

Names of two linked entries are paired primary with primary, and each other name with its counterpart on the other
side (the name with the highest character-trigram overlap, a plain string measure neither Cordon algorithm uses). A
same-party pair is kept only when the two strings are spellings of one name rather than two different aliases:
trigram overlap (Dice) at least 0.35 and something connecting them (a shared word other than particles and legal forms,
a shared run of four letters, or one being the initials of the other), or different scripts. A list's a.k.a. that shares
nothing with the name ("Office 39" a.k.a. "Third Floor", "Victor Rumuri" a.k.a. "Michel Byiringiro") is found as an
alias by screening, never by comparing spellings. Pairs whose
names are equal after case, punctuation, accents and word order are dropped (nothing to learn from them).

Entities are split with a fixed seed into a development part (70 %) and a frozen held-out part (30 %); every pair of
an entity (cluster of linked entries) goes to the entity's part, and a negative pair only when both entities fall in
the same part. Output: eval/cross-list/dev-pairs.csv and eval/cross-list/heldout-pairs.csv, in the columns of
eval/name-pairs.csv (id,name1,name2,type,match,category,note); the category is <type>/<script>/<source>, script
being same-script or cross-script. Run: python3 eval/tools/make_cross_list_pairs.py
"""
import csv, gzip, hashlib, io, os, random, re, sys, unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'lists'))
OUT = os.path.normpath(os.path.join(HERE, '..', 'cross-list'))
SEED = 'cordon-cross-list-2026'
HELDOUT_SHARE = 30  # percent
MAX_PAIRS_PER_LINK = 4
MIN_DICE = 0.35
NEGATIVES_PER_TYPE = {'person': 1200, 'org': 1000, 'vessel': 150}

TYPES = {'individual': 'person', 'vessel': 'vessel', 'aircraft': 'aircraft'}


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return [t for t in re.split(r'[^\w]+', fold(s).replace("'", '').replace('.', '')) if t]


def key(s):
    return ' '.join(sorted(tokens(s)))


def is_latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def trigrams(s):
    grams = set()
    for t in tokens(s):
        t = '#' + t + '#'
        grams |= {t[i:i + 3] for i in range(len(t) - 2)}
    return grams


def dice(a, b):
    """Character-trigram overlap of two names, word order ignored: a plain string measure that neither Cordon
    algorithm uses, to pick which name of one list corresponds to which name of the other."""
    ga, gb = trigrams(a), trigrams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0


def related(a, b):
    """The two strings are spellings of one name, not two different aliases (see the module text); cross-script pairs
    always are (the UN gives the original-script name for its primary name)."""
    if not is_latin(a) or not is_latin(b):
        return True
    if dice(a, b) < MIN_DICE:
        return False
    ta, tb = tokens(a), tokens(b)
    wa, wb = [t for t in ta if len(t) >= 2 and t not in CONNECTORS], [t for t in tb if len(t) >= 2 and t not in CONNECTORS]
    if set(wa) & set(wb):
        return True
    if {t[i:i + 4] for t in wa for i in range(len(t) - 3)} & {t[i:i + 4] for t in wb for i in range(len(t) - 3)}:
        return True
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) == 1 and 2 <= len(x[0]) <= 8 and len(y) >= 2:
            initials = ''.join(t[0] for t in y)
            it = iter(initials)
            if all(ch in it for ch in x[0]):
                return True
    return False


# Words that connect any two names of their kind (particles, titles, legal forms, the commonest business words): sharing
# only these is no evidence that two strings are spellings of one name.
CONNECTORS = {'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'abd', 'bint', 'ould', 'the', 'of', 'and', 'de', 'la', 'del', 'mr', 'dr',
              'shaykh', 'sheikh', 'haji', 'hajji', 'mullah', 'maulavi', 'qari', 'general', 'co', 'company', 'ltd', 'limited',
              'llc', 'jsc', 'ooo', 'oao', 'zao', 'inc', 'corp', 'corporation', 'sa', 'de', 'cv', 'gmbh', 'ag', 'trading', 'group',
              'bank', 'international', 'industrial', 'commercial', 'enterprise', 'import', 'export', 'shipping', 'services'}


def years(text):
    return set(re.findall(r'\b(1[89]\d\d|20[0-2]\d)\b', text or ''))


def documents(text):
    """Identity-document numbers in OFAC remarks (Passport 123456 (Egypt); National ID No. 12345)."""
    out = set()
    for m in re.finditer(r'(?:Passport|National ID No\.|Identification Number|Cedula No\.|NIT #)\s*([A-Z0-9][A-Z0-9\-/ ]{4,20}?)(?:\s*\(|;|$)', text or ''):
        n = re.sub(r'[^A-Z0-9]', '', m.group(1).upper())
        if len(n) >= 6 and any(ch.isdigit() for ch in n):
            out.add(n)
    return out


class Entry:
    def __init__(self, lst, sid, typ):
        self.list, self.sid, self.type = lst, sid, typ
        self.primary = None
        self.names = []  # (name, label)
        self.years = set()
        self.docs = set()
        self.aliases = {}  # alias number -> name (OFAC)

    @property
    def id(self):
        return self.list + ':' + self.sid

    def add(self, name, label):
        name = (name or '').strip()
        if name and name != '-0-' and all(name != n for n, _ in self.names):
            self.names.append((name, label))
            if self.primary is None:
                self.primary = name


def read_ofac(folder, lst):
    entries = {}
    with open(os.path.join(LISTS, folder, 'sdn.csv'), encoding='latin-1') as f:
        for r in csv.reader(f):
            if len(r) < 12:
                continue
            e = Entry(lst, r[0], TYPES.get(r[2].strip(), 'org'))
            e.add(r[1], 'primary')
            e.years = years(r[11]) if 'DOB' in r[11] else set()
            e.docs = documents(r[11])
            entries[r[0]] = e
    with open(os.path.join(LISTS, folder, 'alt.csv'), encoding='latin-1') as f:
        for r in csv.reader(f):
            if len(r) >= 4 and r[0] in entries:
                entries[r[0]].add(r[3], r[2].strip().strip('"') or 'aka')
                entries[r[0]].aliases[r[1]] = r[3].strip()
    return entries


def text(el, path):
    x = el.find(path)
    return x.text.strip() if x is not None and x.text else ''


def read_un():
    root = ET.parse(os.path.join(LISTS, 'un', 'UN_consolidated.xml')).getroot()
    entries = {}
    for tag, typ in (('INDIVIDUAL', 'person'), ('ENTITY', 'org')):
        for el in root.iter(tag):
            e = Entry('un', text(el, 'REFERENCE_NUMBER') or text(el, 'DATAID'), typ)
            parts = [text(el, k) for k in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
            e.add(' '.join(p for p in parts if p), 'primary')
            for a in el.findall(tag + '_ALIAS'):
                quality = text(a, 'QUALITY')
                if quality.lower() != 'low':
                    e.add(text(a, 'ALIAS_NAME'), 'aka')
            e.original = text(el, 'NAME_ORIGINAL_SCRIPT')
            for d in el.findall('INDIVIDUAL_DATE_OF_BIRTH'):
                e.years |= years(' '.join(x.text or '' for x in d))
            for d in el.findall('INDIVIDUAL_DOCUMENT'):
                n = re.sub(r'[^A-Z0-9]', '', text(d, 'NUMBER').upper())
                if len(n) >= 6 and any(ch.isdigit() for ch in n):
                    e.docs.add(n)
            entries[e.sid] = e
    return entries


def read_csl():
    rows = []
    with gzip.open(os.path.join(LISTS, 'us-csl-2022-04', 'consolidated.csv.gz'), 'rt', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            typ = {'Individual': 'person', 'Vessel': 'vessel', 'Aircraft': 'aircraft', 'Entity': 'org'}.get(r['type'], '?')
            e = Entry('us-csl', r['_id'], typ)
            e.source = r['source']
            e.number = (r['entity_number'] or '').strip()
            e.add(r['name'], 'primary')
            for a in (r['alt_names'] or '').split(';'):
                e.add(a, 'aka')
            e.years = years(r['dates_of_birth'])
            rows.append(e)
    return rows


def compatible(a, b):
    if a.type != b.type and '?' not in (a.type, b.type):
        return False
    return a.type != 'person' or not a.years or not b.years or bool(a.years & b.years)


def name_index(entries):
    idx = defaultdict(list)
    for e in entries:
        for n, _ in e.names:
            if len(tokens(n)) >= 2:
                idx[key(n)].append(e)
    return idx


pairs = []  # (cluster, name1, name2, type, match, source, note)


def add_positive(cluster, a, b, typ, source, note):
    if key(a) == key(b) or not related(a, b) or typ not in ('person', 'org', 'vessel'):
        return False
    pairs.append((cluster, a, b, typ, 1, source, note))
    return True


def counterpart(name, names):
    """The name of the other entry that corresponds to this one: the highest trigram overlap."""
    return max(names, key=lambda n: dice(name, n)) if names else None


def pair_names(cluster, ea, eb, source, rng, skip=()):
    """Pairs names of two linked entries: the primary names, then each name of one with its counterpart in the other
    (a name's other aliases are other names, not spellings of it); at most MAX_PAIRS_PER_LINK, seeded."""
    names_b = [b for b, _ in eb.names]
    candidates = [(a, counterpart(a, names_b)) for a, _ in ea.names]
    candidates = [(a, b) for a, b in candidates if b and key(a) != key(b)]
    primary = [(ea.primary, eb.primary)] if key(ea.primary) != key(eb.primary) else []
    rest = [c for c in dict.fromkeys(candidates) if c not in primary]
    rng.shuffle(rest)
    count = 0
    for a, b in primary + rest:
        if count >= MAX_PAIRS_PER_LINK:
            break
        if add_positive(cluster, a, b, ea.type if ea.type != '?' else eb.type, source, f'{ea.id} ~ {eb.id}'):
            count += 1


def main():
    rng = random.Random(SEED)
    sdn = read_ofac('ofac-sdn-2021-07', 'ofac-sdn')
    old = read_ofac('ofac-sdn-2019-01', 'ofac-sdn-2019')
    un = read_un()
    csl = read_csl()
    sdn_by_name = name_index(sdn.values())
    sdn_by_doc = defaultdict(list)
    for e in sdn.values():
        for d in e.docs:
            sdn_by_doc[d].append(e)

    # ofac-un: identity documents first, then one shared full name.
    cluster_of = {}
    for u in un.values():
        linked = {e.sid: e for d in u.docs for e in sdn_by_doc.get(d, []) if compatible(u, e)}
        how = 'document'
        if not linked:
            linked = {e.sid: e for n, _ in u.names if len(tokens(n)) >= 2 for e in sdn_by_name.get(key(n), []) if compatible(u, e)}
            how = 'name'
        if len(linked) != 1:
            continue
        e = next(iter(linked.values()))
        cluster = 'ofac-sdn:' + e.sid
        cluster_of[u.id] = cluster
        pair_names(cluster, e, u, 'ofac-un', rng)
    # The original-script name is the UN primary name written in its own script (not necessarily OFAC's primary).
    for u in un.values():
        if getattr(u, 'original', ''):
            add_positive(cluster_of.get(u.id, 'un:' + u.sid), u.primary, u.original, u.type, 'un-script', u.id + ' original script')

    # csl-ofac: same entry number (SDN rows of the CSL), then other agencies' rows by one shared name.
    for c in csl:
        if c.source.startswith('Specially Designated Nationals') and c.number in sdn:
            e = sdn[c.number]
            if {key(n) for n, _ in c.names} != {key(n) for n, _ in e.names}:
                new = [n for n, _ in c.names if key(n) not in {key(m) for m, _ in e.names}]
                for n in new[:MAX_PAIRS_PER_LINK]:
                    add_positive('ofac-sdn:' + e.sid, counterpart(n, [m for m, _ in e.names]), n, e.type, 'csl-ofac', f'{e.id} ~ {c.id} ({c.source[:30]})')
        elif not c.source.startswith(('Specially Designated', 'Sectoral', 'Foreign Sanctions', 'Non-SDN', 'Palestinian')):
            linked = {e.sid: e for n, _ in c.names if len(tokens(n)) >= 2 for e in sdn_by_name.get(key(n), []) if compatible(c, e)}
            if len(linked) == 1:
                e = next(iter(linked.values()))
                pair_names('ofac-sdn:' + e.sid, e, c, 'csl-ofac', rng)

    # ofac-versions: what changed for the same entry between 2019-01 and 2021-07.
    for sid, e in sdn.items():
        o = old.get(sid)
        if o is None:
            continue
        cluster = 'ofac-sdn:' + sid
        if key(o.primary) != key(e.primary):
            add_positive(cluster, o.primary, e.primary, e.type, 'ofac-versions', f'{sid} primary 2019 ~ 2021')
        for num, name in e.aliases.items():
            before = o.aliases.get(num)
            if before and key(before) != key(name):
                add_positive(cluster, before, name, e.type, 'ofac-versions', f'{sid} alias {num} 2019 ~ 2021')
            elif before is None and o.names:
                old_keys = {key(n) for n, _ in o.names}
                if key(name) not in old_keys:
                    add_positive(cluster, counterpart(name, [n for n, _ in o.names]), name, e.type, 'ofac-versions', f'{sid} alias {num} added since 2019')

    # negatives: different entries of one list whose names share most words.
    negatives = []
    for source, entries in (('ofac-sdn', list(sdn.values())), ('un', list(un.values()))):
        by_token = defaultdict(set)
        names = []
        for e in entries:
            for n, _ in e.names:
                t = tokens(n)
                if 2 <= len(t) <= 8 and is_latin(n):
                    names.append((e, n, t))
        for i, (e, n, t) in enumerate(names):
            for tok in set(t):
                by_token[tok].add(i)
        seen = set()
        for i, (e, n, t) in enumerate(names):
            counts = defaultdict(int)
            for tok in set(t):
                if len(by_token[tok]) > 400:
                    continue
                for j in by_token[tok]:
                    if j > i:
                        counts[j] += 1
            for j, shared in counts.items():
                f, m, u = names[j]
                if f.sid == e.sid or f.type != e.type or e.type not in NEGATIVES_PER_TYPE:
                    continue
                if cluster_of.get(e.id, e.id) == cluster_of.get(f.id, f.id):
                    continue
                only_a, only_b = set(t) - set(u), set(u) - set(t)
                kind = negative_kind(e.type, set(t), set(u), only_a, only_b, shared)
                if kind is None:
                    continue
                k = tuple(sorted((key(n), key(m))))
                if k in seen or k[0] == k[1]:
                    continue
                seen.add(k)
                negatives.append(((source + ':' + e.sid, source + ':' + f.sid), n, m, e.type, kind, source))
    rng.shuffle(negatives)
    negatives.sort(key=lambda x: x[3])
    taken = defaultdict(int)
    for clusters, n, m, typ, kind, source in negatives:
        p = part(clusters[0])
        if p != part(clusters[1]):
            continue
        share = HELDOUT_SHARE / 100 if p == 'heldout' else 1 - HELDOUT_SHARE / 100
        if taken[p, typ] >= NEGATIVES_PER_TYPE[typ] * share:
            continue
        taken[p, typ] += 1
        pairs.append((clusters, n, m, typ, 0, 'negative-' + source, kind))

    write(pairs)


# Spellings of one word that lists use interchangeably: a pair differing only by these is the same name.
SAME_WORD = {'limited': 'ltd', 'company': 'co', 'corporation': 'corp', 'incorporated': 'inc', 'organisation': 'organization',
             'centre': 'center', 'defence': 'defense'}


def consonants(token):
    """The consonant skeleton of a word (vowels, y, w and h dropped, doubled letters collapsed): Haramain, Harameyn and
    Haramayn are one word written three ways; Jafari and Safari are two words."""
    out = ''
    for c in token:
        if c in 'aeiouyhw':
            continue
        if not out or out[-1] != c:
            out += c
    return out


def negative_kind(typ, a, b, only_a, only_b, shared):
    only_a = {SAME_WORD.get(t, t) for t in only_a} - {SAME_WORD.get(t, t) for t in only_b}
    only_b = {SAME_WORD.get(t, t) for t in only_b} - {SAME_WORD.get(t, t) for t in only_a}
    # Two entries whose names differ only in the spelling of a word (vowels) carry the same name: homonyms, which no
    # name comparison can tell apart, are not negatives of name matching.
    if len(only_a) == 1 and len(only_b) == 1 and consonants(next(iter(only_a))) == consonants(next(iter(only_b))):
        return None
    if not only_a and not only_b:
        return None
    if typ == 'vessel':
        # The number is the vessel's identity: names equal but for the number.
        if only_a and only_b and all(x.isdigit() for x in only_a | only_b) and shared >= 1:
            return 'vessel differs only by its number'
        return None
    if shared < 2 or not only_a or not only_b or len(only_a) > 1 or len(only_b) > 1:
        return None
    if typ == 'person':
        x, y = next(iter(only_a)), next(iter(only_b))
        if len(x) < 3 or len(y) < 3:
            return None  # initials and particles say too little to call two people different
        return 'person: one name part differs'
    return 'organisation: one word differs'


def part(cluster):
    h = hashlib.sha256((SEED + '|' + cluster).encode('utf-8')).digest()
    return 'heldout' if h[0] * 100 // 256 < HELDOUT_SHARE else 'dev'


def write(rows):
    os.makedirs(OUT, exist_ok=True)
    out = {'dev': [], 'heldout': []}
    for cluster, a, b, typ, match, source, note in rows:
        if isinstance(cluster, tuple):
            p1, p2 = part(cluster[0]), part(cluster[1])
            if p1 != p2:
                continue
            p = p1
        else:
            p = part(cluster)
        script = 'same-script' if is_latin(a) == is_latin(b) and (is_latin(a) or script_of(a) == script_of(b)) else 'cross-script'
        typ = {'org': 'organization'}.get(typ, typ)
        out[p].append((a, b, typ, match, f'{typ}/{script}/{source}', note))
    for p, items in out.items():
        with open(os.path.join(OUT, p + '-pairs.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['id', 'name1', 'name2', 'type', 'match', 'category', 'note'])
            for i, (a, b, typ, match, cat, note) in enumerate(items, 1):
                w.writerow([f'{p}-{i:05d}', a, b, typ, match, cat, note])
        pos = sum(1 for x in items if x[3] == 1)
        print(f'{p}: {len(items)} pairs ({pos} same party, {len(items) - pos} different)')


def script_of(s):
    for c in s:
        if c.isalpha():
            return unicodedata.name(c, '?').split(' ')[0]
    return '?'


if __name__ == '__main__':
    main()
