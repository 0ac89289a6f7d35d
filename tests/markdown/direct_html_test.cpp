// The direct writer (write_plain_document) against the full path (pre-pass, cmark-gfm, renderer):
// whenever it takes a document, it must write exactly the full path's bytes. Checked on every
// markdown case document and on near misses of each of its rules.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <string>

#include "direct_html.hpp"
#include "markdown_case_documents.hpp"

using namespace jekyllpp::markdown;

namespace {

// Whether the direct writer takes `doc` (newlines normalized, as to_html gives it).
bool taken(std::string doc) {
   std::string text;
   for (size_t i = 0; i < doc.size(); ++i)
      if (doc[i] != '\r') text += doc[i];
      else if (i + 1 >= doc.size() || doc[i + 1] != '\n') text += '\n';
   if (text.empty() || text.back() != '\n') text += '\n';
   Options options;
   Conversion c{options, quote_chars(options), HeaderIds(options.auto_id_prefix)};
   std::string out;
   return write_plain_document(c, text, 0, false, out);
}

// Whether `doc` is taken; when it is, both paths must agree.
bool same_when_taken(const std::string& doc) {
   if (!taken(doc)) return false;
   INFO(doc);
   CHECK(to_html(doc) == to_html_full_path(doc));
   return true;
}

}  // namespace

TEST_CASE("direct_html: plain documents are written directly, as the full path writes them", "[markdown][direct]") {
   for (const char* doc : {
            "# Title\n\nWoman `company()` friend **thing**. Hand *slow* [a](https://x.org/a/1) end?\n",
            "\n\nA paragraph\nof two lines.\n\n\n## Second \"header\" -- it's here...\n\n",
            "1. Large [program](https://e.org/p/902) hand.\n2. `guy()` kid *site*?\n\nText.\n\n- Law *memory* end.\n- War!\n",
            "> Change others [idea](https://e.org/i/549) node.\n> Second line.\n",
            "| Name | Fast |\n|:---|--:|\n| 3295 | `hand` |\n| *art* | |\n",
            "```python\ndef kid(items):\n\n    return [x * 2 for x in items]\n```\n\nAfter.\n",
            "A ***token*** and ****filter**** end.\n",
            "A ****f**** then *g* and **h**.\n",  // (a space after the `**`: kramdown opens nothing there)
            "*[guy](https://e.org/g/9)* and **[issue](https://e.org/i/8)** and [*eye*](https://e.org/*eye*/7).\n",
            "[`night()`](https://e.org/`night()`/703) and [[day](https://e.org/d/6)](https://e.org/[day](https://e.org/d/6)/9).\n",
            "A ``team()`()` pair read as text.\n",
            "Quotes before elements: \"[a](u)\" '[b](u)' \"`c`\" '`d`' x'[e](u) x\"`f`\n",
            "Caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve.\r\nCRLF lines\r\n",
            "No final newline",
            "",
        }) {
      INFO(doc);
      CHECK(same_when_taken(doc));
   }
}

TEST_CASE("direct_html: near misses go to the full path, or are written as it writes them", "[markdown][direct]") {
   for (const char* doc : {
            "A\ttab.\n", "Trailing space. \n", "Two spaces  \nbreak.\n", "*a **b** c*\n", "**a *b* c**\n",
            "*a*b\n", "a*b*\n", "* not emphasis\n", "*a\nb*\n", "[a](u \"title\")\n", "[a]( u)\n", "[a] (u)\n",
            "![img](u)\n", "[a][ref]\n\n[ref]: /u\n", "| a | `b|c` |\n|---|---|\n| 1 | 2 |\n",
            "| a | b |\n|---|---|\n", "| a | b |\n|---|---|\n| 1 |\n", "| a |\n| - |\n| --- |\n",
            "- item of\n  two lines\n", "- a\n\n- b\n", "- a\n\n1. b\n", "- a\nlazy\n", "1. a\n1) b\n",
            "> a\n>\n> b\n", "> a\n\n> b\n", ">a\n", "> a\nlazy\n", "~~~\ncode\n~~~\n", "```\ncode\n````\n",
            "```\nunclosed\n", "```ruby \nx\n```\n", "```\n  ```\n```\n", "# Header #\n", "# Header\n===\n",
            "#Header\n", "####### seven\n", "# a *b*\n", "a < b & c > d\n", "`a < b & c`\n", "`a` `` b `` c\n",
            "`` a `` b\n", "a ``b`` c\n", "a `` b\n\nc `` d\n", "a ``\nb ``\n", "A ****f**** and **g**\n",
            "A ****f****\nthen *g*\n", "[[*e*](https://e.org/*e*/1)](https://e.org/x/1)\n", "***a** b*\n",
            "x ***a*** y\n", "Text\n# header\n", "Para\n- item\n", "Para\n1. item\n", "1986. A year\n",
            "Para\n---\n", "    indented\n", " one space\n", "Non-\xc2\xa0" "breaking\n", "\xef\xbb\xbf" "BOM\n",
            "a_b_c\n", "$$x$$\n", "{::comment}\nx\n{:/}\n", "a {: .c}\n", "Foot[^1]\n\n[^1]: n\n", "*[ABBR]: x\n",
            "<div>x</div>\n", "a\\*b\n", "www.example.com and http://x.org\n", "~~del~~\n", "a ^b\n",
            "Term\n: definition\n", "[x](https://e.org/a_b*c*)\n", "*`code`* and **`more`**\n",
            "- a ``b`()`\n- `c` ``d`()` `e`\n", "- a ``b`()` `c`\n- `d`\n", "A ****f****? b **c**\n",
        }) {
      same_when_taken(doc);
   }
   CHECK_FALSE(taken("- a\n\n- b\n"));  // one loose list: kramdown's <p> in each item
   CHECK_FALSE(taken("| a | b |\n|---|---|\n"));
   CHECK_FALSE(taken("A ****f****\nthen *g*\n"));  // the `**` after f opens kramdown's strong
   CHECK_FALSE(taken("A ****f****? b **c**\n"));
   CHECK_FALSE(taken("- a ``b`()`\n- `c` ``d`()` `e`\n"));  // two pairs in one list: no pair is text
}

TEST_CASE("direct_html: every markdown case document it takes is written as the full path writes it",
          "[markdown][direct]") {
   size_t count = 0;
   for (const std::string& doc : markdown_case_documents()) count += same_when_taken(doc);
   CHECK(count > 50);
}

TEST_CASE("direct_html: options other than Jekyll's defaults go to the full path", "[markdown][direct]") {
   const std::string doc = "# Title\n\nText with \"quotes\" -- and *em*.\n";
   const auto taken_with = [&](const Options& options, int indent = 0, bool in_html = false) {
      Conversion c{options, quote_chars(options), HeaderIds(options.auto_id_prefix)};
      std::string out;
      return write_plain_document(c, doc, indent, in_html, out);
   };
   CHECK(taken_with(Options{}));
   Options o;
   o.hard_wrap = true;
   CHECK_FALSE(taken_with(o));
   o = Options{};
   o.auto_ids = false;
   CHECK_FALSE(taken_with(o));
   o = Options{};
   o.entity_output = Options::EntityOutput::numeric;
   CHECK_FALSE(taken_with(o));
   o = Options{};
   o.smart_quotes = {"apos", "apos", "quot", "quot"};
   CHECK_FALSE(taken_with(o));
   o = Options{};
   o.header_offset = 1;
   CHECK_FALSE(taken_with(o));
   CHECK_FALSE(taken_with(Options{}, 2));
   CHECK_FALSE(taken_with(Options{}, 0, true));
}
