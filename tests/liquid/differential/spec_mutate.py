#!/usr/bin/env python3
"""Cases of the differential made from the liquid-spec cases (the kind of template the conformance
suite holds): each case's template and environment with a few random changes, as gen.py writes.
    spec_mutate.py SPEC_DIR [--seed N] [--variants N] > cases.jsonl
"""
import argparse
import glob
import json
import math
import os
import random
import re

import yaml

from gen import FILTERS, mutate

NUMBER = re.compile(r"(?<![\w.])-?\d+(\.\d+)?(?![\w.])")
FILTER_NAME = re.compile(r"\|\s*(\w+)")
OPERATOR = re.compile(r"==|!=|<>|<=|>=|<|>|\bcontains\b|\band\b|\bor\b")
ODD_VALUES = [None, "", 0, -1, 1.5, "3", "-2.5", [], {}, [1, [2, None]], {"a": {"b": 1}}, "ü日", True, False,
              12345678901234, " x ", "1,2", ["b", "a", "C"]]


def finite(value):
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(map(finite, value))
    if isinstance(value, dict):
        return all(finite(k) and finite(v) for k, v in value.items())
    return True


def change_template(rnd, t):
    k = rnd.randrange(6)
    if k == 0:
        return mutate(rnd, t)
    if k == 1 and NUMBER.search(t):
        m = rnd.choice(list(NUMBER.finditer(t)))
        return t[:m.start()] + rnd.choice(["0", "-1", "1.5", "'2'", "nil", "99999999999999999999", "-0.0", "x"]) + t[m.end():]
    if k == 2 and FILTER_NAME.search(t):
        m = rnd.choice(list(FILTER_NAME.finditer(t)))
        return t[:m.start(1)] + rnd.choice(FILTERS) + t[m.end(1):]
    if k == 3 and OPERATOR.search(t):
        m = rnd.choice(list(OPERATOR.finditer(t)))
        return t[:m.start()] + rnd.choice(["==", "!=", "<", ">=", "contains", "and", "or"]) + t[m.end():]
    if k == 4:
        return t.replace("{%", "{%-", 1) if rnd.random() < 0.5 else t.replace("}}", "-}}", 1)
    return t


def change_environment(rnd, env):
    """One leaf of env replaced by a value of another kind."""
    if not isinstance(env, dict) or not env:
        return env
    env = json.loads(json.dumps(env))
    node = env
    for _ in range(4):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = rnd.choice(keys)
        child = node[key]
        if isinstance(child, (dict, list)) and child and rnd.random() < 0.6:
            node = child
            continue
        node[key] = rnd.choice(ODD_VALUES)
        break
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variants", type=int, default=2)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    cid = 0
    for path in sorted(glob.glob(os.path.join(args.spec_dir, "*.yml"))):
        if os.path.basename(path) in ("left-out.yml", "jekyll-filters.yml"):
            continue
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=yaml.CSafeLoader)
        for case in doc["cases"]:
            env = case.get("environment") or {}
            if not finite(env):
                continue
            for _ in range(args.variants):
                template, environment = case["template"], env
                if rnd.random() < 0.7:
                    template = change_template(rnd, template)
                else:
                    environment = change_environment(rnd, env)
                for mode in ("warn", "lax", "strict"):
                    cid += 1
                    print(json.dumps({"id": cid, "template": template, "environment": environment,
                                      "partials": case.get("partials") or {},
                                      "partial_not_found_message": case.get("partial_not_found_message"),
                                      "mode": mode, "features": [os.path.basename(path), case["name"]]},
                                     ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
