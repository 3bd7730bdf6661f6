#!/usr/bin/env python3
"""An independent TAXII 2.1 / STIX 2.1 client, written from the OASIS specifications only.

TAXII Version 2.1, OASIS Standard, 10 June 2021 (sections cited as "T") and STIX Version 2.1, OASIS Standard,
10 June 2021 ("S"). Standard library only (urllib, json), so it runs wherever Python 3 does; it shares no code with the
server it checks. It discovers the server, reads its API root and collections, adds an envelope of new STIX indicators
and follows the status resource until complete, pages through objects and the manifest with limit/more/next, filters
with added_after and match[...], reads one object and its versions, and checks authentication and content negotiation.

Usage:
  taxii_client.py DISCOVERY_URL --writer AUTH --reader AUTH [--count N] [--limit N]
AUTH is "bearer:TOKEN" or "basic:USER:PASSWORD". The writer needs read and write rights on some collection; the reader
read-only rights on the same collection.
Exit code 0 and a last line "TAXII 2.1 CLIENT: ALL CHECKS PASSED (n checks)" when everything holds; 1 and "FAIL: ..." otherwise.
"""

import argparse
import base64
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

TAXII = "application/taxii+json;version=2.1"  # T 1.6.8
STIX_ID = re.compile(r"^[a-z0-9][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")  # T 3.2 / S 3.2
checks = 0


class Failure(Exception):
    pass


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        raise Failure(message)


def authorization(text):
    kind, _, rest = text.partition(":")
    if kind == "bearer":
        return "Bearer " + rest
    if kind == "basic":
        return "Basic " + base64.b64encode(rest.encode("utf-8")).decode("ascii")  # RFC 7617
    raise SystemExit("AUTH must be bearer:TOKEN or basic:USER:PASSWORD")


class Client:
    def __init__(self, auth):
        self.auth = auth

    def request(self, method, url, body=None, accept=TAXII, content_type=TAXII):
        headers = {"Accept": accept}
        if self.auth:
            headers["Authorization"] = self.auth
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = content_type
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                return response.status, dict(response.headers.items()), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers.items()), error.read()

    def get(self, url, expect=200):
        status, headers, raw = self.request("GET", url)
        check(status == expect, f"GET {url}: expected {expect}, got {status}: {raw[:300]!r}")
        return headers, resource(url, headers, raw)


def header(headers, name):
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def resource(url, headers, raw):
    media = (header(headers, "Content-Type") or "").replace(" ", "").lower()
    # T 1.6.8: the media type with its version parameter.
    check(media.startswith("application/taxii+json") and "version=2.1" in media, f"{url}: Content-Type is {media!r}")
    body = json.loads(raw)
    check(isinstance(body, dict), f"{url}: not a JSON object")
    return body


def with_query(url, **params):
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    return url + ("?" + query if query else "")


