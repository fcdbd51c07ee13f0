#!/usr/bin/env python3
"""Parse every feed of a built site with Python's feedparser, as real readers do.

Usage: python3 scripts/check-feeds.py [DIST]   (default: dist)

Walks DIST for *.xml files (sitemaps excepted), parses each with feedparser and fails
(exit 1) when a feed is "bozo" (not well-formed, wrong encoding, ...), is not RSS 2.0,
lacks its channel fields, or has an item without title, link, id (guid), published date,
summary or content. Links and ids must be absolute http(s) URLs. Needs feedparser
(Debian: python3-feedparser; it lives in /usr/bin/python3's packages).
"""
from __future__ import annotations

import os
import sys
from urllib.parse import urlparse

try:
    import feedparser
except ImportError:  # pragma: no cover - environment problem, not a feed problem
    sys.stderr.write(
        "check-feeds: the Python module feedparser is missing: "
        "apt-get install python3-feedparser (then run it with /usr/bin/python3)\n"
    )
    sys.exit(2)

ITEM_FIELDS = ("title", "link", "id", "published", "summary", "content")
CHANNEL_FIELDS = ("title", "link", "subtitle", "language", "updated")


def is_absolute_http(url: str) -> bool:
    parts = urlparse(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def feed_files(root: str) -> list[str]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".xml") and not name.startswith("sitemap"):
                found.append(os.path.join(folder, name))
    return found


def check_feed(path: str) -> tuple[list[str], int]:
    with open(path, "rb") as handle:
        parsed = feedparser.parse(handle.read())
    problems: list[str] = []
    if parsed.bozo:
        problems.append(f"bozo: {parsed.get('bozo_exception')!r}")
    if parsed.get("version") != "rss20":
        problems.append(f"not RSS 2.0 (feedparser says {parsed.get('version')!r})")
    channel = parsed.feed
    for field in CHANNEL_FIELDS:
        if not channel.get(field):
            problems.append(f"channel: missing {field}")
    if channel.get("link") and not is_absolute_http(channel.link):
        problems.append(f"channel: link is not absolute: {channel.link!r}")
    if channel.get("updated") and not channel.get("updated_parsed"):
        problems.append(f"channel: lastBuildDate is not a date: {channel.updated!r}")
    self_links = [l for l in channel.get("links", []) if l.get("rel") == "self"]
    if not self_links or not is_absolute_http(self_links[0].get("href", "")):
        problems.append("channel: missing an absolute atom:link rel=self")
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"item {index} ({entry.get('link') or entry.get('title') or '?'})"
        for field in ITEM_FIELDS:
            value = entry.get(field)
            if field == "content":
                value = value and value[0].get("value")
            if not value:
                problems.append(f"{where}: missing {field}")
        if entry.get("published") and not entry.get("published_parsed"):
            problems.append(f"{where}: pubDate is not an RFC 822 date: {entry.published!r}")
        for field in ("link", "id"):
            if entry.get(field) and not is_absolute_http(entry[field]):
                problems.append(f"{where}: {field} is not an absolute http(s) URL: {entry[field]!r}")
    return problems, len(parsed.entries)


def main(argv: list[str]) -> int:
    root = argv[1] if len(argv) > 1 else "dist"
    if not os.path.isdir(root):
        sys.stderr.write(f"check-feeds: no such folder: {root}\n")
        return 2
    files = feed_files(root)
    if not files:
        sys.stderr.write(f"check-feeds: no feeds (*.xml) under {root}\n")
        return 1
    failed = 0
    items = 0
    for path in files:
        problems, count = check_feed(path)
        items += count
        if problems:
            failed += 1
            print(f"FAIL {os.path.relpath(path, root)}")
            for problem in problems:
                print(f"  - {problem}")
    print(f"check-feeds: {len(files)} feeds, {items} items, {failed} failing (feedparser {feedparser.__version__})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
