#!/usr/bin/env python3
"""Differential test of the lexers against Rouge 3.30 on real code, per language.

For each language, takes code files from this machine and from git mirrors (bare repositories
read with `git show`), keeps the first MAX_LINES lines of each, wraps them in a fenced code block
``` LANG, converts the block with shared/tools/kd.rb (Jekyll's markdown converter: kramdown +
Rouge) and with ours (test_markdown_cases --compare), then prints identical/total per language
and writes a short diff of each differing block to WORK/diffs.txt.

Rouge's Jinja and Twig lexers share their word lists within one Ruby process (class variables:
the first used sets them), so compare `jinja` and `twig` in separate WORK folders.

Needs Ruby + Jekyll; not run by the test suite. Jekyll's output is cached in WORK (a block is
converted by Jekyll again only when it changed), so reruns only cost our converter.

  differential.py BUILD/tests/markdown/test_markdown_cases WORK [LANG...]

Without LANG, every language of SOURCES below. A source is a folder (searched recursively) or a
bare git repository (a directory holding HEAD and objects/, optionally followed by @REF), with a regex the relative path must
match; missing sources are skipped.
"""
import hashlib
import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The markdown differential's Jekyll step (kd.rb over every block not converted yet) is reused.
_spec = importlib.util.spec_from_file_location(
   "markdown_differential", os.path.join(HERE, "..", "markdown", "differential.py"))
markdown_differential = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(markdown_differential)
MIRROR = "/work/.mirror"
ROUGE = MIRROR + "/rouge-ruby+rouge/repo"
MAX_LINES = 150
MAX_FILES = 40  # per language and source

# language -> [(source, path regex)]; Rouge's own samples (spec/visual/samples, lib/rouge/demos)
# are written to exercise every rule, the other sources are ordinary code.
SOURCES = {}
# In place of a path regex: the fenced blocks of that language in the source's markdown files.
FENCES = "fences"
FENCE = re.compile(r"^(`{3,}|~{3,}) *([^\s`]*)[^\n]*\n(.*?)^\1[`~]*[ \t]*$", re.M | re.S)


def _source(lang, *entries):
   SOURCES[lang] = list(entries) + [(ROUGE + "@v3.30.0", r"^(spec/visual/samples|lib/rouge/demos)/%s$" % lang)]


# Languages jekyllpp had before this tool: kept here to catch regressions.
_source("python", ("/usr/lib/python3", r"\.py$"))
_source("ruby", ("/usr/lib/ruby", r"\.rb$"))
_source("javascript", ("/usr/lib/node_modules", r"\.js$"))
_source("typescript", ("/usr/lib/node_modules", r"\.d\.ts$"))
_source("c", ("/usr/include", r"\.h$"))
_source("cpp", ("/usr/include", r"\.hpp$"))
_source("shell", ("/usr/share", r"\.sh$"), ("/usr/bin", r"^[a-z-]+$"))
_source("yaml", ("/usr/share", r"\.ya?ml$"), ("/usr/lib", r"\.ya?ml$"))
_source("json", ("/usr/share", r"\.json$"))
_source("css", ("/usr/share", r"\.css$"), ("/usr/lib", r"\.css$"))
_source("scss", ("/usr/share", r"\.scss$"), ("/usr/lib", r"\.scss$"))
_source("html", ("/usr/share/doc", r"\.html$"))
_source("xml", ("/usr/share", r"\.xml$"))
_source("markdown", ("/usr/share", r"\.md$"))
_source("toml", ("/usr/share", r"\.toml$"), ("/usr/lib", r"\.toml$"))
_source("sql", ("/usr/share", r"\.sql$"), ("/usr/lib", r"\.sql$"))
_source("diff", ("/usr/share", r"\.(diff|patch)$"))
_source("make", ("/usr/share", r"Makefile$|\.mk$"), ("/usr/lib", r"Makefile$|\.mk$"))
_source("ini", ("/usr/share", r"\.ini$"), ("/usr/lib", r"\.ini$"))
_source("go", ("/usr/share", r"\.go$"), ("/usr/lib", r"\.go$"))
_source("rust", ("/root/.cargo", r"\.rs$"), ("/usr/share", r"\.rs$"))
_source("java", ("/usr/share", r"\.java$"), ("/usr/lib", r"\.java$"))
_source("lua", ("/usr/share", r"\.lua$"), ("/usr/lib", r"\.lua$"))
_source("liquid", ("/work/.mirror/jekyll+jekyll/repo", FENCES))
_source("console", ("/work/.mirror/jekyll+jekyll/repo", FENCES))
_source("irb", ("/work/.mirror/jekyll+jekyll/repo", FENCES), ("/work/.mirror/rouge-ruby+rouge/repo", FENCES))
_source("php", ("/usr/lib", r"\.php$"), (MIRROR + "/slimphp+Slim/repo", r"\.php$"))
_source("perl", ("/usr/share/perl", r"\.pm$"), ("/usr/bin", r"^[a-z]+$"))
_source("powershell", ("/usr", r"\.ps1$"), (MIRROR + "/PowerShell+PowerShell/repo", r"\.ps1$"))
_source("scala", (MIRROR + "/scala+scala3-example-project/repo", r"\.scala$"))
_source("groovy", (MIRROR + "/jenkinsci+pipeline-examples/repo", r"\.groovy$|Jenkinsfile$"))
_source("gradle", (MIRROR + "/spring-guides+gs-rest-service/repo", r"\.gradle$"),
        (MIRROR + "/gradle+gradle-build-scan-quickstart/repo", r"\.gradle$"),
        ("/work/.mirror/jekyll+jekyll/repo", FENCES))
