#!/usr/bin/env python3
"""Writes WORK/src/index.html: a 50 MB page with front matter and a little Liquid (too big to
commit; the catalogue pins that it builds, with Jekyll's output)."""
import os
import sys

line = "<p>lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor</p>\n"
count = 50 * 1024 * 1024 // len(line) + 1
with open(os.path.join(sys.argv[1], "src", "index.html"), "w") as out:
    out.write("---\ntitle: Huge\n---\n<h1>{{ page.title }}</h1>\n")
    for _ in range(count // 1000):
        out.write(line * 1000)
    out.write(line * (count % 1000))
    out.write("{% if page.title %}<p>{{ page.title | upcase }}</p>{% endif %}\n")
