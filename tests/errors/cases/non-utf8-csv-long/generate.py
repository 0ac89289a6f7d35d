#!/usr/bin/env python3
"""Writes WORK/src/_data/menu.csv: 3,000 rows (about 39 KB), row 2900 with a Latin-1 byte,
past the first 32 KiB the CSV reader takes as its sample: the error names that line."""
import os
import sys

rows = [b"name,price"] + [b"item%d,%d" % (i, i) for i in range(1, 3000)]
rows[2900] = b"caf\xe9,2"
data = os.path.join(sys.argv[1], "src", "_data")
os.makedirs(data, exist_ok=True)
with open(os.path.join(data, "menu.csv"), "wb") as out:
    out.write(b"\n".join(rows) + b"\n")
