#!/usr/bin/env python3
"""Runs jekyllpp on every bad input in tests/errors/cases and compares with what real Jekyll
4.3.1 did (recorded by regenerate.sh): the exit code, the console lines (stdout and stderr
apart; Ruby's own backtrace lines are not Jekyll's output and are left out), the files
written to the destination and the symlinks among them. Also checks that nothing was written
outside the destination and that no temporary (half-written) file was left behind.

usage: run_errors.py JEKYLLPP [CASE...]
Prints one line per failing case and a last line `N passed, M failed`; exits 1 only when a
case not listed in known-differences.txt fails (or a listed one is missing).

A case is a folder with src/ (the site; other folders beside it are copied too, e.g. the
target of a symlink escaping the source), optional `args` (extra build arguments) and
optional `generate.py` (run as `python3 generate.py WORK` before the build, to make inputs too
big to commit), plus Jekyll's recorded exit-code, stdout, stderr, files and links.

Sanitizers: scripts/sanitize.sh builds with ASan and UBSan and runs this (and every test) on
that build; by hand: python3 tests/errors/run_errors.py build-asan/engine/jekyllpp
Any AddressSanitizer/LeakSanitizer/UBSan report fails the case ("sanitizer: ..."), known
difference or not. JEKYLLPP_ERRORS_TIMEOUT (seconds, default 120) bounds each build.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANSI = re.compile(r"\x1b\[[0-9;]*m")
RUBY_REPORT = re.compile(r"^(?:/usr/\S*|<internal:[^>]*>):\d+:in `[^']*': (.*)$")
ERROR_HIGHLIGHT = re.compile(r"^\s*\^+$")
SANITIZER = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: |WARNING: AddressSanitizer")
TEMPORARY = ".jekyllpp-tmp-"


RUBY_ELIDED = re.compile(r"^\.\.\. \d+ levels\.\.\.$")


# A backtrace frame in a file named relatively: a Racc grammar's actions ("from parser.y:103:in").
RUBY_FRAME = re.compile(r"^from [\w.]+\.y:\d+:in `")


def ruby_internal(line):
    s = line.strip()
    return (s.startswith(("/usr/", "<internal:", "from /usr/", "from <internal:", "from (eval)"))
            or bool(RUBY_ELIDED.match(s)) or bool(RUBY_FRAME.match(s)))


def uncaught_report(lines):
    """Ruby's report of the exception Jekyll aborted with ("FILE:LINE:in `m': MESSAGE (Class)",
    the message's other lines, then its causes) as jekyllpp prints it: "jekyllpp: MESSAGE
    (Class)" and the message's other lines. The SystemExit Jekyll raises after a fatal error
    is skipped for the error that caused it; causes (Ruby's internals) and error_highlight's
    quoted Ruby source are left out."""
    for i, line in enumerate(lines):
        m = RUBY_REPORT.match(line)
        if not m or m.group(1) == "exit (SystemExit)":
            continue
        rest = []
        for follow in lines[i + 1:]:
            if ruby_internal(follow):
                break
            rest.append(follow)
        if len(rest) >= 3 and ERROR_HIGHLIGHT.match(rest[-1]) and rest[-3] == "":
            rest = rest[:-3]
        return lines[:i] + ["jekyllpp: " + m.group(1)] + rest
    return lines


def normalise(text, work):
    text = ANSI.sub("", text)
    if work:  # jekyllpp's output names the scratch folder; Jekyll's was recorded normalised
        text = text.replace(work + "/src", "<source>").replace(work, "<work>")
    lines = [l.rstrip() for l in text.splitlines() if "done in" not in l]
    if not work:
        lines = uncaught_report(lines)
    return [l for l in lines if not ruby_internal(l)]


def snapshot(root):
    """Regular files under root (as `find -type f` lists them) and symlinks (path -> target)."""
    files, links = set(), set()
    for d, dirs, names in os.walk(root):
        for n in names + [x for x in dirs if os.path.islink(os.path.join(d, x))]:
            path = os.path.join(d, n)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                links.add("%s -> %s" % (rel, os.readlink(path)))
            elif os.path.isfile(path):
                files.add(rel)
    return files, links


def recorded(case, name):
    path = os.path.join(case, name)
    if not os.path.exists(path):
        return None
    return set(l[2:] for l in open(path).read().split("\n") if l)


def destination(work, args):
    for flag in ("-d", "--destination"):
        if flag in args:
            return os.path.normpath(os.path.join(work, "src", args[args.index(flag) + 1]))
    return os.path.join(work, "site")


def run_case(jekyllpp, name):
    case = os.path.join(HERE, "cases", name)
    work = tempfile.mkdtemp(prefix="jekyllpp-errors.")
    try:
        for entry in os.listdir(case):
            src = os.path.join(case, entry)
            if os.path.isdir(src) and not os.path.islink(src):
                shutil.copytree(src, os.path.join(work, entry), symlinks=True)
        if os.path.exists(os.path.join(case, "generate.py")):
            subprocess.run([sys.executable, os.path.join(case, "generate.py"), work], check=True)
        before, _ = snapshot(work)
        args = open(os.path.join(case, "args")).read().split() if os.path.exists(os.path.join(case, "args")) else []
        if "-d" not in args and "--destination" not in args:
            args = ["-d", work + "/site"] + args
        dest = destination(work, args)
        env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1767268800", NO_COLOR="1")
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1")  # scripts/sanitize.sh sets its own
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
        env.pop("JEKYLL_ENV", None)
        try:
            p = subprocess.run([jekyllpp, "build"] + args, cwd=work + "/src", env=env, capture_output=True,
                               timeout=float(os.environ.get("JEKYLLPP_ERRORS_TIMEOUT", "120")))
            code, out, err = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return ["timed out"]
        problems = []
        report = next((l for l in err.splitlines() if SANITIZER.search(l)), None)
        if report:
            problems.append("sanitizer: " + report.strip()[:200])
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
        have_files, have_links = snapshot(dest) if os.path.isdir(dest) else (set(), set())
        want_files = recorded(case, "files")
        if want_files is not None and want_files != have_files:  # recorded when Jekyll wrote files
            problems.append("files: missing %s, extra %s" % (sorted(want_files - have_files)[:3],
                                                             sorted(have_files - want_files)[:3]))
        want_links = recorded(case, "links") or set()
        if want_links != have_links:
            problems.append("symlinks: want %s, got %s" % (sorted(want_links)[:3], sorted(have_links)[:3]))
        written = {os.path.relpath(os.path.join(dest, f), work) for f in have_files}
        after, _ = snapshot(work)
        stray = sorted(f for f in after - before - written if not f.startswith("src/.jekyll-cache"))
        if stray:
            problems.append("wrote outside the destination: %s" % stray[:3])
        half_written = sorted(f for f in after if TEMPORARY in f)
        if half_written:
            problems.append("left temporary files: %s" % half_written[:3])
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
            sanitizer = any(p.startswith("sanitizer:") for p in problems)
            mark = "known" if name in known and not sanitizer else "NEW"
            regressions += mark == "NEW"
            print("%s [%s]: %s" % (name, mark, "; ".join(problems)))
        else:
            passed += 1
            if name in known:
                print("%s: passes now; remove it from known-differences.txt" % name)
    missing = sorted(set(known) - set(os.listdir(os.path.join(HERE, "cases"))))
    for name in missing:
        print("%s: listed in known-differences.txt but no such case" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if regressions or missing else 0


if __name__ == "__main__":
    sys.exit(main())
