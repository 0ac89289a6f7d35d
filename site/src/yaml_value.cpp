#include "jekyllpp/site/yaml_value.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <limits>
#include <regex>
#include <vector>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/site/simple_yaml.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "psych_syntax.hpp"

namespace jekyllpp::site {

namespace {

using liquid::Value;

bool matches(const std::string& text, const std::regex& re) { return std::regex_search(text, re); }

std::string without(const std::string& text, const char* chars) {
   std::string out;
   out.reserve(text.size());
   for (char c : text)
      if (!std::strchr(chars, c)) out += c;
   return out;
}

// ScalarScanner's first test, /^[^\d.:-]?[A-Za-z_\s!@#$%\^&*(){}<>|\/\\~;=]+/, by hand (the
// regex was most of the time of reading simple front matter).
bool stringish(const std::string& text) {
   auto word = [](char c) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
      return c != '\0' && std::strchr("_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=", c) != nullptr;
   };
   if (word(text[0])) return true;
   const char first = text[0];
   const bool optional_first = !(first >= '0' && first <= '9') && first != '.' && first != ':' && first != '-';
   return optional_first && text.size() > 1 && word(text[1]);
}

// Whether text is `lower` in any letter case (a regex's /^lower$/i, ASCII letters only).
bool same_letters(const std::string& text, std::string_view lower) {
   if (text.size() != lower.size()) return false;
   for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
      if (c != lower[i]) return false;
   }
   return true;
}

Value parse_integer(const std::string& text) {
   std::string digits = without(text, ",_");
   bool negative = !digits.empty() && digits[0] == '-';
   if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.erase(0, 1);
   int base = 10;
   if (digits.size() > 1 && digits[0] == '0') {
      if (digits[1] == 'x') base = 16, digits.erase(0, 2);
      else if (digits[1] == 'b') base = 2, digits.erase(0, 2);
      else base = 8;
   }
   try {
      long long v = std::stoll(digits, nullptr, base);
      return Value(negative ? -v : v);
   } catch (const std::exception&) {
      return Value(text);
   }
}

// Psych's Time: with no zone, the wall clock read as UTC then shown in local time; "Z" makes a UTC Time.
Value parse_yaml_time(const std::string& text) {
   static const std::regex parts(
      R"(^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?\s*(Z|[-+]\d{1,2}(?::?\d\d)?)?$)");
   std::smatch m;
   if (!std::regex_match(text, m, parts)) return Value(text);
   auto num = [&](int i) { return std::stoi(m[i].str()); };
   std::int32_t nanos = 0;
   if (m[7].matched && m[7].length() > 0) {
      std::string frac = m[7].str().substr(0, 9);
      frac.append(9 - frac.size(), '0');
      nanos = std::stoi(frac);
   }
   std::int64_t seconds = utc_seconds(num(1), num(2), num(3), num(4), num(5), num(6));
   if (!m[8].matched) return Value(local_time(seconds, nanos));
   std::string zone = m[8].str();
   liquid::Time time;
   time.nanoseconds = nanos;
   if (zone == "Z") {
      time.seconds = seconds;
      time.is_utc = true;
      return Value(time);
   }
   static const std::regex zone_parts(R"(^([-+]\d{1,2}):?(\d{1,2})?$)");
   std::smatch z;
   std::regex_match(zone, z, zone_parts);
   int hours = std::stoi(z[1].str());
   int minutes = z[2].matched ? std::stoi(z[2].str()) : 0;
   std::int32_t offset = hours * 3600 + (hours < 0 || zone[0] == '-' ? -minutes : minutes) * 60;
   // Time.new raises "utc_offset out of range" for a day or more, and Psych keeps the text.
   if (offset <= -86400 || offset >= 86400) return Value(text);
   time.seconds = seconds - offset;
   time.utc_offset = offset;
   time.zone_unnamed = true;  // Psych: Time.new(..., offset), whose zone is nil even at +00:00
   return Value(time);
}

Value parse_yaml_date(const std::string& text) {
   int year = 0, month = 0, day = 0;
   std::sscanf(text.c_str(), "%d-%d-%d", &year, &month, &day);
   static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
   bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
   if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] || (month == 2 && day == 29 && !leap))
      return Value(text);
   liquid::Time date;
   date.seconds = utc_seconds(year, month, day, 0, 0, 0);
   date.is_date = true;
   return Value(date);
}

