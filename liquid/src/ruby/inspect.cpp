#include <algorithm>
#include <cstdio>

#include "jekyllpp/liquid/ruby/time.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "ruby/unicode_tables.hpp"

namespace jekyllpp::liquid {
namespace {

bool escaped_code_point(std::uint32_t cp) {
   const auto* table = ruby::inspect_escaped_ranges;
   const auto* end = table + ruby::inspect_escaped_ranges_size;
   const auto* it = std::lower_bound(table, end, cp, [](const ruby::CodePointRange& r, std::uint32_t c) {
      return r.last < c;
   });
   return it != end && it->first <= cp;
}

void append_unicode_escape(std::string& out, std::uint32_t cp) {
   char buf[16];
   if (cp > 0xFFFF) std::snprintf(buf, sizeof buf, "\\u{%X}", cp);
   else std::snprintf(buf, sizeof buf, "\\u%04X", cp);
   out += buf;
}

std::string inspect_time(const Time& t) {
   if (t.is_date) {
      // Ruby's Date#inspect shows the Julian day number beside the civil date.
      const std::int64_t jd = (t.seconds + t.utc_offset) / 86400 + 2440588;
      return "#<Date: " + ruby::strftime(t, "%Y-%m-%d") + " ((" + std::to_string(jd) +
             "j,0s,0n),+0s,2299161j)>";
   }
   std::string out = ruby::strftime(t, "%Y-%m-%d %H:%M:%S");
   if (t.nanoseconds != 0) {
      std::string frac = ruby::strftime(t, "%N");
      while (!frac.empty() && frac.back() == '0') frac.pop_back();
      out += '.' + frac;
   }
   return out + (t.is_utc ? " UTC" : ruby::strftime(t, " %z"));
}

void append_inspect(std::string& out, const Value& v) {
   switch (v.type()) {
      case Value::Type::Nil: out += "nil"; return;
      case Value::Type::String: ruby::append_inspect_string(out, v.as_string()); return;
      case Value::Type::Array: {
         out += '[';
         bool first = true;
         for (const Value& e : v.as_array()) {
            if (!first) out += ", ";
            first = false;
            append_inspect(out, e);
         }
         out += ']';
         return;
      }
      case Value::Type::Hash: {
         out += '{';
         bool first = true;
         for (const auto& entry : v.as_hash()) {
            const auto& [key, value] = entry;
            if (!first) out += ", ";
            first = false;
            if (v.as_hash().key_kind(entry) == Hash::KeyKind::String) ruby::append_inspect_string(out, key);
            else append_inspect(out, hash_key(v.as_hash(), entry));
            out += "=>";
            append_inspect(out, value);
         }
         out += '}';
         return;
      }
      case Value::Type::Time: out += inspect_time(v.as_time()); return;
      default: out += ruby::to_s(v); return;
   }
}

}  // namespace

namespace ruby {

void append_inspect_string(std::string& out, std::string_view s) {
   out += '"';
   for (std::size_t i = 0; i < s.size();) {
      const char c = s[i];
      const auto b = static_cast< unsigned char >(c);
      if (b >= 0x80) {
         std::uint32_t cp;
         const std::size_t len = utf8_decode(s, i, cp);
         if (len == 1) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", b);
            out += buf;
         } else if (escaped_code_point(cp)) {
            append_unicode_escape(out, cp);
         } else {
            out.append(s.data() + i, len);
         }
         i += len;
         continue;
      }
      switch (c) {
         case '"': out += "\\\""; break;
         case '\\': out += "\\\\"; break;
         case '\n': out += "\\n"; break;
         case '\t': out += "\\t"; break;
         case '\r': out += "\\r"; break;
         case '\f': out += "\\f"; break;
         case '\v': out += "\\v"; break;
         case '\b': out += "\\b"; break;
         case '\a': out += "\\a"; break;
         case '\x1b': out += "\\e"; break;
         case '#':
            // "#{", "#$" and "#@" would interpolate in a Ruby literal.
            if (i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '$' || s[i + 1] == '@'))
               out += '\\';
            out += '#';
            break;
         default:
            if (b < 0x20 || b == 0x7F) append_unicode_escape(out, b);
            else out += c;
      }
      ++i;
   }
   out += '"';
}

std::string to_s(const Value& v) {
   switch (v.type()) {
      case Value::Type::Nil: return {};
      case Value::Type::Bool: return v.as_bool() ? "true" : "false";
      case Value::Type::Integer: return std::to_string(v.as_integer());
      case Value::Type::Float: return float_to_s(v.as_float());
      case Value::Type::String: return v.as_string();
      case Value::Type::Array:
      case Value::Type::Hash: return inspect(v);
      case Value::Type::Drop: return v.as_drop().to_s();
      case Value::Type::Time: return time_to_s(v.as_time());
      case Value::Type::Range:
         return std::to_string(v.as_range().first) + ".." + std::to_string(v.as_range().last);
   }
   return {};
}

}  // namespace ruby

std::string inspect(const Value& v) {
   std::string out;
   append_inspect(out, v);
   return out;
}

}  // namespace jekyllpp::liquid
