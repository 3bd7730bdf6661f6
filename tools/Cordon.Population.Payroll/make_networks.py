#!/usr/bin/env python3
"""Derives networks.tsv (embedded in the generator) from the public IP data in ../shared/data/ip.

For each chosen network (ASN, the country it should geolocate to, and what kind of network it is) it keeps up to
eight address ranges of that ASN (DB-IP / Route Views asn-ipv4.csv.gz) whose first and last address geolocate to
that country in iptoasn-country.mmdb. Run once by hand; the generator itself reads only the embedded table, so a
population regenerates byte for byte without the IP data. Needs Debian's python3-maxminddb.

  /usr/bin/python3 make_networks.py ../../../shared/data/ip > networks.tsv
"""
import csv, gzip, ipaddress, sys
import maxminddb

# kind: res = residential broadband, mob = mobile, corp = corporate egress / secure web gateway,
# vpn = consumer VPN, astrill = Astrill VPN, host = hosting / VPS, kp = addresses attributed to North Korea
NETWORKS = [
    ("res", "US", 7922), ("res", "US", 20115), ("res", "US", 701), ("res", "US", 7018), ("res", "US", 22773),
    ("mob", "US", 21928),
    ("res", "CA", 812), ("res", "CA", 577),
    ("res", "MX", 8151), ("res", "MX", 22884), ("res", "MX", 13999),
    ("res", "BR", 28573), ("res", "BR", 26599),
    ("res", "AR", 7303),
    ("res", "CO", 10620),
    ("res", "PT", 3243), ("res", "PT", 2860), ("res", "PT", 12353),
    ("res", "PL", 5617), ("res", "PL", 12741),
    ("res", "UA", 15895), ("res", "UA", 6849), ("res", "UA", 25229),
    ("res", "IN", 55836), ("res", "IN", 9498), ("res", "IN", 24560), ("res", "IN", 24309),
    ("res", "AE", 15802), ("res", "AE", 5384),
    ("res", "KR", 4766), ("res", "KR", 9318), ("res", "KR", 3786),
    ("res", "JP", 4713), ("res", "JP", 2516), ("res", "JP", 17676),
    ("res", "AU", 1221), ("res", "AU", 7545), ("res", "AU", 4804),
    ("res", "NZ", 4771),
    ("res", "DE", 3320), ("res", "DE", 3209),
    ("res", "GB", 2856), ("res", "GB", 5089), ("res", "GB", 5607),
    ("res", "NL", 1136), ("res", "NL", 33915),
    ("res", "ES", 3352),
    ("res", "FR", 3215), ("res", "FR", 12322),
    ("res", "RO", 8708),
    ("res", "CZ", 5610),
    ("res", "HU", 5483),
    ("res", "RS", 8400),
    ("res", "SG", 3758),
    ("res", "PH", 9299), ("res", "PH", 4775),
    ("res", "VN", 45899), ("res", "VN", 7552),
    ("res", "ID", 7713),
    ("res", "PK", 17557),
    ("res", "NG", 29465),
    ("res", "EG", 8452),
    ("res", "TR", 9121),
    ("res", "CN", 4134), ("res", "CN", 4837),
    ("res", "RU", 12389), ("res", "RU", 8359), ("res", "RU", 20485),
    ("res", "LA", 9873), ("res", "LA", 131267),
    ("corp", "US", 22616), ("corp", "US", 53813), ("corp", "CH", 62044), ("corp", "US", 54538), ("corp", "US", 36692),
    # The country database gives the ASN's registration country, so VPN exits show where the provider is registered.
    ("vpn", "RO", 9009), ("vpn", "PA", 209854), ("vpn", "CH", 62371), ("vpn", "SE", 39351), ("vpn", "GB", 212238),
    ("astrill", "*", 140323),
    ("host", "US", 14061), ("host", "US", 16509), ("host", "DE", 24940), ("host", "FR", 16276), ("host", "US", 20473),
    ("host", "SG", 45102), ("host", "CN", 45102), ("host", "CN", 37963), ("host", "RU", 49505), ("host", "RU", 9123),
    ("host", "DE", 51167),
    ("kp", "KP", 131279),
]

def main(ip_dir):
    reader = maxminddb.open_database(f"{ip_dir}/iptoasn-country.mmdb")
    by_asn = {}
    names = {}
    with gzip.open(f"{ip_dir}/asn-ipv4.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            start, end, asn, name = row[0], row[1], int(row[2]), row[3]
            by_asn.setdefault(asn, []).append((start, end))
            names[asn] = name
    def country(ip):
        r = reader.get(ip)
        return (r or {}).get("country_code", "")
    print("kind\tcountry\tasn\tname\tfirst\tlast")
    for kind, cc, asn in NETWORKS:
        kept = []
        for start, end in by_asn.get(asn, []):
            a, b = int(ipaddress.IPv4Address(start)), int(ipaddress.IPv4Address(end))
            if b - a < 15:
                continue
            c = country(start)
            if (cc == "*" or c == cc) and country(end) == c:
                kept.append((start, end, c))
        if not kept:
            print(f"no ranges for {kind} {cc} AS{asn}", file=sys.stderr)
            continue
        step = max(1, len(kept) // 8)
        for start, end, c in kept[::step][:8]:
            print(f"{kind}\t{c}\t{asn}\t{names[asn]}\t{start}\t{end}")

if __name__ == "__main__":
    main(sys.argv[1])
