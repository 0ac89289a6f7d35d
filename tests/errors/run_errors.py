#!/usr/bin/env python3
"""Runs jekyllpp on every bad input in tests/errors/cases and compares with what real Jekyll
4.3.1 did (recorded by regenerate.sh): the exit code, the console lines (stdout and stderr
apart; Ruby's own backtrace lines are not Jekyll's output and are left out), and the files
written to the destination. Also checks that nothing was written outside the destination.

usage: run_errors.py JEKYLLPP [CASE...]
Prints one line per failing case and a last line `N passed, M failed`; exits 1 only when a
case not listed in known-differences.txt fails (or a listed one is missing).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def ruby_internal(line):
    s = line.strip()
    return s.startswith("/usr/") or s.startswith("<internal:") or s.startswith("from /usr/")


def normalise(text, work):
    text = ANSI.sub("", text)
    if work:  # jekyllpp's output names the scratch folder; Jekyll's was recorded normalised
        text = text.replace(work + "/src", "<source>").replace(work, "<work>")
    lines = [l.rstrip() for l in text.splitlines()]
    return [l for l in lines if not ruby_internal(l) and "done in" not in l]


def snapshot(root):
    out = set()
    for d, _, files in os.walk(root):
        for f in files:
            out.add(os.path.relpath(os.path.join(d, f), root))
    return out


def run_case(jekyllpp, name):
    case = os.path.join(HERE, "cases", name)
    work = tempfile.mkdtemp(prefix="jekyllpp-errors.")
    try:
        for entry in os.listdir(case):
            src = os.path.join(case, entry)
            if os.path.isdir(src) and not os.path.islink(src):
                shutil.copytree(src, os.path.join(work, entry), symlinks=True)
        before = snapshot(work)
        args = open(os.path.join(case, "args")).read().split() if os.path.exists(os.path.join(case, "args")) else []
        if "-d" not in args:
            args = ["-d", work + "/site"] + args
        env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767268800", NO_COLOR="1")
        env.pop("JEKYLL_ENV", None)
        try:
            p = subprocess.run([jekyllpp, "build"] + args, cwd=work + "/src", env=env,
                               capture_output=True, timeout=120)
            code, out, err = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return ["timed out"]
        problems = []
        want_code = int(open(os.path.join(case, "exit-code")).read())
        if code != want_code:
            problems.append("exit code %d, Jekyll's %d" % (code, want_code))
        if code < 0:
            problems.append("crashed with signal %d" % -code)
        for stream, got in (("stdout", out), ("stderr", err)):
            want = normalise(open(os.path.join(case, stream), encoding="utf-8", errors="replace").read(), "")
            have = normalise(got, work)
            if want != have:
                first = next((i for i, (a, b) in enumerate(zip(want, have)) if a != b), min(len(want), len(have)))
                problems.append("%s line %d: want %r, got %r" % (
                    stream, first + 1, want[first] if first < len(want) else None,
                    have[first] if first < len(have) else None))
        files_path = os.path.join(case, "files")
        site = os.path.join(work, "site")
        if os.path.exists(files_path):  # recorded when Jekyll wrote to the default destination
            want_files = set(l[2:] for l in open(files_path).read().split("\n") if l)
            have_files = snapshot(site) if os.path.isdir(site) else set()
            if want_files != have_files:
                problems.append("files: missing %s, extra %s" % (sorted(want_files - have_files)[:3], sorted(have_files - want_files)[:3]))
        after = snapshot(work) - {os.path.join("site", f) for f in (snapshot(site) if os.path.isdir(site) else set())}
        stray = sorted(f for f in after - before if not f.startswith("src/.jekyll-cache"))
        if stray:
            problems.append("wrote outside the destination: %s" % stray[:3])
        return problems
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    jekyllpp = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or sorted(os.listdir(os.path.join(HERE, "cases")))
    known = {}
    for line in open(os.path.join(HERE, "known-differences.txt")):
        line = line.split("#", 1)[0].strip()
        if line:
            known[line.split()[0]] = line
    passed = failed = regressions = 0
    for name in names:
        problems = run_case(jekyllpp, name)
        if problems:
            failed += 1
            mark = "known" if name in known else "NEW"
            regressions += name not in known
            print("%s [%s]: %s" % (name, mark, "; ".join(problems)))
        else:
            passed += 1
            if name in known:
                print("%s: passes now; remove it from known-differences.txt" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
