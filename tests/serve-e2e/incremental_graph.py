#!/usr/bin/env python3
"""`serve -I` renders what a change affects and nothing else, and the result is the full
build's. For each change to the fixture (a post's body, title, date or permalink; a post added
or deleted; a layout, an include, an include_relative file, a data file; a page added or
deleted; two pages, or a page and a post, writing one path; a Sass partial; a static file; a
post added in a new folder, renamed, its folder deleted; a post added and deleted at once;
_config.yml) it checks:
  * _site equals a fresh `jekyllpp build` of the changed source;
  * the files the change must reach were rendered again (`--verbose` logs "Rendered: URL"
    for each), and files it cannot reach were not (so the test fails both when the graph
    misses a dependency and when it degenerates into full rebuilds).
Usage: incremental_graph.py JEKYLLPP [extra serve flags, e.g. --force_polling]"""
import os, re, shutil, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from watch_consistency import Server, Source, differences, finish  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
POST = "---\nlayout: post\ntitle: %s\n%s---\n%s\n"
A, B, C, D, E = ("/2024/%02d/01/%s.html" % (i + 1, n) for i, n in
                 enumerate(["alpha", "bravo", "charlie", "delta", "echo"]))
HOME, PAGE2, PAGE3, ARCHIVE = "/", "/page2/", "/page3/", "/archive.html"
TEAM, LINKS, ALONE, NOTES, NEW = "/team.html", "/links.html", "/standalone.html", "/notes/notes.html", "/new.html"
FEED, STYLE = "/feed.xml", "/assets/style.css"
B2 = "/2024/03/15/bravo.html"  # Bravo's URL once its date moves
F, G = "/2024/06/01/foxtrot.html", "/2024/06/02/golf.html"
PAGES = {TEAM, LINKS, ALONE, NOTES}  # pages that list no posts
TWIN, TWIN_URL = "---\nlayout: plain\npermalink: /twin.html\n---\nTwin %s.\n", "/twin.html"