// The mappings and sequences being converted, outermost first, with what each holds so far.
// An alias to one of them makes a cycle: Psych builds a recursive Ruby object there, where a
// Value is a tree, so the alias gives what its node holds at that point (merged by `<<`, as
// Psych merges the hash it is building, or as a plain value: the first level of Ruby's).
struct Building {
   YAML::Node node;
   const liquid::Hash* hash;
   const liquid::Array* array;
};
using Ancestors = std::vector< Building >;

Value convert(const YAML::Node& node, Ancestors& ancestors);

// Psych's merge key: a `<<` key that is not tagged !!str (quoted or not).
bool merge_key(const YAML::Node& key) {
   return key.IsScalar() && key.Scalar() == "<<" && key.Tag() != "tag:yaml.org,2002:str";
}

// Hash#merge!: `from`'s entries over `into` (a key already there keeps its place, takes the new value).
void merge_into(liquid::Hash& into, const liquid::Hash& from) {
   for (const auto& entry : from) into.set_key(liquid::hash_key(from, entry), entry.second);
}

// Psych's ToRuby#revive_hash for `<<: value`: a mapping (or an alias of one) is merged into the
// hash; a sequence of mappings written there (not an alias of one: Hash#merge! of an Array) is
// merged with the earlier ones winning. False when Ruby's merge! raises TypeError (a scalar, a
// sequence holding a non-mapping, an alias of a sequence): the caller keeps "<<" as a key.
// yaml-cpp gives an alias the anchored node itself, which begins before the key: that tells it.
bool merge(liquid::Hash& hash, const YAML::Node& key, const YAML::Node& node, const Value& value) {
   if (value.is_hash()) {
      merge_into(hash, value.as_hash());
      return true;
   }
   const bool alias = node.Mark().pos < key.Mark().pos;
   if (!node.IsSequence() || alias) return false;
   for (const Value& item : value.as_array())
      if (!item.is_hash()) return false;
   liquid::Hash merged;
   const liquid::Array& items = value.as_array();
   for (auto item = items.rbegin(); item != items.rend(); ++item) merge_into(merged, item->as_hash());
   merge_into(hash, merged);
   return true;
}

// yaml-cpp writes a double-quoted scalar's escapes \_ (U+00A0) and \N (U+0085) as the lone bytes A0
// and 85, where Psych writes the characters' UTF-8. The source is UTF-8, so a lone byte of those two
// can only be such an escape: it becomes the character.
std::string utf8_escapes(const std::string& text) {
   std::string out;
   out.reserve(text.size() + 4);
   for (std::size_t i = 0; i < text.size();) {
      std::uint32_t code_point = 0;
      const std::size_t length = liquid::ruby::utf8_decode(text, i, code_point);
      if (length == 1 && (code_point == 0xA0 || code_point == 0x85)) out += '\xC2';
      out.append(text, i, length);
      i += length;
   }
   return out;
}

Value convert_scalar(const std::string& text, const std::string& tag) {
   if (tag == "!" || tag == "tag:yaml.org,2002:str") return Value(text);
   if (tag == "tag:yaml.org,2002:int") return parse_integer(text);
   if (tag == "tag:yaml.org,2002:float") return Value(std::strtod(text.c_str(), nullptr));
   if (tag == "tag:yaml.org,2002:null") return Value();
   return resolve_plain_scalar(text);
}

Value convert_scalar(const YAML::Node& node) {
   const std::string& text = node.Scalar();
   if (text.find_first_of("\xA0\x85") != std::string::npos) return convert_scalar(utf8_escapes(text), node.Tag());
   return convert_scalar(text, node.Tag());
}

Value convert(const YAML::Node& node, Ancestors& ancestors) {
   if (node.IsMap() || node.IsSequence())
      for (const Building& ancestor : ancestors)
         if (ancestor.node.is(node)) return ancestor.hash ? Value(*ancestor.hash) : Value(*ancestor.array);
   switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null: return Value();
      case YAML::NodeType::Scalar: return convert_scalar(node);
      case YAML::NodeType::Sequence: {
         liquid::Array items;
         items.reserve(node.size());
         ancestors.push_back({node, nullptr, &items});
         for (const auto& item : node) items.push_back(convert(item, ancestors));
         ancestors.pop_back();
         return Value(std::move(items));
      }
      case YAML::NodeType::Map: {
         liquid::Hash hash;
         ancestors.push_back({node, &hash, nullptr});
         for (const auto& entry : node) {
            Value key = convert(entry.first, ancestors);
            Value value = convert(entry.second, ancestors);
            if (merge_key(entry.first) && merge(hash, entry.first, entry.second, value)) continue;
            // Psych keeps a key's class (Integer, Float, true, nil, Date, Time): h[2026] finds it,
            // h["2026"] does not.
            hash.set_key(key, std::move(value));
         }
         ancestors.pop_back();
         return Value(std::move(hash));
      }
   }
   return Value();
}

}  // namespace

