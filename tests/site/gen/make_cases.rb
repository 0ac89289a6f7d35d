# Generates tests/site/data/*.tsv from real Jekyll 4.3.1 (run: ruby make_cases.rb).
# Each line: input fields and Jekyll's answer, tab-separated, with \t \n \\ escaped.
require "jekyll"

def esc(s) = s.to_s.gsub("\\", "\\\\\\\\").gsub("\t", "\\t").gsub("\n", "\\n")
def write(name, rows)
  File.write(File.join(__dir__, "..", "data", name), rows.map { |r| r.map { |f| esc(f) }.join("\t") }.join("\n") + "\n")
end

# URL.escape_path / sanitize: path → escaped
paths = ["/a/b.html", "/my post/", "/ünïcode/", "/a#b#c", "/a?b", "/100%/", "/a+b/", "/[x]/", "/a|b", "/~user/",
         "a b", "/x:y@z/", "/quote\"s/", "/tab\there", "/plus&amp;/", "/é/à.html", "", "/.."]
write("escape_path.tsv", paths.map { |p| [p, Jekyll::URL.escape_path(p), Jekyll::URL.unescape_path(Jekyll::URL.escape_path(p))] })

# URL.new(template, placeholders hash, permalink).to_s
url_cases = [
  ["/:path/:basename:output_ext", { path: "", basename: "about", output_ext: ".html" }, nil],
  ["/:path/:basename:output_ext", { path: "docs/sub", basename: "my page", output_ext: ".html" }, nil],
  ["/:path/", { path: "blog", basename: "index", output_ext: ".html" }, nil],
  ["/:path/:basename/", { path: "", basename: "about", output_ext: ".html" }, nil],
  ["/:path/:basename:output_ext", { path: "", basename: "about", output_ext: ".html" }, "/about-me/"],
  ["/:path/:basename:output_ext", { path: "", basename: "feed", output_ext: ".xml" }, "/:basename.xml"],
  ["/:path/:basename:output_ext", { path: "a/../b", basename: "x", output_ext: ".html" }, nil],
  ["/:path/:basename:output_ext", { path: "", basename: "x", output_ext: nil }, nil],
  ["/:collection/:path/", { collection: "docs", path: "/intro/a", output_ext: "", name: "a", title: "" }, nil],
  ["/:path/:basename:output_ext", { path: "./x//y/", basename: "z", output_ext: ".htm" }, nil],
]
write("url_from_hash.tsv", url_cases.map { |t, ph, perm|
  [t, ph.map { |k, v| "#{k}=#{v.nil? ? "\u0000" : v}" }.join("|"), perm.to_s, Jekyll::URL.new(template: t, placeholders: ph, permalink: perm).to_s]
})

# Utils.slugify(text, mode) and titleize_slug
slugs = ["Hello World!", "  The _config.yml file ", "Ünïcödé ça va", "a--b__c", "C++ & Rust", "Jekyll's 4.3.1 release",
         "._~!$&'()+,;=@ x", "--edge--", "MiXeD Case",
         # runs of kept ASCII around dropped and non-ASCII characters; hyphens by line ends
         "!Long ASCII run, then ünïcode tail!", "-x-\n-y-", "a\n\nb -", "Plain-ascii-words_with_DOTS.and~tilde"]
modes = %w(raw default pretty ascii none)
write("slugify.tsv", slugs.flat_map { |s| modes.map { |m| [s, m, Jekyll::Utils.slugify(s, mode: m), Jekyll::Utils.slugify(s, mode: m, cased: true)] } })
write("titleize.tsv", ["my-first-post", "a--b", "hello-", "x", "UPPER-case"].map { |s| [s, Jekyll::Utils.titleize_slug(s)] })

