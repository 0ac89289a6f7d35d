#!/usr/bin/env python3
"""Inputs a libFuzzer target once crashed on (tests/fuzz/regressions/): each NAME.liquid must
parse and render with `jekyllpp liquid` in every error mode, each NAME.yml must load as a data
file and as a page's front matter in `jekyllpp build`. Each run ends with output or an error
(exit 0 or 1), never a signal, a C++ exception escaping or a sanitizer report (ASan and UBSan
exit 1 too).

usage: run_regressions.py JEKYLLPP REGRESSIONS_DIR"""
import os
import subprocess
import sys
import tempfile


def runs(jekyllpp, path):
    """(label, command, work folder) for each way an input is replayed."""
    if path.endswith(".liquid"):
        for mode in ("lax", "warn", "strict"):
            yield mode, [jekyllpp, "liquid", path, "--error-mode", mode], None
    elif path.endswith(".yml"):
        with open(path, "rb") as f:
            text = f.read()
        for use in ("data", "front matter"):
            work = tempfile.TemporaryDirectory()
            src = os.path.join(work.name, "src")
            os.makedirs(os.path.join(src, "_data"))
            page = b"{{ site.data | inspect }} {{ page | inspect }}\n"
            if use == "data":
                with open(os.path.join(src, "_data", "input.yml"), "wb") as f:
                    f.write(text)
                page = b"---\n---\n" + page
            else:
                page = b"---\n" + text + (b"" if text.endswith(b"\n") else b"\n") + b"---\n" + page
            with open(os.path.join(src, "index.html"), "wb") as f:
                f.write(page)
            yield use, [jekyllpp, "build", "-s", src, "-d", os.path.join(work.name, "site")], work


def main():
    jekyllpp, folder = sys.argv[1:3]
    passed = failed = 0
    for name in sorted(os.listdir(folder)):
        for label, command, work in runs(jekyllpp, os.path.join(folder, name)):
            run = subprocess.run(command, capture_output=True, timeout=60)
            if work:
                work.cleanup()
            report = any(s in run.stderr for s in (b"terminate called", b"Sanitizer", b"runtime error:"))
            if run.returncode in (0, 1) and not report:
                passed += 1
            else:
                failed += 1
                print(f"{name} [{label}]: exit {run.returncode}: {run.stderr[-300:]!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
