#!/usr/bin/env python3
"""Wild-site comparison (a developer tool, not run by ctest): builds public Jekyll sites that
are not in ../shared/corpus with the reference Jekyll and with jekyllpp, the way the corpus is
built (see ../shared/corpus/README.md), and prints identical/total files per site.

usage: scripts/wild.py [--sites DIR] [--work DIR] [--jekyllpp EXE] [--gems DIR] [--rebuild-oracle] [-v] [SITE...]

--sites DIR holds one checkout per site (default /tmp/wild/sites; scripts/wild-sites.txt lists
the repositories and commits measured; fetch them yourself, they are other people's work and never
go into this repository). The oracle's output is cached in
WORK/expected/SITE (rebuilt with --rebuild-oracle). Both builds run from a copy of the site at
/tmp/jekyll-wild/src (depth 3, as the corpus: gem-theme Sass source maps record relative paths),
every mtime set to the frozen clock, without Gemfile; ADJUST below lists the few edits a site
needs to build with Debian's Jekyll and plugins, applied to both sides alike.
--gems DIR: a gem folder (specifications/, gems/) put first on GEM_PATH for both builds, for
sites whose `theme:` is a gem Debian lacks (GitHub Pages' jekyll-theme-* gems, laid out there
from their pages-themes/* repositories); sites that need it say so in ADJUST ("gems")."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the shared data beside the repository (JEKYLLPP_SHARED for a worktree elsewhere, e.g. /work/shared)
COMPARE = os.path.join(os.environ.get("JEKYLLPP_SHARED", os.path.join(HERE, "..", "..", "shared")), "corpus", "compare.py")
# JEKYLLPP_WILD_SCRATCH lets two runs share the machine (keep it 3 deep, e.g. /tmp/jekyll-wild2)
SCRATCH = os.environ.get("JEKYLLPP_WILD_SCRATCH", "/tmp/jekyll-wild")
SRC_MTIME = 1767268800  # frozen clock: Ruby under faketime -f reads every mtime as this instant

# site -> adjustments: "root" (the site's folder inside the checkout), "drop_config" (top-level
# _config.yml keys removed: a theme gem Debian does not ship, when the checkout is that theme),
# "drop_plugins" (plugins Debian lacks; only ones whose tags the site does not use), "remove"
# (paths deleted from the copy), "config_sub" (regex replacements in _config.yml), "gems" (the
# theme gem the site's `theme:` names, looked up in --gems), "new_config" (write a _config.yml when the
# checkout has none).
# `style: :compressed` is a Symbol, which Psych 4 refuses: Jekyll stops (so does jekyllpp)
COMPRESSED = (r"(style\s*): :compressed", r"\1: compressed")
EXPANDED = (r"(style\s*):\s*:expanded", r"\1: expanded")  # the same for `:expanded`
GEMS = (r"(?m)^gems:", "plugins:")  # Jekyll 4 no longer reads `gems:` (Unknown tag 'gist' and the like)
# the plugins GitHub Pages turns on for every site (github-pages gem's DEFAULT_PLUGINS), for sites
# that count on them (Markdown files without front matter)
JTD = (r"(?m)^remote_theme: (?:pmarsceill|just-the-docs)/just-the-docs(@v0\.3\.3)?$", "theme: just-the-docs")
JTD10 = (r"(?m)^remote_theme: just-the-docs/just-the-docs@v0\.10\.1$", "theme: just-the-docs")
PAGES_DEFAULTS = ["jekyll-optional-front-matter", "jekyll-readme-index", "jekyll-titles-from-headings",
                  "jekyll-relative-links", "jekyll-default-layout"]


def plugin_list(names):
    """config_sub replacing the site's `plugins:` block list with NAMES (add_plugins appends a second key)"""
    return (r"(?m)^(?:plugins|gems):[ \t]*\n(?:[ \t]*-.*\n)*", "plugins:\n" + "".join("  - %s\n" % n for n in names))


def pages_without_config(repo):
    """a repository with no _config.yml as GitHub Pages builds it: primer theme, the default plugins, its name"""
    return {"new_config": True, "gems": "jekyll-theme-primer", "add_plugins": PAGES_DEFAULTS,
            "config_sub": [(r"\Z", "theme: jekyll-theme-primer\nrepository: %s\n" % repo)]}


