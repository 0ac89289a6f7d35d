#!/usr/bin/env python3
"""Writes WORK/src/_data/menu.csv: 3,000 rows (about 39 KB), row 2400 with a Latin-1 byte,
inside the first 32 KiB sample of a longer file: the error names line 1."""
import os
import sys

rows = [b"name,price"] + [b"item%d,%d" % (i, i) for i in range(1, 3000)]
rows[2400] = b"caf\xe9,2"
data = os.path.join(sys.argv[1], "src", "_data")
os.makedirs(data, exist_ok=True)
with open(os.path.join(data, "menu.csv"), "wb") as out:
    out.write(b"\n".join(rows) + b"\n")
