#!/usr/bin/env python3
"""Writes the Liquid benchmark's data (1,000 products, 1,000 posts) as JSON, deterministically."""
import json
import random
import sys

rng = random.Random(42)
WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris").split()


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


products = [{
    "id": i,
    "title": sentence(4).title(),
    "handle": f"product-{i}",
    "price": round(rng.uniform(1, 500), 2),
    "compare_at_price": round(rng.uniform(1, 600), 2),
    "available": rng.random() > 0.2,
    "tags": [rng.choice(WORDS) for _ in range(rng.randint(1, 5))],
    "vendor": rng.choice(["Acme", "Globex", "Initech", "Umbrella"]),
    "description": "<p>" + sentence(40) + "</p>",
} for i in range(1000)]

posts = [{
    "title": sentence(6),
    "url": f"/blog/{2020 + i % 4}/{i}/",
    "date": f"{2020 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d} 10:{i % 60:02d}:00",
    "author": rng.choice(["ann", "bob", "cy"]),
    "category": rng.choice(["news", "howto", "release", "misc"]),
    "excerpt": sentence(30),
    "content": "<p>" + "</p><p>".join(sentence(50) for _ in range(4)) + "</p>",
} for i in range(1000)]

json.dump({"products": products, "posts": posts, "site": {"title": "Bench & Co", "url": "https://example.com"}},
          open(sys.argv[1], "w"), indent=1)