_source("cmake", ("/usr/share", r"\.cmake$|CMakeLists\.txt$"), ("/usr/lib", r"\.cmake$"))
_source("graphql", (MIRROR + "/graphql+graphql-spec/repo", FENCES))
_source("hcl", (MIRROR + "/hashicorp+hcl/repo", r"\.hcl$"))
_source("terraform", (MIRROR + "/terraform-aws-modules+terraform-aws-vpc/repo", r"\.tf$"))
_source("objective_c", (MIRROR + "/AFNetworking+AFNetworking/repo", r"\.m$"))
_source("batchfile", ("/usr", r"\.(bat|cmd)$"))
_source("tex", ("/usr/share", r"\.(tex|sty)$"))
_source("viml", ("/usr/share/vim", r"\.vim$"))
_source("protobuf", ("/usr", r"\.proto$"))
_source("tcl", ("/usr/share", r"\.tcl$"), ("/usr/lib", r"\.tcl$"))
_source("pascal", ("/usr/share", r"\.pas$"), ("/usr/lib", r"\.pas$"))
_source("d", (MIRROR + "/dlang+dub/repo", r"^source/.*\.d$"))
_source("ada", ("/usr/lib", r"\.ad[sb]$"), ("/usr/share", r"\.ad[sb]$"))
_source("coffeescript", (MIRROR + "/jashkenas+coffeescript/repo", r"^(src|test)/.*\.coffee$"))
_source("clojure", (MIRROR + "/weavejester+compojure/repo", r"\.clj$"))
_source("erlang", (MIRROR + "/ninenines+cowboy/repo", r"\.erl$"))
_source("elixir", (MIRROR + "/elixir-plug+plug/repo", r"\.exs?$"), (MIRROR + "/phoenixframework+phoenix/repo", r"\.exs?$"))
_source("haskell", (MIRROR + "/haskell+containers/repo", r"\.hs$"))
_source("kotlin", (MIRROR + "/square+okio/repo", r"\.kt$"))
_source("swift", (MIRROR + "/Alamofire+Alamofire/repo", r"\.swift$"))
_source("dockerfile", (MIRROR + "/docker-library+python/repo", r"Dockerfile$"))
_source("matlab", ("/usr/share", r"\.m$"))
_source("jinja", ("/usr/lib/google-cloud-sdk/platform", r"templates/.*\.html$"))
_source("twig")
_source("handlebars", ("/usr/share", r"\.(hbs|handlebars|mustache)$"))
_source("vue", (MIRROR + "/gothinkster+vue-realworld-example-app/repo", r"\.vue$"))
_source("fsharp", (MIRROR + "/fsprojects+Argu/repo", r"\.fsx?$"))
_source("julia", (MIRROR + "/JuliaLang+Example.jl/repo", r"\.jl$"))
_source("ocaml", (MIRROR + "/ocaml+ocaml.org/repo", FENCES), (MIRROR + "/ocaml+ocaml.org/repo", r"\.ml$"))
_source("vb")
_source("elm", (MIRROR + "/elm+core/repo", r"\.elm$"))
_source("nix", (MIRROR + "/NixOS+nixos-hardware/repo", r"\.nix$"))
_source("zig", (MIRROR + "/zigtools+zls/repo", r"\.zig$"))
_source("awk", ("/usr/share", r"\.awk$"))
_source("sed", ("/usr/share", r"\.sed$"))
_source("gherkin", (MIRROR + "/cucumber+gherkin/repo", r"testdata/good/.*\.feature$"))
_source("haml")
_source("slim")
_source("plist", ("/usr/share", r"\.plist$"))
_source("json-doc", ("/usr/lib/node_modules", r"tsconfig\.json$"), ("/usr/share", r"\.json$"))
_source("systemd", ("/usr/lib/systemd/system", r"\.(service|socket|timer)$"))
_source("nasm", (MIRROR + "/nanochess+bootOS/repo", r"\.asm$"), (MIRROR + "/mell-o-tron+MellOs/repo", r"\.asm$"))
_source("solidity", (MIRROR + "/OpenZeppelin+openzeppelin-contracts/repo", r"^contracts/.*\.sol$"))
_source("crystal")
_source("common_lisp", ("/usr/share", r"\.(lisp|el)$"))
_source("scheme", (MIRROR + "/ashinn+chibi-scheme/repo", r"\.(scm|sld)$"))
_source("racket")
_source("prolog", (MIRROR + "/mthom+scryer-prolog/repo", r"\.pl$"))
_source("fortran", (MIRROR + "/fortran-lang+stdlib/repo", r"\.f90$"))
_source("verilog", (MIRROR + "/YosysHQ+picorv32/repo", r"\.s?v$"))
_source("vhdl", (MIRROR + "/VLSI-EDA+PoC/repo", r"\.vhdl?$"))
_source("cuda", ("/usr", r"\.cuh?$"))
_source("glsl")
_source("hlsl")
_source("objective_cpp")
_source("dot", ("/usr", r"\.(dot|gv)$"))
_source("llvm", ("/usr", r"\.ll$"))
_source("ssh", ("/etc/ssh", r"ssh_config$"))
_source("bibtex")
_source("literate_haskell")
_source("literate_coffeescript")
_source("eex", (MIRROR + "/phoenixframework+phoenix/repo", r"\.eex$"))
_source("puppet")
_source("mathematica")
_source("brainfuck")
_source("gdscript")
_source("qml", ("/usr", r"\.qml$"))
_source("vala", ("/usr", r"\.vala$"))
_source("stata")
_source("prometheus")
_source("tap")
_source("turtle", ("/usr/share", r"\.(ttl|trig)$"))
_source("coq")
_source("applescript")
_source("reasonml")
_source("hocon")
_source("jsonnet")
_source("cython")
_source("email")
_source("velocity")
_source("smarty")
_source("hack")
_source("io")
_source("rego")
_source("epp")
_source("sml")
_source("actionscript")
_source("plsql")
_source("moonscript")
_source("smalltalk")
_source("lean")
_source("digdag")
_source("postscript")
_source("meson", ("/usr", r"(^|/)meson\.build$"))
_source("jsp")
_source("q")
_source("hylang")
_source("pony")
_source("sieve")
_source("idris")
_source("rescript")
_source("cypher")
_source("apex")
_source("haxe")
_source("abap")
_source("apiblueprint")
_source("armasm")
_source("augeas")
_source("bbcbasic")
_source("biml")
_source("bpf")
_source("brightscript")
_source("bsl")
_source("ceylon")
_source("cfscript")
_source("clean")
_source("cmhg")
_source("csvs")
_source("dafny")
_source("datastudio")
_source("ecl")
_source("eiffel")
_source("escape")
_source("factor")
_source("fluent")
_source("freefem")
_source("ghc-cmm")
_source("ghc-core")
_source("hql")
_source("janet")
_source("livescript")
_source("nim")
_source("robot_framework")
_source("sparql", ("/usr/share", r"\.(rq|sparql)$"))
_source("idlang")
_source("igorpro")
_source("isabelle")
_source("isbl")
_source("j")
_source("jsl")
_source("lasso")
_source("lustre")
_source("lutin")
_source("m68k")
_source("magik")
_source("mason")
_source("minizinc")
_source("mosel")
_source("msgtrans")
_source("mxml")
_source("nesasm")
_source("nial")
_source("ocl")
_source("openedge")
_source("opentype_feature_file")
_source("praat")
_source("sas")
_source("slice")
_source("sqf")
_source("stan")
_source("supercollider")
_source("syzlang")
_source("syzprog")
_source("ttcn3")
_source("tulip")
_source("vcl")
_source("wollok")
_source("xojo")
_source("xpath")
_source("xquery")
_source("yang")