# Front matter split with Document::YAML_FRONT_MATTER_REGEXP: text → yaml | body (or NOMATCH)
texts = ["---\ntitle: a\n---\nbody\n", "---\n---\nbody", "---   \ntitle: x\n...\nrest", "--- \n\n---\n\n\nafter",
         "---\na: 1\n---   \t\nline", "no front matter\n---\n", "---\na: 1\n", "---\na: |\n  ---x\n---\nz",
         "---\r\na: 1\r\n---\r\nwin", "---\na: 1\n---", "---x\n---\n", "---\n\n\n---\n"]
write("front_matter.tsv", texts.map { |t|
  m = Jekyll::Document::YAML_FRONT_MATTER_REGEXP.match(t)
  m ? [t, m[1], m.post_match] : [t, "NOMATCH", ""]
})

# Psych.safe_load typing of plain scalars: scalar → class and inspect (Time/Date as strftime).
ENV["TZ"] = "UTC"
scalars = ["1", "-12", "0x1F", "017", "0b101", "1_000", "1,000", "1.5", "1e3", "1.5e+3", ".inf", "-.Inf", ".nan", "yes", "No",
           "on", "OFF", "y", "true", "~", "null", "Null", "2014-01-05", "2014-1-5", "2014-02-30", "2014-01-05 10:20:30",
           "2014-01-05T10:20:30Z", "2014-01-05 10:20:30 +05:30", "2014-01-05 10:20:30.25 -0700", "12:30:45", "1:20",
           "abc", "+1", "+.5", "3.", "0o17", "hello world", "2014-01-05T10:20:30+01:00"]
write("yaml_scalars.tsv", scalars.map { |s|
  v = Psych.safe_load("v: #{s}\n", permitted_classes: [Date, Time])["v"] rescue "ERROR"
  shown = case v
          when Time then v.strftime("%Y-%m-%d %H:%M:%S.%N %z")
          when Float then v.nan? ? "NaN" : v.to_s
          else v.inspect
          end
  [s, v.class.to_s, shown]
})

# Jekyll.sanitized_path(base, path): where a file of the site may be written or read. Not here: a
# path resolving to the root ("./..": Jekyll gives base + "/", jekyllpp base, which its callers
# expect) and a base ending in "/" (Jekyll's slashed_dir_cache makes it end in "//").
sanitized = [["/site/_site", "/about/index.html"], ["/site/_site", "../../etc/passwd"],
             ["/site/_site", "/site/_site/a/./b/../c.html"], ["/site/_site", "~/x"], ["/site", "/site"],
             ["/site", "/sitex/y"], ["/", "a/../../b"], ["", "x/y"], ["/site/_site", "/site/_site"],
             ["/site/_site", "/site/_site/"], ["/site/_site", "a/b/../../../c"], ["/site/_site", "a/./.hidden/..x/y"]]
write("sanitized_path.tsv", sanitized.map { |base, path| [base, path, Jekyll.sanitized_path(base, path)] })

# Excerpt#extract_excerpt with separator "\n\n": the head, plus the link reference definitions of
# the rest that it uses (MKDWN_LINK_REF_REGEX scanned line by line).
ExcerptDoc = Struct.new(:excerpt_separator)
excerpt_texts = [
  "See [a] and [b][c].\n\nRest [x] here.\n[a]: /a\n  [c]: /c \"C\"\n [multi\nline]: /m\n[b]: /b\n",
  "Lead [p] [q].\n\n[[p]: /double\n   [q]: /q [r]: /r\nx [p]: /not\n",
  "Intro [z].\n\ntext\n[z]:\n[z]: /z\n\n[z]: /z2",
  "[a] [b] [c]\n\n[a]: /a\n    [b]: /four-spaces\n[c]: /c\r\n[a]: /again",
  "No refs.\n\n[x]: /x\n",
]
write("excerpt_link_refs.tsv", excerpt_texts.map { |text|
  excerpt = Jekyll::Excerpt.allocate
  excerpt.instance_variable_set(:@doc, ExcerptDoc.new("\n\n"))
  [text, excerpt.send(:extract_excerpt, text)]
})