ADJUST = {
    "architect": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "cayman": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "hacker": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "midnight": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "minimal": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "slate": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "leap-day": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "dinky": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "time-machine": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "tactile": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "jekyll-theme-basically-basic": {"drop_config": ["theme"]},
    "moving": {"drop_config": ["theme"]},
    "jekyll-admin": {"root": "docs"},
    "poole": {"config_sub": [COMPRESSED]},
    "not-pure-poole": {"config_sub": [COMPRESSED]},
    "jekyll-TeXt-theme": {"drop_plugins": ["jemoji"]},
    "Moon": {"config_sub": [GEMS]},
    "jekyll-bootstrap": {"config_sub": [GEMS]},
    "rails.github.com": {"config_sub": [GEMS]},
    "mediator": {"config_sub": [GEMS], "drop_plugins": ["jemoji"]},
    "jekyll-clean": {"config_sub": [GEMS]},
    "cayman-blog": {"drop_plugins": ["jekyll-target-blank"]},
    "elixir-lang.github.com": {"drop_plugins": ["jemoji"]},
    "jekyllrb-ja.github.io": {"drop_plugins": ["jemoji"]},
    "minima": {"add_plugins": ["jekyll-feed", "jekyll-seo-tag"]},  # the gemspec's dependencies
    # jemoji has no Debian package
    "flexible-jekyll": {"drop_plugins": ["jemoji"]},
    "indigo": {"drop_plugins": ["jemoji"]},
    # Jekyll 2 settings Jekyll 4 refuses (redcarpet, relative_permalinks)
    "hyde": {"drop_config": ["markdown", "highlighter", "relative_permalinks"], "add_plugins": ["jekyll-paginate", "jekyll-gist"]},
    "tpw": {"drop_config": ["markdown"]},  # rdiscount
    # second batch (h/wild2): plugins Debian lacks; jasper2's own Ruby plugins cannot run in jekyllpp
    "jasper2": {"remove": ["_plugins"]},
    "jekyll-klise": {"drop_plugins": ["jekyll-postfiles"]},
    # jekyll-github-metadata stops without a repository name, and the copy has no git remote
    "choosealicense.com": {"config_sub": [COMPRESSED, (r"\Z", "\nrepository: github/choosealicense.com\n")],
                           "drop_plugins": ["jekyll-coffeescript"]},
    "type-theme": {"config_sub": [COMPRESSED]},
    "reverie": {"config_sub": [(r"(style\s*): :expanded", r"\1: expanded")]},
    "alembic": {"drop_plugins": ["jemoji"]},
    "jekyll-theme-memoirs": {"drop_plugins": ["jekyll-figure"]},
    "edition-jekyll-template": {"remove": ["_plugins"]},  # its own replace_regex filter (Ruby)
    "jekyll": {"root": "docs", "drop_plugins": ["jemoji"]},  # jekyllrb.com
    "merlot": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "Halve": {"config_sub": [GEMS]},
    "guides": {"remove": ["_plugins"]},  # rubygems guides: its own generators (Ruby)
    "base-jekyll-template": {"drop_plugins": ["jekyll-extract-element"]},
    "the-plain": {"config_sub": [(r"(style\s*):\s*:compressed", r"\1: compressed")]},
    # third batch (2026-12-03b): doc sites in a folder, themes that name themselves, plugins Debian lacks
    # (not counted, Jekyll itself stops: primer and jekyll-rtd-theme use {% github_edit_link %},
    # datacarpentry.github.io jekyll-get-json, feeling-responsive a Sass error, training-kit
    # {% octicon %}, jessesquires.com its own Ruby tags, chalk jekyll-assets,
    # swift-org-website and scala-lang their own Ruby generators and kramdown patches,
    # hmfaysal-omega-theme jekyll-seo-tag's Addressable error on an image hash, bower.github.io
    # jekyll_asset_pipeline, jekyll-import's docs its own Ruby generators)
    "Leaflet": {"root": "docs"},
    "bulma": {"root": "docs"},
    "jekyll-seo-tag": {"root": "docs", "drop_config": ["theme"]},
    "agency-jekyll-theme": {"drop_config": ["theme"]},
    "jekyll-theme-prologue": {"drop_config": ["theme"]},
    "modernist": {"drop_config": ["theme"], "add_plugins": ["jekyll-seo-tag"]},
    "hydejack": {"add_plugins": ["jekyll-include-cache"]},
    "jekyll-theme-next": {"drop_plugins": ["jemoji"], "config_sub": [(r"(?m)^plugins:\n", "plugins:\n - jekyll-gist\n")]},
    # jekyll-github-metadata asks the network for the owner's repositories: without it, no list
    "mzlogin.github.io": {"drop_plugins": ["jemoji", "jekyll-github-metadata"],
                          "config_sub": [(r"\Z", "\ngithub:\n  public_repositories: false\n")]},
    "jekyll-dash": {"drop_config": ["theme"], "drop_plugins": ["liquid-md5", "jekyll/tagging"]},
    "type": {"drop_plugins": ["jekyll/tagging"]},
    "jekyll-gitbook": {"drop_plugins": ["jemoji"]},
    "personal-jekyll-theme": {"drop_plugins": ["jekyll-spaceship"]},
    # jekyll-soopr-seo-tag (not in Debian) is jekyll-seo-tag's fork with the same {% seo %} tag
    "moonwalk": {"config_sub": [COMPRESSED, (r"jekyll-soopr-seo-tag", "jekyll-seo-tag")]},
    "yous.github.io": {"drop_config": ["theme"]},  # jekyll-whiteglass (the whiteglass site above)
    "WhatATheme": {"drop_plugins": ["jekyll-admin"]},
    "zolan": {"drop_plugins": ["jekyll/tagging"]},
    "sidey": {"remove": ["_plugins", "_site"], "config_sub": [(r"(style\s*):\s*:compressed", r"\1: compressed")]},  # its tag-page generator (Ruby); a committed _site
    # fourth batch (h/wild2, 2026-12-03b): small blogs and docs sites (site-model features)
    "no-style-please": {"drop_config": ["remote_theme"], "drop_plugins": ["jektex"]},  # the theme itself; jektex not in Debian
    "plainwhite-jekyll": {"drop_config": ["theme"]},
    "left": {"config_sub": [GEMS]},
    "bay": {"config_sub": [COMPRESSED]},
    # brew.sh at d1cfa64 (the last commit before dart-sass): an unused jekyll-remote-theme; `:title` is a Symbol to Psych 4
    "brew.sh": {"drop_plugins": ["jekyll-remote-theme"], "config_sub": [(r"(?m)^(\s*permalink): (:\S+)$", r'\1: "\2"')]},
    "Ramme": {"config_sub": [GEMS]},
    "jekyll-theme-oatcake": {"drop_plugins": ["jemoji"]},
    # sixth batch (h/wild2, 2026-12-03c): project documentation sites and personal GitHub Pages sites
    "capistrano": {"root": "docs"},
    "nim-website": {"root": "jekyll", "config_sub": [GEMS], "drop_plugins": ["jekyll-asciidoc"]},  # one .adoc post
    "mustache.github.com": {"drop_config": ["markdown"]},  # redcarpet
    "llogiq.github.io": {"config_sub": [GEMS]},
    "fabiomassacci.github.io": {"gems": "jekyll-theme-minimal", "add_plugins": PAGES_DEFAULTS},
    "mlubinsky.github.com": {"gems": "jekyll-theme-modernist", "add_plugins": PAGES_DEFAULTS,
                             "config_sub": [(r"(?m)^markdown: GFM", "markdown: kramdown")]},  # GFM: jekyll-commonmark-ghpages
    "pdillis.github.io": {"gems": "jekyll-theme-cayman"},
    "jekyll-sass-converter": {"root": "docs"},
    "haijunsu.github.io": {"gems": "jekyll-theme-cayman", "drop_plugins": ["jekyll-coffeescript", "jemoji"],
                           "config_sub": [(r"(style\s*): :expanded", r"\1: expanded")]},
    # github/hub's gh-pages branch; jekyll-github-metadata needs a repository name (no git remote in the copy)
    "hub": {"config_sub": [(r"\Z", "\nrepository: github/hub\n")]},
    "googletest": {"root": "docs", "gems": "jekyll-theme-primer",  # GitHub Pages' default theme, set here
                   "config_sub": [(r"\Z", "\ntheme: jekyll-theme-primer\nrepository: google/googletest\n")]},
    # jekyll/github-metadata's docs/: Markdown without front matter, no layouts: GitHub Pages' defaults
    # (primer theme, the default plugins) as a Pages build gives them
    "github-metadata": {"root": "docs", "gems": "jekyll-theme-primer", "add_plugins": PAGES_DEFAULTS,
                        "config_sub": [(r"\Z", "\ntheme: jekyll-theme-primer\nrepository: jekyll/github-metadata\n")]},
    "homebrew-docs": {"root": "docs", "config_sub": [(r"(?m)^(\s*permalink): (:\S+)$", r'\1: "\2"')]},  # Homebrew/brew docs/ (docs.brew.sh: optional-front-matter, relative-links, titles-from-headings)
    # not counted (sixth batch): crystal-website, WebAssembly/website, b-fg.github.io, uswds-site (own Ruby
    # plugins), bamos.github.io (jekyll-datapage-generator), 18F/development-guide (uswds-jekyll gem),
    # DirtyF's blog (jekyll-cloudinary tags); Hugo/Astro now: babysteps, wiseodd.github.io
    # not counted: bulma-clean-theme (its node_modules bulma needs dart-sass), yarnpkg/website
    # (bootstrap from node_modules, its own file_exists tag), jasmine.github.io (own Ruby tags),
    # classifier-reborn's docs (@import of {{ site.theme }}: jekyll-theme-cayman's gem)
    # fifth batch (h/wild, 2026-12-03c): theme repositories and theme-based blogs; plugins Debian lacks
    "jekyll-atlantic-theme": {"drop_plugins": ["jekyll-environment-variables", "jekyll-postcss"]},  # site.env nil on both sides
    "minimal-light": {"drop_config": ["remote_theme"]},  # the theme itself
    "classic-jekyll-theme": {"drop_config": ["theme"]},
    "starving-artist-jekyll-theme": {"drop_config": ["theme"], "config_sub": [GEMS]},
    "jekyll-theme-eon": {"drop_plugins": ["jemoji"]},
    # the theme gems' dependencies (Gemfile / gemspec), not in _config.yml
    "jekyll-theme-textalic": {"config_sub": [(r"(?m)^plugins:\n", "plugins:\n  - jekyll-seo-tag\n")]},
    "hh54188-jekyll-blog": {"config_sub": [GEMS]},
    "niamurrell-jekyll-blog": {"config_sub": [GEMS]},
    "affiliates-jekyll-theme": {"config_sub": [COMPRESSED]},
    "derrick": {"drop_plugins": ["jekyll/tagging"]},
    "reked": {"drop_plugins": ["jekyll/tagging"]},
    # not counted (Jekyll itself stops with Debian's gems): jekyll-theme-yat, jekyll-serif-theme and
    # jekyll-theme-emojification (Sass only dart-sass reads: math.div, meta.function-exists, hsl(280 100% 65% / .5)),
    # typing-jekyll-template ({% imager %}, its own Ruby tags), material-bliss (jekyll-assets), jekyll-incorporated
    # (maruku), jekyll-theme-merida (jekyll-scholar), bhoggard/jekyll-bloggy and ounols/jekyll-blog (chirpy gem;
    # ounols' _data holds a Symbol), x2q/jekyll-blog (`exclude` a string), wetryio/jekyll-blog
    # (jekyll-paginate-content), kyleskrinak/jekyll-blog (minimal-mistakes gem, includes not vendored)
    # seventh batch (h/wild, 2026-12-03d): collections and defaults, _data-driven pages, languages, paginate-v2,
    # search indexes, feeds and sitemaps, unusual permalinks, big archives
    "pv2-01-typicalblog": {"config_sub": [GEMS], "drop_config": ["paginate", "paginate_path"]},  # `paginate: nil` (a string: paginate-v2 refuses both); sverrirs/jekyll-paginate-v2's examples/ folders, one site each
    "pv2-02-category": {"config_sub": [GEMS]},
    "pv2-03-tags": {"config_sub": [GEMS]},
    "pv2-04-jsonapi": {"config_sub": [GEMS]},
    "sjs-example": {"remove": ["_plugins"]},  # christian-fei/Simple-Jekyll-Search's example/: its filter is unused
    "collectionbuilder-csv": {"remove": ["_plugins"]},  # its page generator (Ruby): the item pages are absent on both sides
    "www.ruby-lang.org": {"remove": ["_plugins", "admin/translation-status"]},  # own Ruby filters/tag (news archives)
    "jekyllthemes": {"drop_config": ["markdown"]},  # rdiscount
    "jalammar.github.io": {"config_sub": [GEMS, (r"(style\s*): :expanded", r"\1: expanded")]},
    "lsp": {"drop_plugins": ["github-pages", "jemoji"]},  # microsoft/language-server-protocol
    "dap": {"drop_plugins": ["github-pages", "jemoji"]},  # microsoft/debug-adapter-protocol
    "18f-methods": {"drop_plugins": ["jemoji", "jekyll-liquify"], "remove": ["_plugins"]},  # jekyll_get asks the network
    "eng-practices": {"gems": "jekyll-theme-primer", "config_sub": [(r"\Z", "\nrepository: google/eng-practices\n")]},
    "rails-website": {"drop_plugins": ["jemoji"]},
    "jekflix-template": {"drop_plugins": ["jekyll-paginate-content"], "remove": ["_plugins"]},  # shuffle filter: random
    "openttd-website": {"remove": ["_plugins", "static/js/ua-parser.js"]},  # own filters (file sizes); a link into a submodule
    "Kiko-plus": {"config_sub": [GEMS, (r"(style\s*):\s*:compressed", r"\1: compressed")], "drop_plugins": ["jekyll-admin"]},
    "spinnaker.github.io": {"drop_plugins": ["jemoji", "premonition"]},  # premonition: not in Debian (callout blockquotes)
    # eighth batch (h/wild, 2026-12-03e): the site model (collections, `permalink: none`, archives, big blogs)
    "Yummy-Jekyll": {"config_sub": [GEMS, (r"\Z", "\ngithub:\n  public_repositories: []\n"),
                                    (r"enable_coderay: true", "enable_coderay: false")],  # coderay: not in Debian
                     "drop_plugins": ["jekyll-geo-pattern", "jekyll-github-metadata"]},  # geo-pattern: not in Debian, unused
    "colinch4.github.io": {"config_sub": [GEMS, (r"(style\s*):\s*:compressed", r"\1: compressed")], "drop_plugins": ["jekyll-admin"]},
    "azure-sdk": {"drop_plugins": ["jemoji"]},
    # GitHub Pages' jekyll-seo-tag, which the site's {% seo %} counts on
    "lsieun.github.io": {"config_sub": [(r"(?m)^plugins:\n", "plugins:\n  - jekyll-seo-tag\n")]},
    "jasper": {"remove": ["_plugins", "_site"]},  # its tag-page generators (Ruby): absent on both sides
    "houbb.github.io": {"remove": ["_plugins"]},  # its category-page generator (Ruby)
    "kbroman.github.io": {"remove": ["_plugins"]},  # a `debug` filter no page uses
    "jekyll-compress-html": {"root": "site"},
    "plumed-nest.github.io": {"gems": "jekyll-theme-cayman"},
    "jekyll-theme-console": {"drop_config": ["remote_theme"]},  # the theme itself
    "egor-tensin-jekyll-theme": {"drop_plugins": ["jekyll-tidy"]},  # not in Debian (reformats the HTML)
    "neo-hpstr-jekyll-theme": {"config_sub": [GEMS]},
    # its second `plugins:` (the one YAML keeps) loads jekyll-remote-theme, which the site does not use
    # the theme itself; jekyll-include-cache: its gemspec's dependency
    "minimal-jekyll-theme": {"config_sub": [(r"(?m)^theme\s*:.*\n", ""), (r"(?m)^plugins:\n", "plugins:\n  - jekyll-include-cache\n")]},
    "jekyll-theme-mint": {"gems": "jekyll-theme-minimal"},
    "logancyang-jekyll-blog": {"config_sub": [GEMS, (r"(style\s*):\s*:compressed", r"\1: compressed")], "remove": ["_site"]},
    "xoc-dk-jekyll-blog": {"config_sub": [GEMS]},
    "hepplerj-jekyll-blog": {"remove": ["_plugins"]},  # its tag-page generator (Ruby); its {% category_list %} is unused
    # not counted (eighth batch): gipyeong-lee.github.io (Sass math.div: dart-sass only), jh2ee.github.io (its
    # _data holds Symbols: Psych 4 refuses); Hugo/Astro/Docusaurus/Laika/Pelican now: todogroup.org, hawk90.github.io,
    # mailhyuil.github.io, typelevel.github.com, pyladies; own Ruby tags: jasmine.github.io, wicket-site, openwhisk-website, daffodil-site,
    # jekyll-theme-tufte, jekyll-theme-alta-docs, jekyll-theme-notiva, jekyll-theme-paperwiki, unidata-jekyll-theme,
    # jumbo-jekyll-theme, simplonline-ressources (a Ruby converter); jekyll-theme-profile ({% octicon %}), swedbank-pay-design-guide
    # (jekyll-contentblocks), woojin-old-jekyll-blog (jekyll-youtube, jekyll-time-to-read),
    # jekyll-theme-marketing (its second `plugins:`, the one YAML keeps, lacks the seo tag its layouts use), howdy-jekyll-theme,
    # chrisbo246's jekyll-theme-bootstrap (Sass from node_modules); jekyll-theme-conference and jekyll-theme-hydure (gems without a site);
    # houbb.github.io (7,400 files: Jekyll took more than 900 s)
    # not counted (seventh batch): drill-site (jekyll-polyglot), slsa (CommonMarkGhPages), struts-site (`source:` below
    # its config), storm-site (20,000 files of Javadoc), libgdx.github.io (minimal-mistakes remote theme), nshipster.com
    # (own Ruby plugins throughout), erlang-org (its pages link to generated documentation); Eleventy/Hugo/Astro now: 18f.gsa.gov, digital-canada-ca, expressjs.com,
    # momentjs.com, carpentries.org, rstacruz/cheatsheets, videojs.com, www.chartjs.org
    # ninth set (h/wild2, 2026-12-03e): gem themes (GitHub Pages' jekyll-theme-* and minima), their plugins, Sass;
    # GitHub Pages sites without a Gemfile get Pages' default plugins (PAGES_DEFAULTS) as a Pages build gives them;
    # a `remote_theme: pages-themes/X@v0.2.0` is the jekyll-theme-X 0.2.0 gem (--gems), jekyll/minima the minima gem
    "bitcoinops.github.io": {"remove": ["_plugins"]},  # own Ruby generators (anchors, recap references)
    "vega": {"root": "docs"},
    "jekyll-seo-tag": {"root": "docs", "gems": "jekyll-theme-primer"},
    "free-programming-books": {"gems": "jekyll-theme-minimal", "config_sub": [
        (r"(?m)^remote_theme: pages-themes/minimal@v0.2.0", "theme: jekyll-theme-minimal"),
        plugin_list(["jekyll-relative-links"] + [p for p in PAGES_DEFAULTS if p != "jekyll-relative-links"])]},
    "benchmark": {"root": "docs", "gems": "jekyll-theme-minimal", "add_plugins": PAGES_DEFAULTS},
    "jsonnet": {"root": "doc"},
    "open1560": {"root": "docs", "gems": "jekyll-theme-cayman", "add_plugins": PAGES_DEFAULTS},
    "pdn-avif": {"root": "docs", "gems": "jekyll-theme-slate", "add_plugins": PAGES_DEFAULTS},
    "bsb-lpb-lan-en": {"root": "docs", "gems": "jekyll-theme-cayman",
                       "config_sub": [plugin_list(["jekyll-seo-tag", "jekyll-sitemap"] + PAGES_DEFAULTS)]},
    "sensor-web-tutorial": {"config_sub": [GEMS], "drop_plugins": ["jekyll-coffeescript"]},
    "awesome-openapi3": {"root": "docs", "gems": "jekyll-theme-cayman"},
    "distrobox": {"root": "docs", "add_plugins": PAGES_DEFAULTS},
    "amberelec-website": {"root": "docs", "gems": "jekyll-theme-hacker", "drop_plugins": ["custom_filter"]},
    "javafx-boilerplate": {"root": "docs", "drop_plugins": ["jekyll-target-blank"]},
    "adst": {"root": "docs", "gems": "jekyll-theme-minimal", "add_plugins": PAGES_DEFAULTS},
    "0b11stan-blog": {"config_sub": [(r"(?m)^remote_theme: jekyll/minima", "theme: minima")],
                      "drop_plugins": ["jekyll-remote-theme"]},
    "0x4248-wiki": {"gems": "jekyll-theme-minimal", "config_sub": [
        (r"(?m)^remote_theme: pages-themes/minimal@v0.2.0", "theme: jekyll-theme-minimal"), plugin_list(PAGES_DEFAULTS)]},
    "ctf-writeups": {"gems": "jekyll-theme-hacker", "add_plugins": PAGES_DEFAULTS},
    "0stellensatz-cv": {"gems": "jekyll-theme-minimal"},
    "01rabbit.github.io": {"gems": "jekyll-theme-midnight"},
    "021tw.github.io": {"gems": "jekyll-theme-cayman", "add_plugins": PAGES_DEFAULTS},
    "0ca.github.io": {"gems": "jekyll-theme-cayman"},
    "0x646e78.github.io": {"config_sub": [(r"(?m)^remote_theme: jekyll/minima", "theme: minima")],
                           "drop_plugins": ["jekyll-remote-theme"]},
    "0xSMT.github.io": {"gems": "jekyll-theme-midnight"},
    "0wulf.github.io": {"gems": "jekyll-theme-hacker", "config_sub": [
        (r"(?m)^remote_theme: pages-themes/hacker@v0.2.0", "theme: jekyll-theme-hacker"), plugin_list(PAGES_DEFAULTS)]},
    "0xada4d.github.io": {"gems": "jekyll-theme-leap-day", "add_plugins": PAGES_DEFAULTS},
    "cadmu": {"root": "docs", "gems": "jekyll-theme-cayman", "drop_config": ["remote_theme"], "drop_plugins": ["jekyll-remote-theme"]},
    "bms-portfolio": {"root": "docs", "gems": "jekyll-theme-cayman", "add_plugins": PAGES_DEFAULTS},
    "arfp.github.io": {"root": "docs"},
    # tenth set (h/wild, 2026-12-03f): personal GitHub Pages sites and blogs
    "einverne.github.io": {"remove": ["_plugins"]},  # a `debug` filter (Ruby) no page uses
    "joshmaxsilverman.github.io": {"gems": "jekyll-theme-minimal", "remove": ["_plugins"]},  # its tag-page generator (Ruby)
    "idvorkin.github.io": {"remove": ["_plugins"]},  # its git-history data generator (Ruby): absent on both sides
    "asokolsky.github.io": {"gems": "jekyll-theme-hacker", "drop_plugins": ["jekyll-spaceship"]},  # not in Debian
    "bigdatalyn.github.io": {"gems": "jekyll-theme-slate"},
    "jasonjson.github.io": {"config_sub": [GEMS], "drop_plugins": ["jemoji"]},
    "mincong-h.github.io": {"drop_plugins": ["jekyll-environment-variables", "jemoji"]},  # neither in Debian
    "jeffhafer.github.io": {"config_sub": [GEMS, EXPANDED, (r"(?m)^\s*- jemoji .*\n", "")], "remove": ["_plugins"]},  # its search filters (Ruby); jemoji (commented line)
    "y0ungpine.github.com": {"drop_config": ["markdown"]},  # rdiscount (2015)
    "erkaiyublog.github.io": {"config_sub": [EXPANDED]},
    "mvysny.github.io": {"config_sub": [EXPANDED]},
    "star6973-blog.github.io": {"config_sub": [GEMS]},  # star6973/blog.github.io (Jekyll Metro, copied)
    "bitsmi-blog.github.io": {"drop_plugins": ["jekyll-asciidoc", "jemoji"]},  # its remote theme (jekyll-gitbook) absent on both sides
    # eleventh set (h/wild2, 2026-12-03f): project documentation, organisation and conference sites, theme demos
    # `remote_theme: pmarsceill/just-the-docs[@v0.3.3]` read as the just-the-docs 0.3.3 gem (--gems: its
    # v0.3.3 tag's _layouts, _includes, _sass and assets), the last release before it needed dart-sass
    "clusterfuzz": {"root": "docs", "gems": "just-the-docs", "config_sub": [JTD]},
    "learn.openapis.org": {"gems": "just-the-docs", "config_sub": [JTD], "drop_plugins": ["jekyll-remote-theme"]},
    "just-the-docs-template": {"gems": "just-the-docs"},
    "santa": {"root": "docs"},
    "zeppelin": {"root": "docs"},
    "calcite": {"root": "site", "remove": ["_plugins"]},  # its own Ruby tags (wrap_table)
    "livy-website": {"root": "site"},
    "reactivex.github.io": {"drop_config": ["markdown", "highlighter"], "remove": ["_plugins"]},  # redcarpet, pygments; own Ruby tags
    "bazel-website": {"config_sub": [GEMS]},
    "ruby-conferences.github.io": {"remove": ["_plugins"]},  # its own continent tag (Ruby)
    "documentation-website": {"gems": "just-the-docs", "config_sub": [JTD], "remove": ["_plugins"],
                              "drop_plugins": ["jekyll-remote-theme", "jekyll-spec-insert"]},
    # djangocon.us 2018/2019: plugins Debian lacks, none of whose tags the sites use
    "2018.djangocon.us": {"drop_plugins": ["jekyll-gist", "jekyll-mentions", "jekyll-remote-theme", "jemoji"]},
    "2019.djangocon.us": {"drop_plugins": ["jekyll-gist", "jekyll-mentions", "jekyll-remote-theme", "jemoji"]},
    "crail-website": {"root": "site", "drop_plugins": ["jekyll-gist"]},
    "samza": {"root": "docs"},
    "bahir-website": {"root": "site"},
    "edgent-website": {"root": "site", "drop_config": ["markdown"]},  # redcarpet
    "flagon": {"root": "site", "config_sub": [GEMS], "remove": ["_site"]},  # a committed _site
    # twelfth set (h/wild, 2026-12-03): academic home pages, research-group, course and workshop sites.
    # `remote_theme: just-the-docs/just-the-docs@v0.10.1` read as the just-the-docs 0.10.1 gem (--gems: its
    # v0.10.1 tag's _layouts, _includes, _sass and assets)
    "just-the-class": {"gems": "just-the-docs", "config_sub": [JTD10]},
    "make4all-just-the-class": {"gems": "just-the-docs", "config_sub": [JTD10]},
    # course sites on the jekyll-theme-slate gem (--gems); jekyll-email-protect and jemoji are not in Debian
    # (their encode_email filter is then left out on both sides, as Liquid does with an unknown filter)
    "mmml-course": {"gems": "jekyll-theme-slate", "drop_plugins": ["jekyll-email-protect", "jemoji"]},
    "CSE6243-fall2023": {"gems": "jekyll-theme-slate", "drop_plugins": ["jekyll-email-protect", "jemoji"]},
    "biostatws23": {"gems": "jekyll-theme-slate", "drop_plugins": ["jekyll-email-protect", "jemoji"]},
    "JimmyZou-academicpages": {"gems": "jekyll-theme-minimal"},  # its `theme:` beside academicpages' own layouts
    "seuml-ml-spring-2024": {"gems": "jekyll-theme-slate", "drop_plugins": ["jekyll-email-protect", "jemoji"]},
    # lab sites with a {% markdown %} tag of their own (Ruby) that no page uses
    "bonnenlab": {"remove": ["_plugins"]},
    "cornishgroup": {"remove": ["_plugins"]},
    # thirteenth set (h/wild2, 2026-12-03g): non-English, older and data-heavy sites
    "freakonometrics.github.io": {"gems": "jekyll-theme-minimal"},
    "lemonchann.github.io": {"config_sub": [EXPANDED]},
    "ruby-jp.github.io": {"gems": "jekyll-theme-cayman", "add_plugins": ["jekyll-seo-tag"]},
    "EkaterinaSava.github.io": {"config_sub": [EXPANDED]},
    "jekyll-cayman-theme-improved": {"config_sub": [(r"permalink: (:categories/:title/)", r"permalink: \"\1\"")]},  # a Symbol to Psych 4
    "fruits": {"drop_plugins": ["jekyll-datapage-generator"]},  # its per-row pages are not built; the lists are
    "idlesong.github.io": {"remove": ["public/css/main.scss"]},  # imports a Sass partial the repository lacks
    "klavierfreude-web": {"root": "src", "config_sub": [COMPRESSED]},
    # MrGreen theme (and the site on it): its Sass min() of a calc() stops libsass, so Jekyll stops
    "MrGreen-JekyllTheme": {"remove": ["assets/css/main.scss"]},
    "takaakiu.github.io": {"remove": ["assets/css/main.scss"]},
    # dart-sass modules (meta.function-exists, math.pow) stop libsass, so Jekyll stops
    "jekyll-theme-yat": {"drop_plugins": ["jekyll-spaceship"], "remove": ["assets/css/main.scss"]},
    "lazyjobseeker.github.io": {"config_sub": [(r"(?m)^(\s*)math_engine: katex\n", "")]},  # kramdown-math-katex
    "crystal-website": {"add_plugins": ["jekyll-seo-tag"], "remove": ["assets/stylesheet.scss"]},
    # fourteenth set (h/wild, 2026-12-03h): sites on copied popular themes
    "6chaoran.github.io": {"drop_plugins": ["jemoji"]},
    "blog.caiyongji.com": {"drop_plugins": ["jemoji"]},
    "melonicedlatte.github.io": {"drop_plugins": ["jemoji"]},
    "kraymer.github.com": {"gems": "jekyll-theme-cayman", "drop_plugins": ["jemoji"]},
    "BrendanLeber.github.io": {"config_sub": [EXPANDED]},
    "b10g": {"config_sub": [COMPRESSED]},
    "jss367.github.io": {"remove": ["assets/css/main.scss"]},  # imports a Sass partial the repository lacks
    # klise copies: jekyll-postfiles has no Debian package
    "daveabrock.github.io": {"drop_plugins": ["jekyll-postfiles"]},
    "brianpeiris.github.io": {"drop_plugins": ["jekyll-postfiles"]},
    "colindougl.as": {"drop_plugins": ["jekyll-postfiles"]},
    # ruby-jp.github.io: the jekyll-theme-cayman 0.2.0 gem laid out in --gems from pages-themes/cayman's v0.2.0 tag
    # not counted (thirteenth set): lineage_wiki (its own Ruby filters), beta.gouv.fr (Jekyll took more than
    # 900 s; without its _plugins its {% render_community_stats %} tag stops the build), yarnpkg's website, crystal-website, Jekyll-Podcast-Feed, flipside.org, ruby-conferences (own Ruby
    # tags and filters), government.github.com (jekyll-avatar), chunyang-wen.github.io (jekyll-theme-chirpy gem),
    # tt-schiri (layouts its build script makes), jekyll-incorporated (jekyll-assets tags), unai-fa.github.io
    # (al-folio's plugins); no longer Jekyll: jamstatic-fr, conf-boilerplate, nocturnidades, opentechschool
    # not counted (eleventh set): oss-fuzz (its Sass and just-the-docs 0.3.3 disagree), documentation-website (Jekyll
    # took more than 900 s), just-the-docs-tests (links to pages the Gemfile.lock include needs), ruby-conferences,
    # reactivex.github.io, accumulo-website, nlpcraft-website (own Ruby tags), personal-website ({% octicon %}),
    # 18F accessibility, guides-template and open-source-guide (18F gem themes), lodash.com ({% base64 %}),
    # json-schema-org.github.io (a link to a missing file), ratchet (`source: docs` beside its config)
    # not counted (ninth set): pages-themes/primer ({% github_edit_link %}), bitcoinops.github.io (its own {% auto_anchor %} tag), 0b11stan/blog and 0x646e78.github.io
    # (jekyll/minima's master: minima/skins/*), 0000040.github.io (`@import "{{ site.theme }}"` with no theme: Jekyll
    # stops), fastpages ({% twitter %}, {% octicon %}), government.github.com ({% octicon %}), portfolYOU and techtips
    # (remote themes), jekyll-theme-chirpy sites (0h-n0/blog, 0x3n0/writeups, 00pow), 000407.github.io (jekyll-spaceship);
    # no longer Jekyll: neovim.github.io (Hugo), sinon's docs, qunitjs.com (jekyll-theme-amethyst gem), gvisor
    # (jekyll-inline-svg); too big for a snapshot: minimal-mistakes, so-simple-theme, academicpages, jekyll-now,
    # beautiful-jekyll, jekyll-theme-chirpy, pytorch.github.io
    # fifteenth set (h/wild2, 2026-12-03h): Liquid-heavy sites (search indexes, hand-written feeds, ICS, paginate-v2)
    "BioData-Club.github.io": {"drop_plugins": ["jemoji"]},  # jemoji is not installed here
    "duaneking.github.io": {"gems": "jekyll-theme-hacker"},
    "adgefficiency.github.io": {"drop_plugins": ["jemoji"]},  # jemoji is not installed here
    # not counted (fifteenth set): bga-style-guide (imports the bootstrap gem's Sass), tethix-website (dart-sass
    # math.div: Jekyll stops), azurecommunitypl.github.io (its own {% youtube %} tag),
    # edricchan03.github.io (site.github.public_repositories: github-metadata offline stops Jekyll), AtlassianPS.github.io
    # (Sass "Incompatible units": Jekyll stops), RespTechWork-website (jekyll-menus, its own filters), bramvandenbussche/books
    # ({% responsive_image %}), alessiomorale.github.io (dart-sass math.div: Jekyll stops)
    # sixteenth set (h/wild16, 2026-12-04): code-heavy technical blogs
    "aturon.github.io": {"drop_config": ["theme", "plugins"], "add_plugins": ["jekyll-seo-tag"],  # no github-pages gem
                         "remove": ["assets/css/style.scss"]},  # imports the midnight theme's Sass
    "RamblingCookieMonster.github.io": {"config_sub": [GEMS]},
    # jemoji is not installed here; {% gist %} counts on GitHub Pages' jekyll-gist
    "insideclojure.github.io": {"config_sub": [COMPRESSED, GEMS, (r"(?m)^  - jemoji.*$", "  - jekyll-gist")]},
    "Haroenv-blog": {"config_sub": [(r"(?m)^permalink: :title$", 'permalink: ":title"')]},  # a Symbol for Psych 4
    "parsonsmatt.github.io": {"config_sub": [(r"(style:\s*):compressed", r"\1compressed")]},
    "christopherhimes.github.io": {"drop_plugins": ["jekyll_reading_time"], "remove": ["_plugins", "_site"]},
    "NightOwlCoder.github.io": {"gems": "jekyll-theme-hacker"},
    # seventeenth set (h/wild17, 2026-12-04): Sass-heavy sites (Bootstrap/Foundation/Bulma/Bourbon in _sass, .sass)
    "dev.cityofchicago.org": {"remove": ["_plugins"]},  # its .js.bundle converter (Ruby)
    "site-eig": {"remove": ["_plugins"]},  # the same converter
    "jekyll-for-documentation": {"remove": ["_plugins"], "add_plugins": ["jekyll-gist"]},  # a file_date filter (File.mtime)
    # filters no page uses; a tweet tag (Twitter's oEmbed API) in one post
    "danhough.com": {"remove": ["_plugins", "_posts/2013-11-27-opportunities.markdown"]},
    "OpenMapKitWebsite": {"remove": ["_plugins"], "config_sub": [(r"(?m)^gems:.*$", 'plugins: ["jekyll-paginate"]')]},
    "benburwell.github.io": {"config_sub": [COMPRESSED]},
    # its _sass is in the repository; its posts use {% gist %}
    "openfaas.github.io": {"drop_config": ["remote_theme"], "config_sub": [(r"(?m)^  - jekyll-remote-theme$", "  - jekyll-gist")]},
    # no {% octicon %} in its pages; `sourcemap: true` stops jekyll-sass-converter 2.2 (true.to_sym)
    "JamieRobertson.github.io": {"drop_plugins": ["jekyll-octicons"], "config_sub": [(r"(?m)^\s*sourcemap: true\n", "")]},
    "marksheet": {"config_sub": [(r"(?m)^permalink: :title\.html$", 'permalink: ":title.html"')]},  # a Symbol for Psych 4
    "aspectran.github.io": {"add_plugins": ["jekyll-paginate"]},  # paginate: 20 under the github-pages gem
    # jekyll-minifier is not in Debian (the file's last line, CRLF, no final newline)
    "ayushsharma.in": {"config_sub": [COMPRESSED, (r"(?m)^plugins:\r?\n  - jekyll-minifier\s*$", "plugins: []")]},
    "discoursecn": {"config_sub": [COMPRESSED]},
    "web-2017": {"remove": ["_plugins"]},  # its redirect-page generator (Ruby)
    "FSharp-Today": {"remove": ["_plugins"]},  # the .js.bundle converter (Ruby)
    # {% seo %} in its head, which GitHub Pages' jekyll-seo-tag provides
    "bootstrap-4-github-pages": {"config_sub": [plugin_list(["jekyll-feed", "jekyll-sitemap", "jekyll-seo-tag"])]},
    # eighteenth set (h/wild18, 2026-12-04): GitHub Pages' plugins on project docs and README-driven repositories
    # MichaelCurrin's fractal theme gem (its gemspec pulls in feed, sitemap, seo-tag, optional-front-matter,
    # titles-from-headings), laid out in --gems from MichaelCurrin/fractal
    "code-cookbook": {"gems": "fractal"},
    "dev-cheatsheets": {"gems": "fractal"},
    "dev-resources": {"gems": "fractal"},
    # GitHub Pages sites: their own plugins and Pages' defaults in one list
    "coding-blog": {"gems": "jekyll-theme-midnight",
                    "config_sub": [plugin_list(["jekyll-feed", "jekyll-sitemap"] + PAGES_DEFAULTS)]},
    "themeless-jekyll-quickstart": {"config_sub": [plugin_list(["jekyll-sitemap", "jekyll-feed", "jekyll-seo-tag"] + PAGES_DEFAULTS)]},
    "jekyll-actions-quickstart": {"root": "sample_site", "add_plugins": ["jekyll-feed", "jekyll-seo-tag"]},
    "playbook": {"add_plugins": PAGES_DEFAULTS},
    # README-driven repositories without a _config.yml: GitHub Pages builds them with primer and its default plugins
    "thoughtbot-guides": pages_without_config("thoughtbot/guides"),
    "cfpb-development": pages_without_config("cfpb/development"),
    "balanced-employee-ip-agreement": pages_without_config("github/balanced-employee-ip-agreement"),
    "coding-interview-university": pages_without_config("jwasham/coding-interview-university"),
    "styleguide": pages_without_config("google/styleguide"),
    "emoji-resources": pages_without_config("MichaelCurrin/emoji-resources"),
    "you-dont-know-js": pages_without_config("getify/You-Dont-Know-JS"),
    "nodebestpractices": pages_without_config("goldbergyoni/nodebestpractices"),
    "airbnb-javascript": pages_without_config("airbnb/javascript"),
    "front-end-interview-questions": pages_without_config("h5bp/Front-end-Developer-Interview-Questions"),
    "jekyll-theme-quickstart": pages_without_config("MichaelCurrin/jekyll-theme-quickstart"),
    "open-source-policy": pages_without_config("18F/open-source-policy"),
    "the-art-of-command-line": pages_without_config("jlevy/the-art-of-command-line"),
    "system-design-primer": pages_without_config("donnemartin/system-design-primer"),
    # a wiki as a Jekyll site (wiki/ pages, blog, search): plugins Debian lacks, used by no template
    "git-wiki-theme": {"drop_plugins": ["jekyll-avatar", "jekyll-coffeescript", "jekyll-remote-theme", "jemoji"]},
    "startup-handbook": {"gems": "just-the-docs", "config_sub": [JTD, plugin_list(["jekyll-feed"] + PAGES_DEFAULTS)]},
    # jekyll-algolia: its indexing command only; css/main.scss imports bulma from node_modules (npm)
    "meltano-handbook": {"drop_plugins": ["jekyll-algolia"], "remove": ["css/main.scss"]},
    "oss-fuzz": {"root": "docs", "gems": "just-the-docs", "config_sub": [JTD], "add_plugins": PAGES_DEFAULTS},
    # nineteenth set: the checkout is the clean-blog theme itself; hokix's `theme:` is the cayman gem
    "izumix77": {"drop_config": ["theme"]},
    "hokix": {"gems": "jekyll-theme-cayman"},
    "hyejunl33": {"drop_plugins": ["jemoji"]},  # no :emoji: in its Markdown
    "eltonsantos": {"drop_plugins": ["jemoji"]},  # the same
    "bitdevs": {"config_sub": [COMPRESSED]},
    # jemoji: one :rocket: left as text on both sides; minima from a 2023 commit of its master (Debian's 2.5.1 here)
    # and kramdown's coderay highlighter (a gem Debian lacks) swapped for rouge
    "surajms": {"drop_plugins": ["jemoji"], "config_sub": [(r"syntax_highlighter: coderay", "syntax_highlighter: rouge")]},
}


