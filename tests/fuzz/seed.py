#!/usr/bin/env python3
"""Seed corpora for the fuzz targets (tests/fuzz/build.sh), from ../shared and the repository:
  OUT/liquid        every liquid-spec template, and tests/fuzz/regressions/*.liquid
  OUT/markdown      the shared markdown cases and tests/markdown's, each after an option byte
  OUT/front_matter  the front matter of the corpus sites' pages, their _data and _config.yml,
                    the tests' YAML files
  OUT/liquid_filters  texts of the markdown cases for each filter liquid_filters_fuzz checks,
                    with a word of the text as replace's pattern, and byte strings for map/where
  OUT/iso_time      the corpus pages' `date:` values and a few hand-written date forms
  OUT/highlight     the shared highlight cases' code and tests/highlight's samples, each after
                    its lexer's catalogue index and a use byte (options on the first line)
Inputs are cut to 8 KiB (markdown) or 4 KiB and named by their SHA-1.

usage: seed.py OUT_DIR"""
import glob
import hashlib
import os
import re
import sys

import yaml

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as out:
        out.write(data)


def liquid(out):
    for spec in glob.glob(os.path.join(SHARED, "liquid-spec", "*.yml")):
        with open(spec, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        for case in (data or {}).get("cases") or []:
            if isinstance(case.get("template"), str):
                write(out, case["template"].encode())
    for path in glob.glob(os.path.join(ROOT, "tests", "fuzz", "regressions", "*.liquid")):
        with open(path, "rb") as f:
            write(out, f.read())


def markdown(out):
    paths = sorted(glob.glob(os.path.join(SHARED, "markdown-cases", "*", "*.md")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "markdown", "**", "*.md"), recursive=True))
    for i, path in enumerate(paths):
        with open(path, "rb") as f:
            write(out, bytes([(i * 37) % 256]) + f.read()[:8192])  # the first byte picks the options


def front_matter(out):
    patterns = [os.path.join(SHARED, "corpus", p) for p in ("**/*.md", "**/*.html", "**/_data/**/*.yml", "**/_config.yml")]
    patterns.append(os.path.join(ROOT, "tests", "**", "*.yml"))
    for pattern in patterns:
        for path in glob.glob(pattern, recursive=True):
            if "/expected/" in path or "/_site/" in path:
                continue
            with open(path, "rb") as f:
                data = f.read()
            if path.endswith((".md", ".html")):
                end = data.find(b"\n---", 3)
                if not data.startswith(b"---") or end < 0:
                    continue
                data = data[:end + 5] + b"body\n"
            write(out, data[:4096])


def liquid_filters(out):
    paths = sorted(glob.glob(os.path.join(SHARED, "markdown-cases", "*", "*.md")))[:200]
    for i, path in enumerate(paths):
        with open(path, "rb") as f:
            text = f.read()[:1024].replace(b"\xff", b"")
        words = text.split()
        pattern = words[len(words) // 2] if words else b"a"
        for op in range(5):
            write(out, bytes([op, (i * 7) % 40]) + text + b"\xff" + pattern + b"\xff" + b"<%d>" % i)
    for i in range(64):
        write(out, bytes([5, i]) + bytes((i * 37 + k * 11) % 256 for k in range(2 + i % 30)))


def iso_time(out):
    for form in ("2020-1-2 3:04", " 2016-05-19T14:30:00.123456789Z ", "2021-12-31t23:59:60 UTC",
                 "2019-02-03 10:11:12 -05:30", "2019-02-03\t10:11 GMT", "2019-02-03 +0500"):
        write(out, form.encode())
    for path in glob.glob(os.path.join(SHARED, "corpus", "**", "*.md"), recursive=True):
        with open(path, "rb") as f:
            for line in f.read(4096).split(b"\n"):
                if line.startswith(b"date:"):
                    write(out, line[5:].strip())


def lexer_indexes():
    """Each name Rouge finds a lexer by -> the lexer's index in highlight's catalogue."""
    with open(os.path.join(ROOT, "engine", "highlight", "src", "lexers", "catalog.cpp"), encoding="utf-8") as f:
        entries = re.findall(r'^\s*\{("[^"]*"), \{([^}]*)\}', f.read(), re.M)
    names = {}
    for index, (tag, aliases) in enumerate(entries):
        for name in [tag] + aliases.split(","):
            if name.strip():
                names.setdefault(name.strip().strip('"'), index)
    return names


def highlight(out):
    indexes = lexer_indexes()
    cases = []
    for path in glob.glob(os.path.join(SHARED, "highlight-cases", "*.md")):
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
        lang = lines[0].lstrip(b"`~").split(b" ")[0].decode()
        cases.append((lang, b"\n".join(lines[1:-2]) + b"\n"))  # the code, without the closing fence
    for path in glob.glob(os.path.join(ROOT, "tests", "highlight", "samples", "*")):
        with open(path, "rb") as f:
            cases.append((os.path.basename(path).split(".", 1)[1], f.read()))
    for lang, code in cases:
        name, _, options = lang.partition("?")
        if name in indexes:
            use = bytes([indexes[name], 2 if options else 0])
            write(out, use + (options.encode() + b"\n" if options else b"") + code[:4096])


def main():
    out = sys.argv[1]
    liquid(os.path.join(out, "liquid"))
    markdown(os.path.join(out, "markdown"))
    liquid_filters(os.path.join(out, "liquid_filters"))
    front_matter(os.path.join(out, "front_matter"))
    iso_time(os.path.join(out, "iso_time"))
    highlight(os.path.join(out, "highlight"))
    for target in ("liquid", "liquid_filters", "markdown", "front_matter", "iso_time", "highlight"):
        print(target, len(os.listdir(os.path.join(out, target))))


if __name__ == "__main__":
    main()