def stix_time(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(text):
    check(isinstance(text, str) and TIMESTAMP.match(text), f"{text!r} is not a TAXII timestamp")
    head, _, fraction = text[:-1].partition(".")
    moment = datetime.strptime(head, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return moment, (fraction + "000000")[:6]


def time_key(text):
    moment, micros = parse_time(text)
    return moment.strftime("%Y%m%d%H%M%S") + micros


def indicator(serial, created):
    # S 4.7 indicator: required id, type, spec_version, created, modified, pattern, pattern_type, valid_from.
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": "indicator--" + str(uuid.uuid4()),
        "created": stix_time(created),
        "modified": stix_time(created),
        "name": f"interop indicator {serial}",
        "indicator_types": ["malicious-activity"],
        "pattern": f"[email-addr:value = 'interop-{serial}-{uuid.uuid4().hex[:8]}@example.net']",
        "pattern_type": "stix",
        "valid_from": stix_time(created),
        "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],  # TLP:GREEN (TLP 2.0)
    }


def page_all(client, url, key, limit, **params):
    """Follows more/next (T 3.4) until exhausted; returns every item and the pages' headers."""
    items, pages, cursor = [], [], None
    for _ in range(10000):
        headers, body = client.get(with_query(url, limit=limit, next=cursor, **params))
        batch = body.get(key, [])
        check(isinstance(batch, list), f"{url}: '{key}' is not a list")
        check(len(batch) <= limit, f"{url}: {len(batch)} items on a page with limit {limit}")
        more = body.get("more", False)
        check(isinstance(more, bool), f"{url}: 'more' is not a boolean")
        if batch and key != "versions":
            first, last = header(headers, "X-TAXII-Date-Added-First"), header(headers, "X-TAXII-Date-Added-Last")
            check(first is not None and last is not None, f"{url}: X-TAXII-Date-Added-First/Last missing")
            check(time_key(first) <= time_key(last), f"{url}: date added first {first} after last {last}")
        items.extend(batch)
        pages.append(len(batch))
        if not more:
            return items, pages
        cursor = body.get("next")
        check(isinstance(cursor, str) and cursor, f"{url}: more is true but there is no next")
    raise Failure(f"{url}: paging did not end")


def run(args):
    writer, reader = Client(authorization(args.writer)), Client(authorization(args.reader))

    # T 4.1 discovery.
    _, discovery = writer.get(args.discovery)
    check(isinstance(discovery.get("title"), str), "discovery: no title")
    roots = discovery.get("api_roots", [])
    check(isinstance(roots, list) and roots, "discovery: no api_roots")
    root_url = urllib.parse.urljoin(args.discovery, discovery.get("default") or roots[0])
    root_url = root_url if root_url.endswith("/") else root_url + "/"
    print(f"ok discovery: {discovery['title']!r}, {len(roots)} API root(s), using {root_url}")

    # T 4.2 API root.
    _, api_root = writer.get(root_url)
    check(TAXII in [v.replace(" ", "") for v in api_root.get("versions", [])], f"API root: versions {api_root.get('versions')}")
    check(isinstance(api_root.get("max_content_length"), int) and api_root["max_content_length"] > 0, "API root: max_content_length")
    print(f"ok api root: {api_root['title']!r}, max_content_length {api_root['max_content_length']}")

    # T 5.1 / 5.2 collections.
    _, listing = writer.get(root_url + "collections/")
    collections = listing.get("collections", [])
    for c in collections:
        check({"id", "title", "can_read", "can_write"} <= set(c), f"collection without required properties: {c}")
    _, visible = reader.get(root_url + "collections/")
    readable = {c["id"] for c in visible.get("collections", []) if c.get("can_read")}
    writable = [c for c in collections if c["can_read"] and c["can_write"] and c["id"] in readable]
    check(writable, "no collection the writer may read and write and the reader may read")
    collection = writable[0]
    collection_url = root_url + "collections/" + collection["id"] + "/"
    _, one = writer.get(collection_url)
    check(one["id"] == collection["id"], "collection by id: another id")
    print(f"ok collections: {len(collections)} listed, using {collection['id']} ({collection['title']!r})")
    objects_url = collection_url + "objects/"

    # T 5.5 add objects, then T 4.3 status until complete.
    start = datetime.now(timezone.utc) - timedelta(minutes=5)
    added = [indicator(i, start + timedelta(milliseconds=i)) for i in range(args.count)]
    status_code, headers, raw = writer.request("POST", objects_url, {"objects": added})
    check(status_code == 202, f"add: expected 202, got {status_code}: {raw[:300]!r}")
    status = resource(objects_url, headers, raw)
    for _ in range(100):
        check({"id", "status", "total_count", "success_count", "failure_count", "pending_count"} <= set(status), f"status resource: {status}")
        if status["status"] == "complete":
            break
        time.sleep(0.2)
        _, status = writer.get(root_url + "status/" + status["id"] + "/")
    check(status["status"] == "complete", "status never complete")
    _, again = writer.get(root_url + "status/" + status["id"] + "/")
    check(again["id"] == status["id"], "status by id: another id")
    check(status["total_count"] == args.count and status["success_count"] == args.count and status["failure_count"] == 0,
          f"status counts: {status}")
    print(f"ok add: {args.count} indicators, status {status['id']} complete, {status['success_count']} successes")

    # Adding the same envelope again is not an error (T 5.5).
    status_code, headers, raw = writer.request("POST", objects_url, {"objects": added[:3]})
    check(status_code == 202 and resource(objects_url, headers, raw)["failure_count"] == 0, "duplicate add refused")
    print("ok duplicate add: accepted, no failures")

    # T 5.4 get objects, paged.
    ids = {o["id"] for o in added}
    got, pages = page_all(reader, objects_url, "objects", args.limit)
    got_ids = [o["id"] for o in got]
    check(len(got_ids) == len(set(got_ids)), "paging repeated an object")
    check(ids <= set(got_ids), f"paging lost {len(ids - set(got_ids))} object(s)")
    for o in got:
        check(STIX_ID.match(o.get("id", "")) and isinstance(o.get("type"), str), f"object without a valid id/type: {o}")
    print(f"ok objects: {len(got_ids)} objects over {len(pages)} pages of at most {args.limit}, none lost or repeated")

    # T 5.3 manifest, paged.
    manifest, mpages = page_all(reader, collection_url + "manifest/", "objects", args.limit)
    for record in manifest:
        check({"id", "date_added", "version"} <= set(record), f"manifest record: {record}")
        parse_time(record["date_added"])
    added_at = {m["id"]: time_key(m["date_added"]) for m in manifest}
    check(ids <= set(added_at), "manifest lacks added objects")
    print(f"ok manifest: {len(manifest)} records over {len(mpages)} pages")

    # added_after (T 3.4.2): strictly after the given date_added.
    ordered = sorted(added_at[i] for i in ids)
    pivot_id = next(i for i in ids if added_at[i] == ordered[len(ordered) // 2])
    pivot = next(m["date_added"] for m in manifest if m["id"] == pivot_id)
    after, _ = page_all(reader, objects_url, "objects", args.limit, added_after=pivot)
    expected = {i for i, t in added_at.items() if t > time_key(pivot)}
    check({o["id"] for o in after} == expected, f"added_after={pivot}: {len(after)} objects, expected {len(expected)}")
    print(f"ok added_after: {len(after)} objects after {pivot}")

    # match[type] and match[id] with a comma list (T 3.5).
    pick = [o["id"] for o in added[:2]]
    _, matched = reader.get(with_query(objects_url, **{"match[id]": ",".join(pick)}))
    check(sorted(o["id"] for o in matched.get("objects", [])) == sorted(pick), "match[id] with two ids")
    typed, _ = page_all(reader, objects_url, "objects", args.limit, **{"match[type]": "indicator"})
    check(all(o["type"] == "indicator" for o in typed) and ids <= {o["id"] for o in typed}, "match[type]=indicator")
    print("ok match[id] (comma list) and match[type]")

    # T 5.6 object by id; a new version; T 5.8 versions; match[version]=all.
    first = added[0]
    _, single = reader.get(objects_url + first["id"] + "/")
    check([o["id"] for o in single.get("objects", [])] == [first["id"]], "object by id")
    check(single["objects"][0]["modified"] == first["modified"], "object by id: another version")
    newer = dict(first, modified=stix_time(datetime.now(timezone.utc)), name=first["name"] + " (revised)")
    status_code, _, raw = writer.request("POST", objects_url, {"objects": [newer]})
    check(status_code == 202, f"adding a new version: {status_code} {raw[:200]!r}")
    _, latest = reader.get(objects_url + first["id"] + "/")
    check(latest["objects"][0]["modified"] == newer["modified"], "object by id does not give the latest version")
    versions, _ = page_all(reader, objects_url + first["id"] + "/versions/", "versions", args.limit)
    check({time_key(first["modified"]), time_key(newer["modified"])} <= {time_key(v) for v in versions}, f"versions: {versions}")
    _, both = reader.get(with_query(objects_url + first["id"] + "/", **{"match[version]": "all"}))
    check(len(both.get("objects", [])) == 2, "match[version]=all on one object")
    print(f"ok object by id, new version, versions ({len(versions)}), match[version]=all")

    # Unknown object: 404 with an error message resource (T 3.6.1).
    status_code, headers, raw = reader.request("GET", objects_url + "indicator--" + str(uuid.uuid4()) + "/")
    check(status_code == 404, f"unknown object: {status_code}")
    error = resource(objects_url, headers, raw)
    check("title" in error, "error message without title")
    print("ok unknown object: 404 error message")

    # Authentication and rights (T 1.6.1, 3.6): the reader may not write; no credentials is 401; bad Accept is 406.
    status_code, _, _ = reader.request("POST", objects_url, {"objects": [indicator(9999, start)]})
    check(status_code == 403, f"reader add: expected 403, got {status_code}")
    status_code, _, _ = Client(None).request("GET", root_url)
    check(status_code == 401, f"no credentials: expected 401, got {status_code}")
    status_code, _, _ = reader.request("GET", objects_url, accept="application/xml")
    check(status_code == 406, f"Accept application/xml: expected 406, got {status_code}")
    status_code, _, _ = writer.request("POST", objects_url, {"objects": []}, content_type="application/json")
    check(status_code == 415, f"Content-Type application/json: expected 415, got {status_code}")
    print("ok authentication: reader add 403, anonymous 401, Accept 406, Content-Type 415")


def main():
    parser = argparse.ArgumentParser(description="Independent TAXII 2.1 client check")
    parser.add_argument("discovery")
    parser.add_argument("--writer", required=True)
    parser.add_argument("--reader", required=True)
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--limit", type=int, default=7)
    args = parser.parse_args()
    try:
        run(args)
    except Failure as failure:
        print(f"FAIL: {failure}")
        return 1
    except (urllib.error.URLError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        print(f"FAIL: {type(error).__name__}: {error}")
        return 1
    print(f"TAXII 2.1 CLIENT: ALL CHECKS PASSED ({checks} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
