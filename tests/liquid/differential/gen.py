#!/usr/bin/env python3
"""Random but plausible Liquid templates and data for the differential (see README.md).

Writes one JSON object a line: id, template, environment, partials, mode, features (the
generator's names for what the template uses, for grouping differences).
    gen.py [--seed N] [--count N] > cases.jsonl
"""
import argparse
import json
import random

ENV = {
    "s": "Hello World", "e": "", "sp": "  ", "n": None, "i": 42, "z": 0, "neg": -7, "f": 3.7, "nf": -2.5,
    "big": 12345678901234567, "num": "3.50", "ns": "12abc", "zs": "0", "t": True, "fl": False,
    "u": "ünïcödé ßtraße 日本", "html": "<p>a &amp; <b>b</b></p>", "csv": "a,b,,c",
    "a": [1, "b", None, [2, 3]], "sa": ["b", "a", "C", "a"], "na": [3, 1.5, -2, 10], "ea": [], "eh": {},
    "h": {"a": 1, "b": "x", "c": [1, 2], "d": {"e": "deep"}}, "nested": [[1, [2]], [3]],
    "ah": [{"a": 2, "b": "x", "tags": ["p", "q"]}, {"a": 1, "c": True}, {"b": None, "a": "2"}],
    "k": "a", "idx": 1, "mi": -1, "list": [5, 4, 3, 2, 1, 0], "words": "one two three four",
    "ih": {"1": "one", "a b": "space", "size": "own size", "first": "own first"},
}
VARS = list(ENV)
SCALARS = ["s", "e", "n", "i", "z", "neg", "f", "nf", "num", "ns", "zs", "t", "fl", "u", "k", "idx", "mi", "sp"]
COLLS = ["a", "sa", "na", "ea", "eh", "h", "nested", "ah", "list", "s", "n", "ih", "i", "e"]
FILTERS = ("size downcase upcase capitalize escape escape_once url_encode url_decode strip lstrip rstrip "
           "strip_html strip_newlines newline_to_br first last join sort sort_natural uniq reverse compact "
           "map where concat slice truncate truncatewords split replace replace_first replace_last remove "
           "remove_first remove_last append prepend date default abs plus minus times divided_by modulo "
           "round ceil floor at_least at_most base64_encode base64_decode base64_url_safe_encode "
           "base64_url_safe_decode h").split()
