#!/usr/bin/env python3
"""gen_site.py MEMBERS STARTUPS OUT: a seeded synthetic site shaped like beta.gouv.fr.

Collections of members (authors), products (startups) and organisations, `_data` lists and
menu pages, where every page's layout and includes look the others up with `find`, `find_exp`,
`where` and `where_exp` (on computed properties such as a document's `id` and a page's `path`)
inside `for` loops over the same collections: each product page lists its team, each member
card looks its products up among all products, and the community page shows every member's
card. The work grows as members x products.
"""
import os
import random
import sys

WORDS = ("service public numerique agent usager donnees etat administration plateforme equipe "
         "produit impact mesure incubateur mission citoyen simplifier accompagner ouvrir "
         "formulaire demarche aide territoire emploi sante ecologie justice").split()
PHASES = ["investigation", "construction", "acceleration", "transfert", "alumni"]
DOMAINS = ["Developpement", "Design", "Coaching", "Deploiement", "Produit", "Data"]
MENU = ["approche", "manifeste", "incubateurs", "realisations", "eig", "communaute-info", "rejoindre"]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def content(out, members, startups, rng):
    incubators = [f"incub{i:02d}" for i in range(30)]
    organisations = [f"org{i:03d}" for i in range(max(10, startups // 4))]
    write(f"{out}/_data/incubators.yml", "".join(
        f"- id: /incubateurs/{key}\n  title: Incubateur {words(rng, 2)}\n  owner: /organisations/"
        f"{rng.choice(organisations)}\n" for key in incubators))
    write(f"{out}/_data/menu.yml", "nav:\n" + "".join(
        f"  - label: {name.capitalize()}\n    target: pages/{name}.md\n" for name in MENU))
    for name in MENU:
        write(f"{out}/pages/{name}.md", f"---\nlayout: default\ntitle: {name}\n---\n{words(rng, 30)}\n")
    for org in organisations:
        write(f"{out}/_organisations/{org}.md",
              f"---\nname: Organisation {words(rng, 3)}\nacronym: {org.upper()}\n---\n")
    sids = [f"s{i:04d}" for i in range(startups)]
    for sid in sids:
        phases = "".join(f"  - name: {p}\n    start: 20{18 + k}-0{1 + k}-15\n"
                         for k, p in enumerate(PHASES[:rng.randint(1, 5)]))
        sponsors = "".join(f"  - /organisations/{o}\n" for o in rng.sample(organisations, rng.randint(1, 2)))
        write(f"{out}/_startups/{sid}.md", f"""---
title: Startup {sid} {words(rng, 2)}
key: {sid}
mission: {words(rng, 12)}
incubator: {rng.choice(incubators)}
phase: {rng.choice(PHASES)}
stats: {str(rng.random() < 0.5).lower()}
sponsors:
{sponsors}phases:
{phases}---
## Le probleme

{words(rng, 60)}

## La solution

{words(rng, 60)}
""")
    for i in range(members):
        mine = rng.sample(sids, rng.randint(1, 3))
        missions = "".join(
            f"  - start: 20{19 + k}-02-01\n    end: 20{20 + k}-02-01\n    status: "
            f"{rng.choice(['independent', 'admin', 'service'])}\n    startups: [{s}]\n"
            for k, s in enumerate(mine))
        previously = ", ".join(rng.sample(sids, rng.randint(0, 2)))
        write(f"{out}/_authors/m{i:04d}.md", f"""---
fullname: Membre {i} {rng.choice(WORDS).capitalize()}
key: m{i:04d}
role: {rng.choice(DOMAINS)} {words(rng, 1)}
domaine: {rng.choice(DOMAINS)}
startups: [{", ".join(mine)}]
previously: [{previously}]
missions:
{missions}---
{words(rng, 40)}
""")


CONFIG = """title: Synthetic beta
baseurl: ""
url: "https://example.org"
collections:
  authors:
    output: true
    permalink: /people/:name/
  startups:
    output: true
    permalink: /startups/:name/
  organisations:
defaults:
  - scope: {type: authors}
    values: {layout: author}
  - scope: {type: startups}
    values: {layout: startup}
"""

TEMPLATES = {
    # every page: the menu finds its targets among site.pages by path
    "_includes/header.html": """<header><a href="{{ '/' | relative_url }}">{{ site.title }}</a>
{%- assign active = site.startups | where_exp: "s", "s.phase != 'alumni'" -%}
{%- assign alumni = site.startups | where: "phase", "alumni" -%}
<span>{{ active.size }} produits actifs, {{ alumni.size }} alumni, {{ site.authors.size }} membres</span>
<nav>{% for item in site.data.menu.nav %}
{%- assign target = site.pages | where: "path", item.target | first -%}
<a href="{{ target.url }}"{% if page.url contains target.url %} aria-current="page"{% endif %}>{{ item.label }}</a>
{%- endfor %}</nav>
</header>
""",
    # a member's card looks each of its products up by id among all products
    "_includes/card-community.html": """{%- assign author = include.author -%}
{%- assign empty_array = "" | split: "," -%}
{%- assign startups = empty_array -%}
{%- for mission in author.missions -%}{%- for startup in mission.startups -%}
{%- assign startups = startups | push: startup -%}{%- endfor -%}{%- endfor -%}
<div class="card"><h3><a href="{{ author.url | relative_url }}">{{ author.fullname }}</a></h3>
{%- if author.role != nil %}<p>{{ author.role }}</p>{% endif -%}
{%- assign previously = author.previously | default: empty_array -%}
{%- assign all_startups = startups | concat: previously | compact | uniq -%}
<ul>{%- for startup in all_startups limit: 4 -%}
{%- assign startup_id = "/startups/" | append: startup -%}
{%- assign this_startup = site.startups | find: "id", startup_id -%}
{%- if this_startup %}<li><a href="{{ this_startup.url }}">{{ this_startup.title }}</a></li>{% endif -%}
{%- endfor %}</ul></div>
""",
    "_includes/grid-authors.html": """{%- assign members = site.authors | where_exp: "a", "a.startups contains include.startup.key" -%}
<div class="team">{% for member in members %}{% include card-community.html author=member %}{% endfor %}</div>
{%- assign alumni = site.authors | where: "previously", include.startup.key -%}
<div class="alumni">{% for member in alumni %}{% include card-community.html author=member %}{% endfor %}</div>
""",
    "_includes/footer.html": """<footer>
{%- assign by_domain = site.authors | group_by: "domaine" -%}
{%- for g in by_domain %} {{ g.name }}: {{ g.size }}{% endfor %}
{%- assign recent = site.startups | where: "stats", true | sort: "title" | reverse -%}
{%- for s in recent limit: 5 %} <a href="{{ s.url | relative_url }}">{{ s.title }}</a>{% endfor %}
</footer>
""",
    "_layouts/default.html": """<!DOCTYPE html>
<html><head><title>{{ page.title | default: page.fullname }} | {{ site.title }}</title></head>
<body>{% include header.html %}
<main>{{ content }}</main>
{% include footer.html %}</body></html>
""",
    "_layouts/startup.html": """---
layout: default
---
{%- assign startup = site.startups | find: "id", page.id %}
<h1>{{ startup.title }}</h1>
{%- capture incubator_id %}/incubateurs/{{ page.incubator }}{% endcapture %}
{%- assign incubator = site.data.incubators | where: "id", incubator_id | first %}
{%- assign owner = site.organisations | find: "id", incubator.owner %}
<p>{{ page.mission }} — {{ incubator.title }} ({{ owner.acronym }})</p>
<p>{%- for sponsor_id in page.sponsors -%}
{%- assign sponsor = site.organisations | where: "id", sponsor_id | first -%}
{%- if forloop.index > 1 %}, {% endif %}{{ sponsor.name }}
{%- endfor %}</p>
{%- assign coach = site.authors | find_exp: "a", "a.domaine == 'Coaching' and a.startups contains page.key" %}
{%- if coach %}<p>Coach: {{ coach.fullname }}</p>{% endif %}
{%- assign siblings = site.startups | where: "incubator", page.incubator | where_exp: "s", "s.key != page.key" %}
<ul>{% for s in siblings %}<li>{{ s.title }} ({{ s.phases.last.name }})</li>{% endfor %}</ul>
{{ content }}
{% include grid-authors.html startup=page %}
""",
    "_layouts/author.html": """---
layout: default
---
<h1>{{ page.fullname }}</h1>
<ul>{%- for mission in page.missions %}
{%- assign s = site.startups | find_exp: "s", "s.key == mission.startups[0]" %}
<li>{{ mission.start }} – {{ mission.end }}: {{ s.title }}
{%- assign mates = site.authors | where_exp: "a", "a.startups contains s.key" | where_exp: "a", "a.key != page.key" %}
 ({{ mates | map: "fullname" | join: ", " }})</li>
{%- endfor %}</ul>
{{ content }}
""",
    "startups.html": """---
layout: default
title: Produits
---
<ul>{% for s in site.startups %}
{%- assign team = site.authors | where_exp: "a", "a.startups contains s.key" %}
{%- assign incubator_id = "/incubateurs/" | append: s.incubator %}
<li><a href="{{ s.url | relative_url }}">{{ s.title }}</a>: {{ team.size }} membres, {{ site.data.incubators | find: "id", incubator_id | map: "title" }}</li>
{%- endfor %}</ul>
""",
    "communaute.html": """---
layout: default
title: Communaute
---
<div>{% for member in site.authors %}{% include card-community.html author=member %}{% endfor %}</div>
""",
}


def main():
    members, startups, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(8)
    write(f"{out}/_config.yml", CONFIG)
    for name, text in TEMPLATES.items():
        write(f"{out}/{name}", text)
    content(out, members, startups, rng)


if __name__ == "__main__":
    main()