def edit_config(src, adjust):
    path = os.path.join(src, "_config.yml")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    elif adjust.get("new_config"):  # written from nothing ("new_config": the checkout has none)
        text = ""
    else:
        return
    for old, new in adjust.get("config_sub", []):
        text = re.sub(old, new, text)
    for key in adjust.get("drop_config", []):
        text = re.sub(r"(?m)^%s:.*\n?" % re.escape(key), "", text)
    for plugin in adjust.get("drop_plugins", []):
        text = re.sub(r"(?m)^\s*-\s*([\"']?)%s\1\s*\n" % re.escape(plugin), "", text)
        text = re.sub(r"(?m)^((?:plugins|gems):\s*\[.*)\b%s\b,?\s*" % re.escape(plugin), r"\1", text)
    text = re.sub(r"(?m)^(plugins:)[ \t]*\n(?![ \t]*-)", r"\1 []\n", text)  # emptied list
    added = adjust.get("add_plugins", [])
    if added:
        if not text.endswith("\n"):
            text += "\n"
        text += "plugins:\n" + "".join("  - %s\n" % p for p in added)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def prepare(checkout, adjust):
    src = os.path.join(SCRATCH, "src")
    shutil.rmtree(SCRATCH, ignore_errors=True)
    os.makedirs(SCRATCH)
    shutil.copytree(os.path.join(checkout, adjust.get("root", ".")), src, symlinks=True)
    for name in ["Gemfile", "Gemfile.lock"] + adjust.get("remove", []):
        target = os.path.join(src, name)
        if os.path.isdir(target) and not os.path.islink(target):
            shutil.rmtree(target)
        elif os.path.lexists(target):
            os.remove(target)
    edit_config(src, adjust)
    for dirpath, dirnames, filenames in os.walk(src):
        for name in dirnames + filenames:
            os.utime(os.path.join(dirpath, name), (SRC_MTIME, SRC_MTIME), follow_symlinks=False)
    os.utime(src, (SRC_MTIME, SRC_MTIME))
    return src


