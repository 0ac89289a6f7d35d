// The pre-pass's fast path (prepass_plain) against the full line-by-line pass: a document it
// takes must get exactly the Prepass the full pass gives, and the near misses below (syntax
// kramdown and cmark-gfm read apart) must go to the full pass.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "markdown_case_documents.hpp"
#include "prepass_plain.hpp"

using namespace jekyllpp::markdown;

namespace {

bool same(const Prepass& a, const Prepass& b) {
   return a.text == b.text && a.regions.empty() && b.regions.empty() && a.inline_tokens.empty() &&
          b.inline_tokens.empty() && a.inline_options == b.inline_options &&
          a.parse_block_html_from == b.parse_block_html_from && a.abbreviations == b.abbreviations &&
          a.alds.empty() && b.alds.empty() && a.ials.empty() && b.ials.empty() && a.ial_line == b.ial_line &&
          a.kept_spaces == b.kept_spaces && a.joined_line == b.joined_line &&
          a.link_definitions == b.link_definitions && a.definition_lines == b.definition_lines &&
          a.moved_definitions == b.moved_definitions;
}

// Whether the fast path takes `doc`; when it does, its result must be the full pass's.
bool plain(const std::string& doc) {
   Prepass fast;
   if (!plain_prepass(doc, fast)) return false;
   INFO(doc);
   CHECK(same(fast, full_prepass(doc, false)));
   return true;
}

const std::string bench_like =
    "Woman `company()` friend [game](https://example.org/game/1) **thing**.\n"
    "Second line of *text* with `[a](https://x.org/a)()` code.\n"
    "\n"
    "## Archive `area`\n"
    "\n"
    "| Name | Fast |\n"
    "|---|:--|\n"
    "| 3295 | `hand` |\n"
    "\n"
    "1. Large [program](https://example.org/program/902) hand.\n"
    "2. `guy()` kid ``a`b`` site?\n"
    "10. Question room.\n"
    "\n"
    "> Change others [**idea**](https://example.org/**idea**/549).\n"
    "\n"
    "```python\n"
    "def kid(items):\n"
    "\n"
    "    return [x & 2 for x in items]  # <anything> {goes}\n"
    "```\n"
    "\n"
    "- Law minute input *memory* end.\n"
    "- ***home*** small.\n";

}  // namespace

TEST_CASE("prepass_plain: a document of plain syntax takes the fast path, ordered items renumbered as the full pass does",
          "[markdown][prepass]") {
   REQUIRE(plain(bench_like));
   Prepass fast;
   REQUIRE(plain_prepass(bench_like, fast));
   CHECK(fast.text.find("1. `guy()`") != std::string::npos);
   CHECK(fast.text.find("01. Question") != std::string::npos);
   CHECK(plain("Text\n2. item after text\n"));
   CHECK(plain("****water**** hand\n\n- ****a**** b\n"));  // a run of four stars or more (no rule: text follows)
}

TEST_CASE("prepass_plain: a link whose URL holds closed code spans takes the fast path; an unpaired backtick there does not",
          "[markdown][prepass]") {
   CHECK(plain("Lot `a` [`f()`](https://e.org/`f()`/945) `b`.\n"));
   CHECK(plain("- [x](/`g(h())`/`i`/) end\n"));
   // The URL's lone backtick pairs with the next one of the line: the full pass escapes `d`'s closing one.
   CHECK_FALSE(plain("[a](/`b/1) c `d` e\n"));
   for (const char* doc : {
            "x `[a](/`b`/1)` y\n",  // the link in a code span: its URL's backticks close that span
            "[a](/``b``/1)\n",      // a run of two
            "[a](/`b(`)/1)\n",      // a parenthesis left open in the URL's code span
            "[a](/(b)/1)\n",        // parentheses outside one
        }) {
      INFO(doc);
      CHECK_FALSE(plain(doc));
   }
}

TEST_CASE("prepass_plain: an unclosed run of two backticks is escaped as the full pass does, unless another line of "
          "its paragraph has a run of two or more",
          "[markdown][prepass]") {
   const std::string doc = "Rapid ``issue()`()` filter.\n\n- item ``a`b`` and ``c\n\n# Head ``x\n";
   REQUIRE(plain(doc));
   Prepass fast;
   REQUIRE(plain_prepass(doc, fast));
   CHECK(fast.text == "Rapid \\`\\`issue()`()` filter.\n\n- item ``a`b`` and \\`\\`c\n\n# Head \\`\\`x\n");
   for (const char* near : {
            "A ``x()`()` y\nB ``c`` d\n",  // a run of two on another line of the paragraph
            "A ``x\nB `c```\n",             // a longer one, which may close it to kramdown
        }) {
      INFO(near);
      CHECK_FALSE(plain(near));
   }
}

TEST_CASE("prepass_plain: a link in a link's text gets its brackets escaped as the full pass does; not beside an image",
          "[markdown][prepass]") {
   const std::string doc = "World [[node](https://e.org/n/2)](https://e.org/[node](https://e.org/n/2)/879). Team\n";
   REQUIRE(plain(doc));
   Prepass fast;
   REQUIRE(plain_prepass(doc, fast));
   CHECK(fast.text == "World [\\[node\\](https://e.org/n/2)](https://e.org/[node](https://e.org/n/2)/879). Team\n");
   CHECK(plain("- [a [b](/u) c [`d`](/e)](/v) and [f](/g)\n"));
   for (const char* near : {
            "A [a ![b](/u)](/v)\n",  // an image in a link: no pair to the full pass's test
            "A ![a [b](/u)](/v)\n",  // a link in an image
            "A [a [b [c](/u)](/v)](/w)\n",  // two levels
        }) {
      INFO(near);
      CHECK_FALSE(plain(near));
   }
}

TEST_CASE("prepass_plain: near misses go to the full pass", "[markdown][prepass]") {
   for (const char* doc : {
            "- item\nlazy line\n",           // a lazy line of an item
            "1) paren\n",                    // no list marker to kramdown
            "[a]: https://x.org\n",          // a link definition
            "x `a [b` y\n",                  // a bracket left open in a code span
            "x ` y\n",                       // a backtick between spaces
            "``a```b``\n",                   // a longer run inside a code span
            "a | b\n--|--\n",                // a table without a blank line before it
            "| == | + |\n|:-:|- |\n| x | 1 |\n",  // a header row kramdown reads as a footer line: no body
            "| a |\n|---|\n| b |\n|-+-|\n| c |\n",  // a separator line in the body
            "> quote\nlazy\n",               // a lazy line of a quote
            "```\ncode\n```\ntext\n",        // text right after a fence
            "- a\n1. b\n",                   // a list of the other kind right after an item
            "- a\n\n1. b\n",                 // and after a blank line
            "Text\n===\n",                   // a setext underline
            "[ref] text\n",                  // a reference link
            "text  \n",                      // a line break
            "  indented\n",                  // indentation
            "*[HTML]: Hyper\n",              // an abbreviation
            "Term\n: definition\n",          // a definition list
        }) {
      INFO(doc);
      CHECK_FALSE(plain(doc));
   }
}

TEST_CASE("prepass_plain: every markdown case the fast path takes gets the full pass's result", "[markdown][prepass]") {
   size_t taken = 0;
   for (const std::string& doc : markdown_case_documents()) taken += plain(doc);
   CHECK(taken > 0);
}