PARTIALS = {
    "p": "[{{ p }}|{{ x }}|{{ s }}]",
    "loop": "{% for q in (1..2) %}{{ q }}{{ p }}{% endfor %}",
    "assigner": "{% assign leak = 'L' %}{% increment cnt %}{{ cnt }}",
    "nested": "<{% include 'p' %}>",
    "broken": "{% if %}",
    "ws": "  {{- p -}}  \n",
    "fl": "{{ forloop.index }}/{{ forloop.length }}{% if forloop.last %}L{% endif %}:{{ p }};",
    "err": "a\n{{ p | divided_by: 0 }}",
    "tr": "{% tablerow c in p %}{{ c }}{% endtablerow %}",
}


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.features = set()
        self.loop_vars = []

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def feat(self, name):
        self.features.add(name)

    # ---- expressions
    def literal(self):
        kind = self.r.randrange(12)
        self.feat("literal")
        return [lambda: str(self.r.choice([0, 1, -1, 2, 3, 10, 99999999999999999999, -0])),
                lambda: self.pick(["1.5", "-0.5", "2.0", "0.1", "1e3", "3.", ".5", "1.2.3", "-", "--1", "+1", "1_000"]),
                lambda: self.pick(["'x'", '"a b"', "''", "'Hello'", "'3'", "'-1.5'", "'a,b'", "\"it's\"", "'ü'"]),
                lambda: self.pick(["nil", "null", "true", "false", "empty", "blank"]),
                lambda: "(%s..%s)" % (self.pick(["1", "0", "-2", "i", "'2'", "3.7", "n", "s"]),
                                      self.pick(["3", "idx", "z", "'5'", "1.9", "n", "neg", "10"])),
                ][min(kind, 4)]() if kind < 5 else self.variable()

    def variable(self):
        self.feat("variable")
        base = self.pick(VARS + self.loop_vars) if self.loop_vars and self.chance(0.4) else self.pick(VARS)
        parts = [base]
        for _ in range(self.r.choice([0, 0, 1, 1, 2, 3])):
            k = self.r.randrange(9)
            if k == 0: parts.append(".size"); self.feat("path.size")
            elif k == 1: parts.append(self.pick([".first", ".last"])); self.feat("path.first_last")
            elif k == 2: parts.append("[%s]" % self.pick(["0", "1", "-1", "idx", "mi", "k", "'a'", "\"b\"", "2.0", "n", "(0..1)"])); self.feat("path.index")
            elif k == 3: parts.append("." + self.pick(["a", "b", "c", "d", "e", "tags", "1", "size", "first"])); self.feat("path.key")
            elif k == 4: parts.append("['%s']" % self.pick(["a", "a b", "size", "1", "first", "d"])); self.feat("path.quoted")
            else: parts.append("." + self.pick(["a", "b", "c", "d"]))
        if self.chance(0.05):
            self.feat("path.malformed")
            return self.pick(["%s." % base, "%s[" % base, "%s]" % base, "%s..a" % base, "%s[]" % base, "[%s]" % base,
                              "%s[0" % base, "%s.-1" % base, "-%s" % base, "%s?" % base, "%s-x" % base, "%s[k][0]" % base])
        return "".join(parts)

    def expr(self):
        if self.chance(0.06):
            self.feat("expr.odd")
            return self.pick(["-1", "- 1", "-i", "a.b[c]", "a[0].size", "'str'.size", "(1..3).first", "(1..3).size",
                              "n.size", "t.x", "1.", "1.5.0", "'a' 'b'", "a,b", "ü", "a-b", "a?", "h.d.e.size", "h['d']['e']",
                              "ah[0].tags[1]", "ah.first.a", "ah.last.b", "s[0]", "s.first", "nested[0][1][0]",
                              "list[-1]", "list[99]", "list['1']", "h[k]", "h[h.b]", "[k]", "['a']", "list[1.7]",
                              "(i..1)", "(1..(2))", "('a'..'c')", "(1..3)[1]", "empty.size", "blank", "nil.x", "true",
                              "99999999999999999999", "-0.0", "1e2", "0x10", "007", "'\\'", "\"a\\\"b\"", "'{{'", "'%}'"])
        return self.literal() if self.chance(0.35) else self.variable()

    def filter_arg(self):
        k = self.r.randrange(10)
        if k < 3: return self.literal()
        if k < 6: return self.variable()
        if k < 7: return self.pick(["'%Y-%m-%d'", "'%b %d, %Y %H:%M'", "'%s'", "'%A %j %U'", "'%-d/%-m %I%p %Z'"])
        if k < 8: return "%s: %s" % (self.pick(["allow_false", "foo", "a"]), self.literal())
        return self.pick(["'a'", "', '", "'b'", "'x'", "2", "0", "-1", "1.5", "'2.5'", "' '", "''"])

    def filters(self, n=None):
        out = []
        for _ in range(self.r.choice([0, 1, 1, 1, 2, 3]) if n is None else n):
            name = self.pick(FILTERS)
            self.feat("filter:" + name)
            args = [self.filter_arg() for _ in range(self.r.choice([0, 0, 1, 1, 1, 2, 3]))]
            out.append(name + (": " + ", ".join(args) if args else ""))
        if self.chance(0.04):
            self.feat("filter.malformed")
            out.append(self.pick(["", "nonexistent_filter", "plus:", "plus: 1 2", "plus:: 1", "split: ,", "join: 'a' 'b'",
                                  "append: 'x',", "date: %Y", "slice: 1,,2", "| upcase", "size:", "default: 'x' | upcase"]))
        return "".join(" | " + f for f in out)

    def condition(self):
        parts = []
        for _ in range(self.r.choice([1, 1, 1, 2, 3])):
            if self.chance(0.6):
                op = self.pick(["==", "!=", "<>", "<", ">", "<=", ">=", "contains", "contains", "=", "=>", "===", "~"] if self.chance(0.05) else
                               ["==", "!=", "<>", "<", ">", "<=", ">=", "contains"])
                self.feat("op:" + op)
                parts.append("%s %s %s" % (self.expr(), op, self.expr()))
            else:
                parts.append(self.expr())
        glue = [self.pick([" and ", " or "]) for _ in parts[1:]]
        if glue: self.feat("and_or")
        s = parts[0]
        for g, p in zip(glue, parts[1:]):
            s += g + p
        if self.chance(0.03):
            self.feat("condition.malformed")
            s = self.pick([s + " and", "(" + s + ")", s + " xor x", "not " + s, s + " &&  t", ""])
        return s

    # ---- markup
    def open(self, markup):
        return "{%" + self.trim() + " " + markup + " " + self.trim() + "%}"

    def trim(self):
        if self.chance(0.15):
            self.feat("whitespace_control")
            return "-"
        return ""

    def text(self):
        return self.pick(["", " ", "\n", "x", " a ", "\n  ", "TEXT", "|", "\t-\n", " } ", "{", "%}", "}}"])

    def output(self):
        self.feat("output")
        inner = self.expr() + self.filters()
        if self.chance(0.03):
            self.feat("output.malformed")
            inner = self.pick(["", inner + " }", "| upcase", inner + " " + self.expr(), inner + ",", "'unterminated", inner + " {{"])
        t1, t2 = self.trim(), self.trim()
        return "{{" + t1 + " " + inner + " " + t2 + "}}"

    def body(self, depth):
        n = self.r.choice([1, 1, 1, 2, 2, 3])
        return "".join(self.node(depth) for _ in range(n))

    def node(self, depth):
        k = self.r.random()
        if k < 0.3 or depth > 2:
            return self.text() + (self.output() if self.chance(0.7) else "")
        tag = self.pick(["if", "if", "unless", "case", "for", "for", "tablerow", "cycle", "increment", "capture",
                         "assign", "assign", "raw", "comment", "liquid", "echo", "include", "render", "ifchanged",
                         "break", "unknown", "stray_end"])
        self.feat("tag:" + tag)
        return getattr(self, "tag_" + tag)(depth + 1)

    def tag_if(self, d):
        s = self.open("if " + self.condition()) + self.body(d)
        for _ in range(self.r.choice([0, 0, 1, 2])):
            s += self.open("elsif " + self.condition()) + self.body(d)
        if self.chance(0.4): s += self.open("else") + self.body(d)
        if self.chance(0.03):
            self.feat("if.else_twice")
            s += self.open("else") + self.body(d)
        return s + self.open("endif") if self.chance(0.97) else s

    def tag_unless(self, d):
        s = self.open("unless " + self.condition()) + self.body(d)
        if self.chance(0.3): s += self.open("elsif " + self.condition()) + self.body(d)
        if self.chance(0.4): s += self.open("else") + self.body(d)
        return s + self.open("endunless")

    def tag_case(self, d):
        s = self.open("case " + self.expr()) + self.text()
        for _ in range(self.r.choice([1, 2, 3])):
            vals = [self.expr() for _ in range(self.r.choice([1, 1, 2, 3]))]
            sep = self.pick([", ", " or ", ","])
            s += self.open("when " + sep.join(vals)) + self.body(d)
        if self.chance(0.4): s += self.open("else") + self.body(d)
        return s + self.open("endcase")

    def for_params(self):
        ps = []
        if self.chance(0.3): ps.append("limit: " + self.pick(["2", "0", "-1", "i", "n", "'2'", "1.5", "idx", "big"]))
        if self.chance(0.3): ps.append("offset: " + self.pick(["1", "0", "-2", "continue", "idx", "n", "'1'", "99"]))
        if self.chance(0.2): ps.insert(0, "reversed")
        self.r.shuffle(ps)
        for p in ps: self.feat("for." + p.split(":")[0])
        return (" " + self.pick(["", ","]).join(" " + p for p in ps)) if ps else ""

    def tag_for(self, d):
        var = self.pick(["x", "item", "p"])
        coll = self.pick(COLLS) if self.chance(0.7) else self.literal()
        s = self.open("for %s in %s%s" % (var, coll, self.for_params()))
        self.loop_vars.append(var)
        self.loop_vars.append("forloop." + self.pick(["index", "index0", "rindex", "rindex0", "first", "last", "length", "parentloop.index", "name"]))
        s += self.body(d)
        if self.chance(0.2): s += self.open("else") + self.body(d)
        self.loop_vars = self.loop_vars[:-2]
        return s + self.open("endfor")

    def tag_break(self, d):
        return self.open(self.pick(["break", "continue"]))

    def tag_tablerow(self, d):
        var = self.pick(["x", "cell"])
        coll = self.pick(COLLS)
        ps = []
        if self.chance(0.5): ps.append("cols: " + self.pick(["2", "0", "3", "n", "'2'", "i", "-1"]))
        if self.chance(0.3): ps.append("limit: " + self.pick(["2", "1", "0"]))
        if self.chance(0.3): ps.append("offset: " + self.pick(["1", "0", "continue"]))
        self.loop_vars += [var, "tablerowloop." + self.pick(["col", "col0", "col_first", "col_last", "row", "index", "length", "first", "last"])]
        s = self.open("tablerow %s in %s %s" % (var, coll, self.pick([" ", ", "]).join(ps))) + self.body(d) + self.open("endtablerow")
        self.loop_vars = self.loop_vars[:-2]
        return s

    def tag_cycle(self, d):
        vals = ", ".join(self.expr() for _ in range(self.r.choice([1, 2, 3])))
        if self.chance(0.3): vals = self.pick(["'g'", "g", "1", "s"]) + ": " + vals
        return self.open("cycle " + vals)

    def tag_increment(self, d):
        return self.open(self.pick(["increment", "decrement"]) + " " + self.pick(["c", "c", "i", "s", "x"]))

    def tag_capture(self, d):
        return self.open("capture " + self.pick(["cap", "s", "'q'", "x.y"])) + self.body(d) + self.open("endcapture") + self.output()

    def tag_assign(self, d):
        target = self.pick(["v", "s", "a", "x", "v.w", "v[0]", "n"])
        return self.open("assign %s %s %s%s" % (target, self.pick(["="] * 12 + ["==", ""]), self.expr(), self.filters())) + \
            ("{{ %s }}" % target.split(".")[0].split("[")[0] if self.chance(0.7) else "")

    def tag_raw(self, d):
        return self.open("raw") + self.pick(["{{ x }}", "{% if %}", "a {% endraw", "{{- s -}}", ""]) + self.open("endraw")

    def tag_comment(self, d):
        return self.open("comment") + self.pick(["{% if %}", "x {{ y", "{% raw %}{% endcomment %}{% endraw %}", ""]) + self.open("endcomment") \
            if self.chance(0.8) else "{% # inline " + self.pick(["comment", "{{ x }}", ""]) + " %}"

    def tag_liquid(self, d):
        lines = []
        for _ in range(self.r.choice([1, 2, 3, 4])):
            lines.append(self.pick([
                "echo " + self.expr() + self.filters(),
                "assign w = " + self.expr() + self.filters(),
                "if " + self.condition() + "\n echo 'y'\n else\n echo 'z'\n endif",
                "for q in " + self.pick(COLLS) + "\n echo q\n endfor",
                "case " + self.expr() + "\n when 1\n echo 'one'\n endcase",
                "cycle 'a', 'b'", "increment c", "# a comment", "", "echo", "unknown_tag x", "endif",
                "capture cc\n echo s\n endcapture\n echo cc",
            ]))
        return self.open("liquid " + "\n".join(lines))

    def tag_echo(self, d):
        return self.open("echo " + self.expr() + self.filters())

    def tag_include(self, d):
        return self.open("include " + self.partial_args(True))

    def tag_render(self, d):
        return self.open("render " + self.partial_args(False))

    def partial_args(self, include):
        name = self.pick(["'p'", "'p'", "'loop'", "'assigner'", "'nested'", "'ws'", "'missing'", "\"P\"", "'broken'", "'fl'", "'err'", "'tr'"] +
                         (["k", "s"] if include else ["k"]))
        s = name
        k = self.r.randrange(5)
        if k == 1: s += " with " + self.pick(VARS); self.feat("partial.with")
        elif k == 2: s += " for " + self.pick(COLLS); self.feat("partial.for")
        if k and self.chance(0.4): s += " as " + self.pick(["p", "x"]); self.feat("partial.as")
        if self.chance(0.4):
            self.feat("partial.args")
            s += self.pick([", ", " ", ","]) + ", ".join("%s: %s" % (self.pick(["x", "p", "s"]), self.expr()) for _ in range(self.r.choice([1, 2])))
        return s

    def tag_ifchanged(self, d):
        return self.open("ifchanged") + self.body(d) + self.open("endifchanged")

    def tag_unknown(self, d):
        return self.open(self.pick(["foo", "endfoo", "elsif x", "else", "when 1", "include", "render", "assign", "assign x",
                                    "cycle", "for x", "for x in", "if", "unless", "case", "tablerow x in", "capture", "echo x y"]))

    def tag_stray_end(self, d):
        return self.open(self.pick(["endif", "endfor", "endcase", "endraw", "endcomment", "endcapture"]))


