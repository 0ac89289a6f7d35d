#!/usr/bin/env python3
"""Inputs the libFuzzer target once crashed on (tests/fuzz/regressions/*.liquid): each must
parse and render with `jekyllpp liquid` in every error mode, ending with Liquid's output or a
Liquid error (exit 0 or 1), never a signal or a C++ exception escaping.

usage: run_regressions.py JEKYLLPP REGRESSIONS_DIR"""
import os
import subprocess
import sys


def main():
    jekyllpp, folder = sys.argv[1:3]
    passed = failed = 0
    for name in sorted(os.listdir(folder)):
        for mode in ("lax", "warn", "strict"):
            run = subprocess.run([jekyllpp, "liquid", os.path.join(folder, name), "--error-mode", mode],
                                 capture_output=True, timeout=30)
            if run.returncode in (0, 1) and b"terminate called" not in run.stderr:
                passed += 1
            else:
                failed += 1
                print(f"{name} [{mode}]: exit {run.returncode}: {run.stderr[-300:]!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
