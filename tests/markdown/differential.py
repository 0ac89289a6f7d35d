#!/usr/bin/env python3
"""Differential test of the markdown converter against Jekyll 4.3.1 on real-world documents.

Collects markdown files (*.md, *.markdown) from folders on this machine and from git mirrors
(a bare repository directory, read with `git show`), strips their front matter with Jekyll's own
regular expression, converts each body with shared/tools/kd.rb (Jekyll's converter, default
configuration) and with ours (test_markdown_cases --compare), then prints identical/total per
source and writes a short diff of each differing document to WORK/diffs.txt.

Needs Ruby + Jekyll; not run by the test suite. Jekyll's output is cached in WORK (a document is
converted by Jekyll again only when its body changed), so reruns only cost our converter.

  differential.py BUILD/tests/markdown/test_markdown_cases WORK SOURCE...

SOURCE is a folder, or a bare git repository optionally followed by `:PATH_PREFIX` (only files
under that prefix), optionally followed by `@N` (keep every N-th file, for large sets).
"""
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KD = os.path.join(HERE, "..", "..", "..", "shared", "tools", "kd.rb")
# Jekyll's Document/Page YAML_FRONT_MATTER_REGEXP (Ruby /m: `.` matches newlines).
FRONT_MATTER = re.compile(r"(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.M | re.S)
MARKDOWN = re.compile(r"\.(md|markdown)$")
MAX_BYTES = 400_000


def folder_files(root, prefix):
   for dirpath, dirnames, filenames in os.walk(root):
      dirnames.sort()
      for name in sorted(filenames):
         path = os.path.join(dirpath, name)
         rel = os.path.relpath(path, root)
         if MARKDOWN.search(name) and rel.startswith(prefix) and os.path.isfile(path):
            with open(path, "rb") as f:
               yield rel, f.read(MAX_BYTES + 1)


def git_files(repo, prefix):
   names = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD"],
                          capture_output=True, check=True).stdout.decode().splitlines()
   for rel in names:
      if MARKDOWN.search(rel) and rel.startswith(prefix):
         data = subprocess.run(["git", "-C", repo, "show", "HEAD:" + rel], capture_output=True).stdout
         yield rel, data


def body(data):
   if len(data) > MAX_BYTES:
      return None
   try:
      text = data.decode("utf-8")
   except UnicodeDecodeError:
      return None
   if text.startswith("---"):
      m = FRONT_MATTER.match(text)
      if m:
         text = text[m.end():]
   return text if text.strip() else None


def collect(sources, docs):
   """Writes docs/LABEL__PATH.md for each new body; returns {name: label}."""
   names, seen = {}, set()
   for source in sources:
      every = 1
      if "@" in source:
         source, every = source.rsplit("@", 1)
         every = int(every)
      root, _, prefix = source.partition(":")
      label = os.path.basename(root.rstrip("/"))
      if label == "repo":  # /work/.mirror/OWNER+NAME/repo
         label = os.path.basename(os.path.dirname(root.rstrip("/")))
      is_git = os.path.isfile(os.path.join(root, "HEAD")) and os.path.isdir(os.path.join(root, "objects"))
      files = git_files(root, prefix) if is_git else folder_files(root, prefix)
      for index, (rel, data) in enumerate(files):
         if index % every:
            continue
         text = body(data)
         if text is None:
            continue
         digest = hashlib.sha1(text.encode()).hexdigest()
         if digest in seen:
            continue
         seen.add(digest)
         name = label + "__" + MARKDOWN.sub("", rel).replace("/", "_")
         name = re.sub(r"[^A-Za-z0-9._+-]", "_", name)[:180]
         path = os.path.join(docs, name + ".md")
         encoded = text.encode()
         old = open(path, "rb").read() if os.path.exists(path) else None
         if old != encoded:
            with open(path, "wb") as f:
               f.write(encoded)
            html = os.path.join(docs, name + ".html")
            if os.path.exists(html):
               os.remove(html)
         names[name] = label
   return names


def run_jekyll(work, docs, names):
   pending = os.path.join(work, "pending")
   shutil.rmtree(pending, ignore_errors=True)
   os.makedirs(pending)
   missing = [n for n in names if not os.path.exists(os.path.join(docs, n + ".html"))]
   for n in missing:
      os.link(os.path.join(docs, n + ".md"), os.path.join(pending, n + ".md"))
   if missing:
      print(f"converting {len(missing)} documents with Jekyll", flush=True)
      subprocess.run(["ruby", KD, pending, docs], check=True)
   shutil.rmtree(pending)


def report(runner, work, docs, names, oracle, context, shown):
   """Compares every converted document with ours (--compare) and prints identical/total per
   group of `names` ({name: group}); writes the first `shown` diff lines of each to WORK/diffs.txt."""
   out = subprocess.run([runner, "--compare", docs], capture_output=True, text=True, check=True).stdout
   # The runner lists each differing case as DOCS/NAME.
   differing = {os.path.basename(line) for line in out.splitlines()} & names.keys()
   per_group = {}
   for name, group in names.items():
      total, same = per_group.get(group, (0, 0))
      per_group[group] = (total + 1, same + (name not in differing))
   with open(os.path.join(work, "diffs.txt"), "w") as diffs:
      for name in sorted(differing):
         expected = open(os.path.join(docs, name + ".html"), encoding="utf-8").read().splitlines()
         actual = subprocess.run([runner, "--convert", os.path.join(docs, name + ".md")],
                                 capture_output=True, text=True).stdout.splitlines()
         diff = list(difflib.unified_diff(expected, actual, oracle, "jekyllpp", n=context, lineterm=""))
         diffs.write(f"=== {name}\n" + "\n".join(diff[2:2 + shown]) + "\n")
   for group, (total, same) in sorted(per_group.items()):
      print(f"{group}: {same} of {total} identical")
   total = len(names)
   print(f"{total - len(differing)} of {total} identical; diffs in {os.path.join(work, 'diffs.txt')}")


def main():
   if len(sys.argv) < 4:
      sys.exit(__doc__)
   runner, work = sys.argv[1], os.path.abspath(sys.argv[2])
   docs = os.path.join(work, "docs")
   os.makedirs(docs, exist_ok=True)
   names = collect(sys.argv[3:], docs)
   for f in os.listdir(docs):  # documents no source holds any more
      if f.rsplit(".", 1)[0] not in names:
         os.remove(os.path.join(docs, f))
   run_jekyll(work, docs, names)
   report(runner, work, docs, names, "jekyll", context=1, shown=12)


if __name__ == "__main__":
   main()
