#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <regex>
#include <string>

#include "jekyllpp/site/simple_yaml.hpp"
#include "jekyllpp/site/yaml_value.hpp"

using namespace jekyllpp;
using namespace jekyllpp::site;

namespace {

// The Value with its types spelt out, so two Values compare by type and content.
std::string describe(const liquid::Value& value) {
   char buffer[64];
   switch (value.type()) {
      case liquid::Value::Type::Nil: return "nil";
      case liquid::Value::Type::Bool: return value.as_bool() ? "true" : "false";
      case liquid::Value::Type::Integer: return "int:" + std::to_string(value.as_integer());
      case liquid::Value::Type::Float:
         std::snprintf(buffer, sizeof buffer, "float:%.17g", value.as_float());
         return buffer;
      case liquid::Value::Type::String: return "str:" + value.as_string();
      case liquid::Value::Type::Time: {
         const liquid::Time& t = value.as_time();
         std::snprintf(buffer, sizeof buffer, "time:%lld.%d%+d%s", static_cast< long long >(t.seconds), t.nanoseconds,
                       t.utc_offset, t.is_date ? "date" : "");
         return buffer;
      }
      case liquid::Value::Type::Array: {
         std::string out = "[";
         for (const liquid::Value& item : value.as_array()) out += describe(item) + ",";
         return out + "]";
      }
      case liquid::Value::Type::Hash: {
         std::string out = "{";
         for (const auto& [key, item] : value.as_hash()) out += key + "=>" + describe(item) + ",";
         return out + "}";
      }
      default: return "other";
   }
}

// The general reader's outcome: the Value described, or the error's kind.
std::string general(const std::string& text) {
   try {
      return describe(parse_yaml_general(text));
   } catch (const YamlError&) {
      return "YamlError";
   } catch (const YamlDisallowedClass&) {
      return "DisallowedClass";
   } catch (const std::exception& e) {
      return std::string("error:") + e.what();
   }
}

class Generator {
public:
   explicit Generator(unsigned seed) : random_(seed) {}

   std::string document() {
      std::string text = pick(8) == 0 ? "" : pick(30) == 0 ? "--- \n" : "---\n";
      const int lines = 1 + int(pick(4));
      for (int i = 0; i < lines; ++i) {
         if (pick(20) == 0) text += pick(2) ? "\n" : "  \n";
         text += key() + (pick(30) == 0 ? "" : ":") + (pick(30) == 0 ? "" : pick(8) == 0 ? "  " : " ") + value();
         if (i + 1 < lines || pick(4)) text += "\n";
      }
      return text;
   }

private:
   std::size_t pick(std::size_t n) { return std::uniform_int_distribution< std::size_t >(0, n - 1)(random_); }

   template < std::size_t N >
   const char* one_of(const char* const (&items)[N]) {
      return items[pick(N)];
   }

   std::string key() {
      static const char* const plain[] = {"title", "layout", "tags", "date", "yes", "On", "null", "123", "1_0",
                                          "0x1F", "a-b", "2020-01-02", "Title", "1.5", "permalink", "published"};
      static const char* const tricky[] = {"~", "_private", "-x", "x y", "k#", "key:x", "\"q\"", "[a]"};
      if (pick(8)) return one_of(plain);
      return pick(2) ? one_of(tricky) : random_text(1 + pick(6), "abcXY019_-:.");
   }

   std::string value() {
      static const char* const values[] = {
         "", "post", "Thing minute member", "yes", "No", "OFF", "null", "~", "NULL", "true", "123", "-17", "0x1f",
         "0b101", "017", "1_000", "1,000", "3.25", "-.5", ".inf", "-.Inf", ".nan", "1e3", "1.0e+3", "12:30",
         "1:02:03", "2020-01-02", "2020-1-2", "2020-13-01", "2021-02-29", "2020-01-02 10:20:30",
         "2020-01-02T10:20:30Z", "2020-01-02 10:20:30 +0100", "2020-01-02 10:20:30.5 -05:00", "2020-01-02 10:20",
         "[a, b]", "[]", "[ ]", "[tag08-liquid, tag47-fedora]", "[1, 2.5, yes, null, x]", "[a,b,c]", "[a b, c]",
         "[a, [b]]", "[a, ]", "[a", "\"quoted\"", "\"\"", "\"a \\\" b\"", "\"it's\"", "'single'", "''", "'it''s'",
         "\"caf\xc3\xa9\"", "\"\xe2\x80\xa8\"", "\"\xc2\x85\"", "\"\xef\xbb\xbf\"", "\"\xc3\"", "'tab\there'",
         "a: b", "a:b", "http://example.com/x", "ends:", "a #comment", "a#b", "x - y", "- x", "? x", "&anchor x",
         "*alias", "!tag x", "%x", "@x", "`x`", "a, b", "(paren)", "what?", "k=v;", "a  b", "trail  ", "x]", "x}",
         "|", ">", "\"unterminated", "'x' y", "\"x\" ", ":sym", "1:60", "+12", "+.5", "0.", ".", "-"};
      if (pick(6)) return one_of(values);
      return random_text(1 + pick(12), "aZ09 _.,/:+-()?;=#'\"[]{}!&*|>%@`\\\t~\xc3\xa9");
   }

