#!/usr/bin/env python3
"""Plugin/theme/Sass fixtures: builds every tests/fixtures/NAME/src with jekyllpp the way
regenerate.sh built NAME/expected with real Jekyll 4.3.1 (copy at /tmp/jekyll-fixture/src, mtimes
at the frozen clock as Ruby reads them under faketime, TZ=UTC, JEKYLL_ENV unset, SOURCE_DATE_EPOCH for the frozen clock) and compares the
output trees byte for byte.

usage: run_fixtures.py JEKYLLPP FIXTURES_DIR KNOWN_DIFFERENCES [NAME...]
Prints `NAME: identical N/M` per fixture, each differing file, and a last line `N passed,
M failed` (a fixture passes when its tree is identical). Exits 1 only when a file differs (or is
missing/extra) without an entry `NAME PATH reason` in KNOWN_DIFFERENCES, or a fixture fails to
build without an entry `NAME * reason`."""
import filecmp
import os
import shutil
import subprocess
import sys

SRC_MTIME = 1767268800  # the frozen clock: under faketime, Ruby reads every mtime as 2026-01-01 12:00 UTC
# JEKYLLPP_WORK_SUFFIX lets concurrent runs use their own copy (same depth).
WORK = "/tmp/jekyll-fixture" + os.environ.get("JEKYLLPP_WORK_SUFFIX", "")


def known_differences(path):
    known = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                fields = line.split(None, 2)
                if len(fields) >= 2:
                    known.add((fields[0], fields[1]))
    return known


def files_under(root):
    found = set()
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            found.add(os.path.relpath(os.path.join(dirpath, name), root))
    return found


def prepare_source(fixture_src, src):
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(fixture_src, src, symlinks=True)
    for dirpath, dirnames, filenames in os.walk(src):
        for name in dirnames + filenames:
            os.utime(os.path.join(dirpath, name), (SRC_MTIME, SRC_MTIME), follow_symlinks=False)
    os.utime(src, (SRC_MTIME, SRC_MTIME))


def commit_to_git(fixture):
    """NAME/git-commit: a date, then paths under WORK; WORK becomes a git work tree with those
    files committed at that date (jekyll-last-modified-at reads commit times from git)."""
    listing = os.path.join(fixture, "git-commit")
    if not os.path.exists(listing):
        return
    with open(listing, encoding="utf-8") as fh:
        date, *paths = [line.strip() for line in fh if line.strip()]
    env = dict(os.environ, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date, GIT_CONFIG_NOSYSTEM="1",
               GIT_CONFIG_GLOBAL=os.devnull)
    git = ["git", "-c", "user.name=fixture", "-c", "user.email=fixture@example.org", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "--"] + paths, ["commit", "-q", "-m", "fixture"]):
        subprocess.run(git + args, cwd=WORK, env=env, check=True, stdout=subprocess.DEVNULL)


def main():
    jekyllpp, fixtures, known_path = (os.path.abspath(p) for p in sys.argv[1:4])
    wanted = sys.argv[4:]
    known = known_differences(known_path)
    names = sorted(d for d in os.listdir(fixtures)
                   if os.path.isdir(os.path.join(fixtures, d, "expected")) and (not wanted or d in wanted))
    passed = failed = regressions = 0
    for name in names:
        fixture = os.path.join(fixtures, name)
        src, out = os.path.join(WORK, "src"), os.path.join(WORK, "site")
        prepare_source(os.path.join(fixture, "src"), src)
        commit_to_git(fixture)
        args = []
        if os.path.exists(os.path.join(fixture, "jekyll-args")):
            with open(os.path.join(fixture, "jekyll-args")) as fh:
                args = fh.read().split()
        env = {k: v for k, v in os.environ.items() if k != "JEKYLL_ENV"}
        env.update(SOURCE_DATE_EPOCH="1767268800", TZ="UTC", LC_ALL="C.UTF-8")
        if os.path.isdir(os.path.join(fixture, "gems")):  # gems only this fixture uses (a theme)
            shutil.copytree(os.path.join(fixture, "gems"), os.path.join(WORK, "gems"), symlinks=True)
            for dirpath, dirnames, filenames in os.walk(os.path.join(WORK, "gems")):
                for entry in dirnames + filenames:
                    os.utime(os.path.join(dirpath, entry), (SRC_MTIME, SRC_MTIME), follow_symlinks=False)
            env["GEM_PATH"] = os.path.join(WORK, "gems")
        if os.path.exists(os.path.join(fixture, "env")):  # KEY=VALUE lines for this build
            with open(os.path.join(fixture, "env")) as fh:
                env.update(line.rstrip("\n").split("=", 1) for line in fh if "=" in line)
        run = subprocess.run([jekyllpp, "build", "-s", src, "-d", out] + args, cwd=src, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        expected = files_under(os.path.join(fixture, "expected"))
        if run.returncode != 0:
            print(f"{name}: identical 0/{len(expected)} (build failed, exit {run.returncode})")
            print("  " + run.stdout.decode("utf-8", "replace").strip().replace("\n", "\n  "))
            failed += 1
            if (name, "*") not in known:
                regressions += 1
            continue
        actual = files_under(out)
        identical = 0
        for rel in sorted(expected | actual):
            if rel not in actual:
                state = "missing"
            elif rel not in expected:
                state = "extra"
            elif filecmp.cmp(os.path.join(fixture, "expected", rel), os.path.join(out, rel), shallow=False):
                identical += 1
                continue
            else:
                state = "differs"
            excused = (name, rel) in known or (name, "*") in known
            print(f"  {name}/{rel}: {state}{'' if excused else '  (REGRESSION)'}")
            if not excused:
                regressions += 1
        print(f"{name}: identical {identical}/{len(expected)}")
        if identical == len(expected) == len(actual):
            passed += 1
        else:
            failed += 1
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
