#!/usr/bin/env python3
"""Corpus conformance: builds every site of the shared corpus with jekyllpp the way its
expected/ tree was built by real Jekyll (see corpus/README.md), compares with compare.py and
checks each site's identical-file count against the floor in tests/corpus-known-differences.md.

usage: run_corpus.py JEKYLLPP CORPUS_DIR FLOORS_MD [SITE...]
Prints per-site counts and a last line `N passed, M failed`; exits 1 only when a site falls
below its floor (or has no floor)."""
import json
import os
import re
import shutil
import subprocess
import sys
import time

SRC_MTIME = 1767268800  # the frozen clock: under faketime, Ruby reads every mtime as 2026-01-01 12:00 UTC
# JEKYLLPP_WORK_SUFFIX lets concurrent runs use their own copy (same depth).
WORK = "/tmp/jekyll-corpus" + os.environ.get("JEKYLLPP_WORK_SUFFIX", "")


def floors(path):
    table = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*([\w-]+)\s*\|\s*(\d+)\s*\|", line)
            if m:
                table[m.group(1)] = int(m.group(2))
    return table


def stored_symlinks(site):
    """The paths under SITE/src that were symlinks upstream (tests/corpus/symlinks.txt)."""
    listed = os.path.join(os.path.dirname(os.path.abspath(__file__)), "symlinks.txt")
    with open(listed, encoding="utf-8") as fh:
        rows = [line.split() for line in fh if line.strip() and not line.startswith("#")]
    return [path for name, path in rows if name == site]


def prepare_source(site_src, src):
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(site_src, src, symlinks=True)
    for path in stored_symlinks(os.path.basename(os.path.dirname(site_src))):
        link = os.path.join(src, path)
        if os.path.isfile(link) and not os.path.islink(link):
            with open(link, encoding="utf-8") as fh:
                target = fh.read().strip()
            os.remove(link)
            os.symlink(target, link)
    for name in ("Gemfile", "Gemfile.lock"):
        if os.path.exists(os.path.join(src, name)):
            os.remove(os.path.join(src, name))
    for dirpath, dirnames, filenames in os.walk(src):
        for name in dirnames + filenames:
            os.utime(os.path.join(dirpath, name), (SRC_MTIME, SRC_MTIME), follow_symlinks=False)
    os.utime(src, (SRC_MTIME, SRC_MTIME))


def main():
    jekyllpp, corpus, floors_md = (os.path.abspath(p) for p in sys.argv[1:4])
    wanted = sys.argv[4:]
    limits = floors(floors_md)
    sites = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d, "expected")))
    if wanted:
        sites = [s for s in sites if s in wanted]
    passed = failed = 0
    for name in sites:
        site = os.path.join(corpus, name)
        src, out = os.path.join(WORK, "src"), os.path.join(WORK, "site")
        prepare_source(os.path.join(site, "src"), src)
        args = []
        if os.path.exists(os.path.join(site, "jekyll-args")):
            with open(os.path.join(site, "jekyll-args")) as fh:
                args = fh.read().split()
        env = {k: v for k, v in os.environ.items() if k != "JEKYLL_ENV"}
        env.update(SOURCE_DATE_EPOCH="1767268800", TZ="UTC", LC_ALL="C.UTF-8")
        started = time.monotonic()
        build = subprocess.run([jekyllpp, "build", "-s", src, "-d", out] + args, cwd=src, env=env,
                               capture_output=True, text=True, timeout=600)
        seconds = time.monotonic() - started
        os.makedirs(out, exist_ok=True)  # a failed build is compared as an empty site
        report = subprocess.run([sys.executable, os.path.join(corpus, "compare.py"), os.path.join(site, "expected"),
                                 out, "--json"], capture_output=True, text=True)
        counts = json.loads(report.stdout)
        identical, total = counts["counts"]["identical"], counts["expected_files"]
        floor = limits.get(name)
        ok = floor is not None and identical >= floor
        passed += ok
        failed += not ok
        print(f"{name}: identical {identical}/{total} (floor {floor}), normalised {counts['counts']['normalised']}, "
              f"missing {counts['counts']['missing']}, extra {counts['counts']['extra']}, "
              f"exit {build.returncode}, {seconds:.2f}s {'ok' if ok else 'BELOW FLOOR'}")
        if build.returncode != 0:
            print("  " + (build.stderr.strip().splitlines() or [""])[-1][:300])
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
