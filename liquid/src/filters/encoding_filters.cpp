// Liquid's URL and Base64 filters: url_encode (CGI.escape), url_decode (CGI.unescape),
// base64_encode / decode and their URL-safe forms.
#include "filters/support.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"

namespace jekyllpp::liquid::filters {
namespace {

const char kHex[] = "0123456789ABCDEF";

int hex_value(char c) {
   if (c >= '0' && c <= '9') return c - '0';
   if (c >= 'a' && c <= 'f') return c - 'a' + 10;
   if (c >= 'A' && c <= 'F') return c - 'A' + 10;
   return -1;
}

// The bytes CGI.escape keeps as they are: ASCII letters, digits and _.-~
struct UnreservedBytes {
   bool kept[256] = {};
   constexpr UnreservedBytes() {
      for (int c = 0; c < 256; ++c)
         kept[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                   c == '.' || c == '-' || c == '~';
   }
};
constexpr UnreservedBytes kUnreserved;

Value url_encode(const FilterCall& call) {
   Args args(call, 0, 0);
   if (call.input.is_nil()) return Value();
   std::string tmp;
   const std::string& s = as_text(call.input, tmp);
   std::string out;
   out.reserve(s.size());  // grows only for escapes (a short result stays in the inline buffer)
   for (std::size_t i = 0; i < s.size();) {
      std::size_t run = i;  // kept bytes are copied a run at a time
      while (run < s.size() && kUnreserved.kept[static_cast< unsigned char >(s[run])]) ++run;
      out.append(s.data() + i, run - i);
      if (run == s.size()) break;
      const auto b = static_cast< unsigned char >(s[run]);
      if (b == ' ') {
         out += '+';
      } else {
         const char escaped[3] = {'%', kHex[b >> 4], kHex[b & 15]};
         out.append(escaped, 3);
      }
      i = run + 1;
   }
   return Value(std::move(out));
}

Value url_decode(const FilterCall& call) {
   Args args(call, 0, 0);
   if (call.input.is_nil()) return Value();
   const std::string s = to_s(call.input);
   std::string out;
   out.reserve(s.size());
   for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '+') {
         out += ' ';
      } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
         out += char(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
         i += 2;
      } else {
         out += s[i];
      }
   }
   if (!ruby::utf8_valid(out)) raise_argument_error("invalid byte sequence in UTF-8");
   return Value(std::move(out));
}

std::string base64_encode(const std::string& s, bool url_safe) {
   const char* alphabet = url_safe ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                                   : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
   std::string out;
   out.reserve((s.size() + 2) / 3 * 4);
   std::size_t i = 0;
   for (; i + 2 < s.size(); i += 3) {
      const unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8 | (unsigned char)s[i + 2];
      out += alphabet[v >> 18];
      out += alphabet[(v >> 12) & 63];
      out += alphabet[(v >> 6) & 63];
      out += alphabet[v & 63];
   }
   if (i + 1 == s.size()) {
      const unsigned v = (unsigned char)s[i] << 16;
      out += alphabet[v >> 18];
      out += alphabet[(v >> 12) & 63];
      out += "==";
   } else if (i + 2 == s.size()) {
      const unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8;
      out += alphabet[v >> 18];
      out += alphabet[(v >> 12) & 63];
      out += alphabet[(v >> 6) & 63];
      out += '=';
   }
   return out;
}

int base64_value(char c) {
   if (c >= 'A' && c <= 'Z') return c - 'A';
   if (c >= 'a' && c <= 'z') return c - 'a' + 26;
   if (c >= '0' && c <= '9') return c - '0' + 52;
   if (c == '+') return 62;
   if (c == '/') return 63;
   return -1;
}

// Ruby's strict_decode64: whole quads, padding only at the end, unused bits zero.
std::optional< std::string > strict_decode(const std::string& s) {
   if (s.size() % 4 != 0) return std::nullopt;
   std::string out;
   out.reserve(s.size() / 4 * 3);
   for (std::size_t i = 0; i < s.size(); i += 4) {
      const bool last = i + 4 == s.size();
      const int a = base64_value(s[i]), b = base64_value(s[i + 1]);
      if (a < 0 || b < 0) return std::nullopt;
      if (last && s[i + 2] == '=' && s[i + 3] == '=') {
         if (b & 15) return std::nullopt;
         out += char(a << 2 | b >> 4);
         break;
      }
      const int c = base64_value(s[i + 2]);
      if (c < 0) return std::nullopt;
      if (last && s[i + 3] == '=') {
         if (c & 3) return std::nullopt;
         out += char(a << 2 | b >> 4);
         out += char((b & 15) << 4 | c >> 2);
         break;
      }
      const int d = base64_value(s[i + 3]);
      if (d < 0) return std::nullopt;
      out += char(a << 2 | b >> 4);
      out += char((b & 15) << 4 | c >> 2);
      out += char((c & 3) << 6 | d);
   }
   return out;
}

}  // namespace

void register_encoding_filters(Environment& env) {
   env.register_filter("url_encode", url_encode);
   env.register_filter("url_decode", url_decode);
   env.register_filter("base64_encode", [](const FilterCall& call) {
      Args args(call, 0, 0);
      return Value(base64_encode(to_s(call.input), false));
   });
   env.register_filter("base64_url_safe_encode", [](const FilterCall& call) {
      Args args(call, 0, 0);
      return Value(base64_encode(to_s(call.input), true));
   });
   env.register_filter("base64_decode", [](const FilterCall& call) {
      Args args(call, 0, 0);
      auto decoded = strict_decode(to_s(call.input));
      if (!decoded) raise_argument_error("invalid base64 provided to base64_decode");
      return Value(std::move(*decoded));
   });
   env.register_filter("base64_url_safe_decode", [](const FilterCall& call) {
      Args args(call, 0, 0);
      std::string s = to_s(call.input);
      // urlsafe_decode64 pads a string that lacks its "=", then reads - and _ as + and /.
      if (!(!s.empty() && s.back() == '=') && s.size() % 4 != 0) s.append(4 - s.size() % 4, '=');
      for (char& c : s) {
         if (c == '-') c = '+';
         else if (c == '_') c = '/';
      }
      auto decoded = strict_decode(s);
      if (!decoded) raise_argument_error("invalid base64 provided to base64_url_safe_decode");
      return Value(std::move(*decoded));
   });
}

}  // namespace jekyllpp::liquid::filters