def clean_env(gems=None):
    env = {k: v for k, v in os.environ.items() if k != "JEKYLL_ENV" and not k.startswith(("PAGES_", "JEKYLL_"))}
    env.update(TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", NO_NETRC="1")
    if gems:
        default = subprocess.run(["ruby", "-e", 'print Gem.path.join(":")'], capture_output=True, text=True).stdout
        env["GEM_PATH"] = os.path.abspath(gems) + ":" + default
    return env


def build(cmd, src, out, env, log):
    shutil.rmtree(out, ignore_errors=True)
    # its own session: on a timeout the whole group goes (faketime leaves Ruby running otherwise)
    proc = subprocess.Popen(cmd + ["build", "-s", src, "-d", out], cwd=src, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = proc.communicate(timeout=900)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        raise
    with open(log, "w", encoding="utf-8") as fh:
        fh.write(stdout + stderr)
    os.makedirs(out, exist_ok=True)
    return proc.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", default="/tmp/wild/sites")
    ap.add_argument("--work", default="/tmp/wild")
    ap.add_argument("--jekyllpp", default=os.path.join(HERE, "..", "build", "engine", "jekyllpp"))
    ap.add_argument("--gems", help="gem folder put first on GEM_PATH (theme gems Debian lacks)")
    ap.add_argument("--rebuild-oracle", action="store_true")
    ap.add_argument("-v", action="store_true", help="show compare.py's report for sites with differences")
    ap.add_argument("site", nargs="*")
    args = ap.parse_args()
    jekyllpp = os.path.abspath(args.jekyllpp)
    names = args.site or sorted(d for d in os.listdir(args.sites) if os.path.isdir(os.path.join(args.sites, d)))
    total_same = total_files = 0
    for name in names:
        adjust = ADJUST.get(name, {})
        if adjust.get("gems") and not args.gems:
            print(f"{name}: needs --gems (its theme gem: {adjust['gems']})")
            continue
        gems = args.gems if adjust.get("gems") else None
        expected = os.path.join(args.work, "expected", name)
        actual = os.path.join(args.work, "actual", name)
        logs = os.path.join(args.work, "logs")
        os.makedirs(logs, exist_ok=True)
        if args.rebuild_oracle or not os.path.isdir(expected):
            src = prepare(os.path.join(args.sites, name), adjust)
            try:
                code = build(["faketime", "-f", "2026-01-01 12:00:00", "jekyll"], src, os.path.join(SCRATCH, "site"),
                             clean_env(gems), os.path.join(logs, name + ".jekyll.log"))
            except subprocess.TimeoutExpired:  # not counted; the other sites go on
                print(f"{name}: jekyll took more than 900 s")
                continue
            if code != 0:
                print(f"{name}: jekyll failed (see {logs}/{name}.jekyll.log)")
                continue
            shutil.rmtree(expected, ignore_errors=True)
            shutil.copytree(os.path.join(SCRATCH, "site"), expected, symlinks=True)
        src = prepare(os.path.join(args.sites, name), adjust)
        env = clean_env(gems)
        env["SOURCE_DATE_EPOCH"] = str(SRC_MTIME)
        code = build([jekyllpp], src, os.path.join(SCRATCH, "site"), env, os.path.join(logs, name + ".jekyllpp.log"))
        shutil.rmtree(actual, ignore_errors=True)
        shutil.copytree(os.path.join(SCRATCH, "site"), actual, symlinks=True)
        report = subprocess.run([sys.executable, COMPARE, expected, actual, "--json"], capture_output=True, text=True)
        counts = json.loads(report.stdout)
        same, files = counts["counts"]["identical"], counts["expected_files"]
        total_same += same
        total_files += files
        c = counts["counts"]
        print(f"{name}: identical {same}/{files}, normalised {c['normalised']}, different {c.get('different', 0)}, "
              f"missing {c['missing']}, extra {c['extra']}, exit {code}")
        if args.v and same != files:
            print(subprocess.run([sys.executable, COMPARE, expected, actual], capture_output=True, text=True).stdout)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print(f"total: identical {total_same}/{total_files}")


if __name__ == "__main__":
    main()