Value resolve_plain_scalar(const std::string& text) {
   if (text.empty()) return Value();
   if (text.find('\n') != std::string::npos || stringish(text)) {
      if (text.size() > 5) return Value(text);
      if (text == "~" || same_letters(text, "null")) return Value();
      if (same_letters(text, "yes") || same_letters(text, "true") || same_letters(text, "on")) return Value(true);
      if (same_letters(text, "no") || same_letters(text, "false") || same_letters(text, "off")) return Value(false);
      return Value(text);
   }
   static const std::regex time_re(
      R"(^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$)");
   static const std::regex date_re(R"(^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$)");
   static const std::regex inf_re(R"(^\+?\.inf$)", std::regex::icase);
   static const std::regex neg_inf_re(R"(^-\.inf$)", std::regex::icase);
   static const std::regex nan_re(R"(^\.nan$)", std::regex::icase);
   static const std::regex sexagesimal_int(R"(^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$)");
   static const std::regex float_re(
      R"(^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)");
   static const std::regex int_re(
      R"(^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$)");
   if (matches(text, time_re)) return parse_yaml_time(text);
   if (matches(text, date_re)) return parse_yaml_date(text);
   if (matches(text, inf_re)) return Value(std::numeric_limits< double >::infinity());
   if (matches(text, neg_inf_re)) return Value(-std::numeric_limits< double >::infinity());
   if (matches(text, nan_re)) return Value(std::nan(""));
   if (text.size() > 1 && text[0] == ':') throw YamlDisallowedClass();  // ScalarScanner: /^:./ is a Symbol
   if (matches(text, sexagesimal_int)) {
      // Psych: the n-th field (from the left, 0-based) counts 60 ** |n - 2|. A total beyond
      // long long stays text, as parse_integer leaves such integers (Ruby has Bignums).
      long long total = 0;
      std::string digits = without(text, "_+-");
      std::size_t start = 0;
      for (int field = 0; start <= digits.size(); ++field) {
         std::size_t colon = digits.find(':', start);
         const std::string run = digits.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
         errno = 0;
         const long long part = std::strtoll(run.c_str(), nullptr, 10);
         long long scale = 1;
         for (int k = 0; k < std::abs(field - 2); ++k) scale *= 60;
         long long scaled = 0;
         if (errno == ERANGE || __builtin_mul_overflow(part, scale, &scaled) ||
             __builtin_add_overflow(total, scaled, &total))
            return Value(text);
         if (colon == std::string::npos) break;
         start = colon + 1;
      }
      return Value(text[0] == '-' ? -total : total);
   }
   if (matches(text, float_re)) {
      if (text == "." || text == "-." || text == "+.") return Value(text);
      return Value(std::strtod(without(text, ",_").c_str(), nullptr));
   }
   if (matches(text, int_re)) return parse_integer(text);
   return Value(text);
}

Value parse_yaml(std::string_view text) {
   // A byte order mark Ruby's File.read kept (config and data files are read without "bom|"):
   // libyaml reads it as one column of indentation, so a first line right after it holds a
   // mapping of its own and the lines at column 0 after it end the document.
   if (text.substr(0, 3) == "\xEF\xBB\xBF") return parse_yaml(" " + std::string(text.substr(3)));
   if (std::optional< Value > simple = parse_simple_yaml(text)) return std::move(*simple);
   return parse_yaml_general(text);
}

Value parse_yaml_general(std::string_view text) {
   check_psych_syntax(text);
   try {
      YAML::Node root = YAML::Load(std::string(text));
      Ancestors ancestors;
      return convert(root, ancestors);
   } catch (const YAML::Exception& e) {
      std::string message = "(<unknown>): " + e.msg;
      if (!e.mark.is_null())
         message += " at line " + std::to_string(e.mark.line + 1) + " column " + std::to_string(e.mark.column + 1);
      throw YamlError(message);
   }
}

}  // namespace jekyllpp::site
