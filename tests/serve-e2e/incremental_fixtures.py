#!/usr/bin/env python3
"""`serve -I` (or, with --plain, `serve`, which keeps reads, markdown conversions and unchanged
files between its full rebuilds) on every plugin/theme fixture (tests/fixtures/NAME/src): after
each of a few edits (text appended to the first layouts, includes, posts and pages in path
order), _site equals a fresh full build. Catches what a fixture's plugins (feeds, sitemaps, SEO
tags, pagination, redirects, include_cached, Sass source maps, themes) use that the dependency
graph or the caches miss. JEKYLL_ENV=production keeps serve from setting site.url to the local
server, so both builds see the same configuration.
Usage: incremental_fixtures.py JEKYLLPP FIXTURES_DIR [--plain]"""
import glob, os, re, shutil, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from watch_consistency import Server, differences  # noqa: E402
from incremental_graph import settle  # noqa: E402

EDITS = 4
EDITABLE = (".md", ".markdown", ".html", ".scss")


def edit(path, n):
   with open(path, "a") as f:
      f.write("\n/* edited %d */\n" % n if path.endswith(".scss") else "\nEdited %d.\n" % n)


def check(exe, fixture, flags):
   work = tempfile.mkdtemp(prefix="serve-incremental-fixture-")
   src, dest, ref = (os.path.join(work, d) for d in ("src", "site", "ref"))
   shutil.copytree(os.path.join(fixture, "src"), src, symlinks=True)
   os.environ.pop("GEM_PATH", None)
   if os.path.isdir(os.path.join(fixture, "gems")):  # a theme gem only this fixture uses
      shutil.copytree(os.path.join(fixture, "gems"), os.path.join(work, "gems"), symlinks=True)
      os.environ["GEM_PATH"] = os.path.join(work, "gems")
   files = sorted(p for p in glob.glob(os.path.join(src, "**", "*"), recursive=True)
                  if p.endswith(EDITABLE) and os.path.isfile(p) and not os.path.islink(p))
   problems = []
   server = Server(exe, src, dest, flags + ["-q"])
   try:
      for n, path in enumerate(files[:EDITS]):
         rel = os.path.relpath(path, src)
         settle(server)
         start = len(server.text())
         edit(path, n)
         done = re.compile(re.escape(rel) + r"\n[\s\S]*?\.\.\.done in|Error:")
         server.wait_for(lambda text: done.search(text, start), "rebuild after editing " + rel)
         diff = differences(exe, src, dest, ref)
         if diff:
            problems.append("after editing %s: %s" % (rel, ", ".join(diff)))
   finally:
      server.stop()
      shutil.rmtree(work, ignore_errors=True)
   return problems


def main():
   exe, fixtures = sys.argv[1], sys.argv[2]
   flags = [] if sys.argv[3:] == ["--plain"] else ["-I"]
   os.environ.update(SOURCE_DATE_EPOCH="1767268800", TZ="UTC", LC_ALL="C.UTF-8", JEKYLL_ENV="production")
   failed = 0
   names = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(fixtures, "*", "src")))
   for name in names:
      problems = check(exe, os.path.join(fixtures, name), flags)
      print("%-26s %s" % (name, "; ".join(problems) or "identical"))
      failed += bool(problems)
   print("%d passed, %d failed" % (len(names) - failed, failed))
   return 1 if failed else 0


if __name__ == "__main__":
   sys.exit(main())