   std::string random_text(std::size_t length, const char* alphabet) {
      const std::string chars = alphabet;
      std::string out;
      for (std::size_t i = 0; i < length; ++i) out += chars[pick(chars.size())];
      return out;
   }

   std::mt19937 random_;
};

}  // namespace

TEST_CASE("simple yaml: the fast reader agrees with libyaml + yaml-cpp wherever it answers", "[site][yaml]") {
   setenv("TZ", "America/New_York", 1);
   tzset();
   Generator generator(20261203);
   int answered = 0, declined = 0;
   for (int i = 0; i < 120000; ++i) {
      const std::string text = generator.document();
      std::optional< liquid::Value > fast;
      try {
         fast = parse_simple_yaml(text);
      } catch (const std::exception& e) {
         FAIL("the fast reader threw " << e.what() << " on:\n" << text);
      }
      if (!fast) {
         ++declined;
         continue;
      }
      ++answered;
      INFO(text);
      REQUIRE(describe(*fast) == general(text));
   }
   // Both kinds must be exercised for the comparison to mean something.
   CHECK(answered > 10000);
   CHECK(declined > 10000);
   setenv("TZ", "UTC", 1);
   tzset();
}

TEST_CASE("simple yaml: typical front matter takes the fast path", "[site][yaml]") {
   const std::string text = "---\nlayout: post\ntitle: \"Bench & Blog\"\ntags: [tag08-liquid, tag47-fedora]\n"
                            "categories: [essays]\ndate: 2020-01-02 10:20:30 +0100\n";
   std::optional< liquid::Value > fast = parse_simple_yaml(text);
   REQUIRE(fast);
   CHECK(describe(*fast) == general(text));
   CHECK_FALSE(parse_simple_yaml("---\ntags:\n  - a\n"));
}

// libyaml's simple keys end 1024 characters after their start; a longer key is Psych's syntax
// error, so the fast reader leaves it to the general one (found by front_matter_fuzz).
TEST_CASE("simple yaml: keys longer than libyaml's 1024 characters are declined", "[site][yaml]") {
   CHECK(parse_simple_yaml("---\n" + std::string(1024, 'k') + ": v\n"));
   const std::string text = "---\n" + std::string(1025, 'k') + ": v\n";
   CHECK_FALSE(parse_simple_yaml(text));
   CHECK(general(text) == "YamlError");
}

// resolve_plain_scalar's first test was the regex below (then /^(~|null)$/i etc. for short
// words); it is now hand-written. Every string it matches must resolve as it did.
TEST_CASE("yaml: word-like plain scalars resolve as with ScalarScanner's regex", "[site][yaml]") {
   static const std::regex stringish(R"(^[^\d.:-]?[A-Za-z_\s!@#$%\^&*(){}<>|/\\~;=]+)");
   static const std::regex null_re("^(~|null)$", std::regex::icase);
   static const std::regex true_re("^(yes|true|on)$", std::regex::icase);
   static const std::regex false_re("^(no|false|off)$", std::regex::icase);
   std::mt19937 random(7);
   const std::string alphabet = std::string("aZnNuUlLyYeEsStTrRoOfF09.:-_ \t~!@#$%^&*(){}<>|/\\;=+,?'\"[]`\xc3\xa9") + '\0';
   int matched = 0;
   for (int i = 0; i < 200000; ++i) {
      std::string text;
      const std::size_t length = 1 + random() % 6;
      for (std::size_t k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
      if (!std::regex_search(text, stringish)) continue;
      ++matched;
      std::string expected = text.size() > 5                   ? "str:" + text
                             : std::regex_search(text, null_re)  ? "nil"
                             : std::regex_search(text, true_re)  ? "true"
                             : std::regex_search(text, false_re) ? "false"
                                                                 : "str:" + text;
      INFO(text);
      std::string got;
      try {
         got = describe(resolve_plain_scalar(text));
      } catch (const YamlDisallowedClass&) {
         got = "DisallowedClass";
      }
      REQUIRE(got == expected);
   }
   CHECK(matched > 50000);
}