def steps(write, remove, rename, polling):
   """(name, change, must render, must not render); None for "every file"."""
   return [
      # The feed reads Bravo's content, the pager its excerpt; its neighbours and the archive
      # read only its title, URL and date.
      ("edit a post's body", lambda: write("_posts/2024-02-01-bravo.md", POST % ("Bravo", "", "New body.")),
       {B, FEED, PAGE2}, {A, C, D, ARCHIVE, HOME, TEAM, LINKS, ALONE, NOTES}),
      # Charlie's excerpt names its previous post, so the home page (which shows that excerpt)
      # and Delta (which shows Charlie's content) render again once Charlie's rendering has
      # changed. Delta's own excerpt reads Charlie's content too, unrendered as in a full build.
      ("edit a post's title", lambda: write("_posts/2024-02-01-bravo.md", POST % ("Bravo!", "", "New body.")),
       {B, A, C, D, ARCHIVE, PAGE2, FEED, HOME}, {TEAM, LINKS, ALONE, NOTES}),
      # A date in front matter moves Bravo after Charlie: the order of site.posts changes.
      ("move a post by its date", lambda: write("_posts/2024-02-01-bravo.md",
                                                POST % ("Bravo!", "date: 2024-03-15\n", "New body.")),
       {A, B2, C, D, ARCHIVE, HOME, PAGE2, FEED}, {TEAM, LINKS, ALONE, NOTES}),
      ("add a post", lambda: write("_posts/2024-05-01-echo.md", POST % ("Echo", "", "The Echo body.")),
       {E, D, ARCHIVE, HOME, PAGE2, PAGE3, FEED}, {A, TEAM, LINKS, ALONE, NOTES}),
      ("delete a post", lambda: remove("_posts/2024-01-01-alpha.md"),
       {C, ARCHIVE, HOME, PAGE2, FEED}, {D, E, TEAM, LINKS, ALONE, NOTES}),
      ("move a post by its permalink", lambda: write("_posts/2024-03-01-charlie.md",
                                                     POST % ("Charlie", "permalink: /moved/\n", "The Charlie body.")),
       {"/moved/", B2, ARCHIVE}, {E, TEAM, LINKS, ALONE, NOTES}),
      # A layout makes a post's output, not its content, which is what the feed reads.
      ("edit a layout", lambda: write("_layouts/post.html", "---\nlayout: default\n---\n<main>{{ content }}"
                                      "{{ page.next.title }}</main>\n"),
       {"/moved/", B2, D, E}, {HOME, PAGE2, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("edit an include", lambda: write("_includes/head.html", "<head><title>{{ page.title }}</title></head>\n"),
       {"/moved/", B2, D, E, HOME, PAGE2, ARCHIVE, TEAM}, {LINKS, ALONE, NOTES}),
      ("edit an include used once", lambda: write("_includes/people.html",
                                                  "{% for p in site.data.people %}{{ p.name }};{% endfor %}\n"),
       {TEAM}, {"/moved/", B2, HOME, ARCHIVE, LINKS, ALONE, NOTES, FEED}),
      ("edit an include_relative file", lambda: write("notes/snippet.txt", "An *edited* snippet.\n"),
       {NOTES}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, FEED}),
      ("edit a data file", lambda: write("_data/links.yml", "- https://example.org/one\n- https://example.org/two\n"),
       {LINKS, TEAM}, {"/moved/", B2, HOME, ARCHIVE, ALONE, NOTES, FEED}),
      ("add a data file", lambda: write("_data/extra.yml", "- one\n"),
       {LINKS, TEAM}, {"/moved/", B2, HOME, ARCHIVE, ALONE, NOTES, FEED}),
      ("edit a layout used by pages", lambda: write("_layouts/plain.html", "<section>{{ content }}</section>\n"),
       {LINKS, ALONE, NOTES}, {"/moved/", B2, HOME, ARCHIVE, TEAM, FEED}),
      ("add a page", lambda: write("new.md", "---\nlayout: plain\n---\nNew *page*.\n"),
       {NEW}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("delete a page", lambda: remove("new.md"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      # Two files writing one path: Jekyll warns and the last it writes wins (pages before
      # documents, in Site order); whichever is edited or deleted, _site keeps that winner.
      ("add two pages with one URL", lambda: (write("twin-a.md", TWIN % "A"), write("twin-b.md", TWIN % "B")),
       {TWIN_URL}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("edit the page that loses", lambda: write("twin-a.md", TWIN % "A, edited"),
       {TWIN_URL}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("delete the page that wins", lambda: remove("twin-b.md"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("add a page on a post's URL", lambda: write("clash.md", "---\npermalink: %s\n---\nA page.\n" % D),
       {D}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("edit the page the post beats", lambda: write("clash.md", "---\npermalink: %s\n---\nEdited.\n" % D),
       {D}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("delete the page the post beat", lambda: remove("clash.md"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      # A comment changes no CSS but the source map, which embeds the partial's text.
      ("edit a Sass partial", lambda: write("_sass/_colors.scss", "$ink: #333;\n// the ink\n"),
       {STYLE}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      # Static files are copied, not rendered; nothing here lists site.static_files.
      ("add a static file", lambda: write("assets/note.txt", "one\n"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("edit a static file", lambda: write("assets/note.txt", "two, longer\n"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      ("delete a static file", lambda: remove("assets/note.txt"),
       set(), {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, ALONE, NOTES, FEED}),
      # The posts folder's listing is kept between rebuilds: a post that comes, goes or is
      # renamed in a folder it did not list before must still be seen.
      ("add a post in a new folder", lambda: write("_posts/2024/2024-06-01-foxtrot.md",
                                                   POST % ("Foxtrot", "", "The Foxtrot body.")),
       {F, ARCHIVE, HOME, FEED}, PAGES),
      ("rename a post", lambda: rename("_posts/2024/2024-06-01-foxtrot.md", "_posts/2024/2024-06-02-golf.md"),
       {G, ARCHIVE, HOME, FEED}, PAGES),
      ("delete a folder of posts", lambda: remove("_posts/2024"), {ARCHIVE, HOME, FEED}, PAGES),
   ] + ([] if polling else [
      # Within one burst of the watcher: nothing changes in the end (polling never sees it).
      ("add and delete a post at once", lambda: (write("_posts/2024-07-01-hotel.md", POST % ("Hotel", "", "Gone.")),
                                                 remove("_posts/2024-07-01-hotel.md")),
       set(), PAGES),
   ]) + [
      # A changed configuration is read again and the whole site built.
      ("change _config.yml", lambda: write("_config.yml", "title: Renamed\nmarkdown: kramdown\n"
                                           "plugins: [jekyll-paginate]\npaginate: 2\n"),
       None, set()),
      ("edit a page after that", lambda: write("standalone.md", "---\nlayout: plain\n---\nEdited.\n"),
       {ALONE}, {"/moved/", B2, HOME, ARCHIVE, TEAM, LINKS, NOTES, FEED}),
   ]


def settle(server):
   """Waits until the server has logged nothing for 0.3 s (no rebuild under way)."""
   seen = None
   while seen != len(server.text()):
      seen = len(server.text())
      time.sleep(0.3)


def main():
   exe, extra = sys.argv[1], sys.argv[2:]
   os.environ.update(SOURCE_DATE_EPOCH="1767268800", TZ="UTC")
   work = tempfile.mkdtemp(prefix="serve-incremental-")
   src, dest, ref = (os.path.join(work, d) for d in ("src", "site", "ref"))
   shutil.copytree(os.path.join(HERE, "incremental-fixture"), src)
   server = Server(exe, src, dest, ["-I", "--verbose"] + extra)
   failed = 0
   source, touched = Source(src), []

   def write(rel, text):
      touched.append(rel)
      source.write(rel, text)

   def remove(rel):
      touched.append(rel)
      source.remove(rel)

   def rename(rel, to):
      touched.append(to)
      os.rename(os.path.join(src, rel), os.path.join(src, to))

   all_steps = steps(write, remove, rename, "--force_polling" in extra)
   try:
      for name, change, must, must_not in all_steps:
         settle(server)
         log_before = len(server.text())
         time.sleep(0.05)  # distinct mtimes for polling watchers
         change()
         # The rebuild that names the changed file, done.
         # (A folder removed may be named by the files it held.)
         done = re.compile(re.escape(touched[-1]) + r"(/\S*)?\n[\s\S]*?\.\.\.done in|Error:")
         server.wait_for(lambda text: done.search(text, log_before), "rebuild after: " + name)
         settle(server)  # a change the watcher split over two rebuilds
         log = server.text()[log_before:]
         rendered = set(re.findall(r"Rendered: (\S+)", log))
         total = re.search(r"Rendered (\d+) of (\d+) files", log)
         problems = ["differs: " + k for k in differences(exe, src, dest, ref)]
         if must is None:
            if not total or total.group(1) != total.group(2):
               problems.append("expected every file rendered")
         else:
            problems += ["not rendered: " + url for url in sorted(must - rendered)]
            problems += ["rendered needlessly: " + url for url in sorted(must_not & rendered)]
         print("%-30s rendered %-3d %s" % (name, len(rendered), "; ".join(problems) or "ok"))
         failed += bool(problems)
   except BaseException:
      server.stop()
      raise
   return finish(server, work, len(all_steps), failed)


if __name__ == "__main__":
   sys.exit(main())