def folder_files(root, pattern):
   for dirpath, dirnames, filenames in os.walk(root):
      dirnames.sort()
      for name in sorted(filenames):
         path = os.path.join(dirpath, name)
         rel = os.path.relpath(path, root)
         if pattern.search(rel) and os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as f:
               yield rel, f.read(200_000)


def git_files(repo, ref, pattern):
   names = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", ref],
                          capture_output=True, check=True).stdout.decode().splitlines()
   for rel in names:
      if pattern.search(rel):
         yield rel, subprocess.run(["git", "-C", repo, "show", ref + ":" + rel],
                                   capture_output=True).stdout


def blocks(files, lang):
   """The code of each fenced block of `lang` in markdown `files`, as (PATH#N, bytes)."""
   for rel, data in files:
      text = data.decode("utf-8", "replace")
      for n, m in enumerate(m for m in FENCE.finditer(text) if m.group(2) == lang):
         yield f"{rel}#{n}", m.group(3).encode()


def fenced(lang, data):
   """The first MAX_LINES lines of `data` as a fenced code block, or None."""
   try:
      text = data.decode("utf-8")
   except UnicodeDecodeError:
      return None
   lines = text.replace("\r\n", "\n").split("\n")[:MAX_LINES]
   code = "\n".join(lines).rstrip("\n")
   if not code.strip() or "\0" in code:
      return None
   ticks = max([len(run) for run in re.findall(r"`+", code)] + [2]) + 1
   return "`" * ticks + lang + "\n" + code + "\n" + "`" * ticks + "\n"