def small(g):
    """One construct with a little text around it: a difference is not hidden behind another."""
    node = g.node(1) if g.chance(0.7) else g.output()
    return g.text() + node + g.text()


SOUP = (["x", "a", "h", "s", "list", "ah", "forloop", "i", "nil", "true", "empty", "blank"] * 3 +
        ["1", "-1", "2.5", "1.", "'q'", '"q"', "'", '"', ".", "..", "[", "]", "(", ")", ":", ",", "|", "==", "!=", "<>",
         "<", ">=", "=", "contains", "and", "or", "-", "with", "for", "as", "in", "reversed", "limit:", "offset:",
         "cols:", "!", "?", "#", "@", "ü", "a.b", "a[0]", "(1..3)", "%", "{", "}", "\n", "upcase", "size", "+"])
SOUP_TAGS = ["{{ %s }}", "{%% if %s %%}y{%% endif %%}", "{%% for %s %%}y{%% endfor %%}", "{%% assign %s %%}",
             "{%% cycle %s %%}", "{%% include %s %%}", "{%% render %s %%}", "{%% tablerow %s %%}y{%% endtablerow %%}",
             "{%% case x %%}{%% when %s %%}y{%% endcase %%}", "{%% echo %s %%}", "{%% unless %s %%}y{%% endunless %%}",
             "{%% if a %%}{%% elsif %s %%}{%% endif %%}", "{%% capture %s %%}y{%% endcapture %%}", "{%% liquid %s %%}",
             "{%% increment %s %%}", "{%% case %s %%}{%% when 1 %%}y{%% endcase %%}", "{{ x | %s }}", "{{ x | plus: %s }}"]


