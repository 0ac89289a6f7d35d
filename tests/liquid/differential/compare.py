#!/usr/bin/env python3
"""Compares Ruby Liquid's and jekyllpp's results for a cases file (see README.md) and prints the
differing cases grouped by kind of difference and by the error message's shape.
    compare.py cases.jsonl ruby.jsonl cpp.jsonl [--show N] [--json OUT]
"""
import argparse
import collections
import json
import re


def load(path):
    with open(path, encoding="utf-8") as f:
        return {o["id"]: o for o in map(json.loads, f)}


def shape(out):
    """An output reduced to what groups it: error class and message without the specifics."""
    if out.startswith(("ERROR:", "RUBY-ERROR:", "CPP-EXCEPTION:")):
        msg = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "Q", out)
        msg = re.sub(r"\(line \d+\)", "(line N)", msg)
        return msg[:110]
    return "output"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("ruby")
    ap.add_argument("cpp")
    ap.add_argument("--show", type=int, default=2)
    args = ap.parse_args()
    cases, ruby, cpp = load(args.cases), load(args.ruby), load(args.cpp)
    groups = collections.defaultdict(list)
    skipped = collections.Counter()
    for cid, c in cases.items():
        r, k = ruby[cid]["out"], cpp[cid]["out"]
        if r.startswith("RUBY-ERROR: ") and k == "ERROR: " + r[len("RUBY-ERROR: "):]:
            continue  # the plain Ruby error jekyllpp raises as Ruby does (Error::ruby)
        if r.startswith("RUBY-ERROR:") and k.startswith("ERROR:"):
            # A plain Ruby exception (or non-UTF-8 output) stops Jekyll too; no message to match.
            skipped["Ruby raised a non-Liquid error, jekyllpp an error"] += 1
            continue
        if re.search(r"#<[\w:]+:0x[0-9a-f]+", r):
            skipped["Ruby printed an object address"] += 1
            continue
        if r == k:
            continue
        line = re.compile(r"\(line \d+\)")
        if line.sub("", r) == line.sub("", k):
            groups[(c["mode"], "same error, another line number", "")].append(c["id"])
        else:
            groups[(c["mode"], shape(r), shape(k))].append(c["id"])
    total = sum(len(v) for v in groups.values())
    print("%d cases, %d differ" % (len(cases), total))
    for why, count in skipped.items():
        print("  not compared: %d (%s)" % (count, why))
    for (mode, rs, ks), ids in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print("\n== %d  [%s] ruby: %s | jekyllpp: %s" % (len(ids), mode, rs, ks))
        for cid in ids[: args.show]:
            print("   template: %r" % cases[cid]["template"][:300])
            print("   ruby:     %r" % ruby[cid]["out"][:300])
            print("   jekyllpp: %r" % cpp[cid]["out"][:300])


if __name__ == "__main__":
    main()