def collect(langs, docs):
   """Writes docs/LANG__SOURCE__PATH.md for each new block; returns {name: lang}."""
   names = {}
   for lang in langs:
      seen = set()
      for root, regex in SOURCES.get(lang, []):
         root, _, ref = root.partition("@")
         if not os.path.isdir(root):
            continue
         pattern = re.compile(r"\.(md|markdown)$" if regex == FENCES else regex)
         is_git = os.path.isfile(os.path.join(root, "HEAD")) and os.path.isdir(os.path.join(root, "objects"))
         files = git_files(root, ref or "HEAD", pattern) if is_git else folder_files(root, pattern)
         label = os.path.basename(os.path.dirname(root)) if is_git else root.strip("/").replace("/", "_")
         count = 0
         for rel, data in blocks(files, lang) if regex == FENCES else files:
            if count >= MAX_FILES:
               break
            block = fenced(lang, data)
            if block is None:
               continue
            digest = hashlib.sha1(block.encode()).hexdigest()
            if digest in seen:
               continue
            seen.add(digest)
            count += 1
            name = re.sub(r"[^A-Za-z0-9._+-]", "_", f"{lang}__{label}__{rel}")[:180]
            path = os.path.join(docs, name + ".md")
            encoded = block.encode()
            old = open(path, "rb").read() if os.path.exists(path) else None
            if old != encoded:
               with open(path, "wb") as f:
                  f.write(encoded)
               html = os.path.join(docs, name + ".html")
               if os.path.exists(html):
                  os.remove(html)
            names[name] = lang
   return names


def main():
   if len(sys.argv) < 3:
      sys.exit(__doc__)
   runner, work = sys.argv[1], os.path.abspath(sys.argv[2])
   langs = sys.argv[3:] or sorted(SOURCES)
   docs = os.path.join(work, "docs")
   os.makedirs(docs, exist_ok=True)
   names = collect(langs, docs)
   for f in os.listdir(docs):  # blocks no source holds any more, or other languages
      if f.rsplit(".", 1)[0] not in names:
         os.remove(os.path.join(docs, f))
   markdown_differential.run_jekyll(work, docs, names)
   markdown_differential.report(runner, work, docs, names, "rouge", context=0, shown=8)


if __name__ == "__main__":
   main()