def soup(rnd):
    """A tag whose markup is a few random tokens: the parsers' error texts and lax readings."""
    tokens = [rnd.choice(SOUP) for _ in range(rnd.choice([1, 2, 3, 4, 5, 7]))]
    return rnd.choice(["", "\n", "a "]) + rnd.choice(SOUP_TAGS) % " ".join(tokens).replace("%", "%%").replace("%%", "%")


def mutate(rnd, template):
    """Malformed markup: a few characters of a template deleted, doubled or replaced."""
    chars = list(template)
    for _ in range(rnd.choice([1, 1, 2, 3])):
        if not chars:
            break
        at = rnd.randrange(len(chars))
        kind = rnd.randrange(3)
        junk = rnd.choice(list("{}%|:,'\"()[].-=<> \n") + ["{{", "}}", "{%", "%}", "..", "-%}", "{%-"])
        if kind == 0: del chars[at]
        elif kind == 1: chars.insert(at, junk)
        else: chars[at] = junk
    return "".join(chars)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--templates", nargs="*", help="these templates instead of random ones (try.sh)")
    ap.add_argument("--mode", help="only this error mode")
    args = ap.parse_args()
    modes = [args.mode] if args.mode else ["warn", "lax", "strict"]
    if args.templates is not None:
        for cid, template in enumerate(args.templates, 1):
            print(json.dumps({"id": cid, "template": template, "environment": ENV, "partials": PARTIALS,
                              "mode": modes[0], "features": []}, ensure_ascii=False))
        return
    rnd = random.Random(args.seed)
    cid = 0
    for _ in range(args.count):
        g = Gen(rnd)
        kind = rnd.random()
        template = g.body(0) if kind < 0.3 else small(g) if kind < 0.75 else soup(rnd)
        if rnd.random() < 0.2:
            template = mutate(rnd, template)
            g.feat("mutated")
        features = sorted(g.features)
        for mode in modes:
            cid += 1
            print(json.dumps({"id": cid, "template": template, "environment": ENV, "partials": PARTIALS,
                              "mode": mode, "features": features}, ensure_ascii=False))


if __name__ == "__main__":
    main()
