#include "filters/uri.hpp"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "filters/unicode.hpp"

namespace jekyllpp::site::filters {

namespace {

bool is_alnum(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_unreserved(char c) { return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
bool is_sub_delim(char c) { return c && std::strchr("!$&'()*+,;=", c); }
bool is_reserved(char c) { return is_sub_delim(c) || (c && std::strchr(":/?#[]@", c)); }
bool is_pchar(char c) { return is_unreserved(c) || is_sub_delim(c) || c == ':' || c == '@'; }
bool is_fragment_char(char c) { return is_pchar(c) || c == '/' || c == '?'; }
bool is_query_char(char c) { return is_alnum(c) || (c && std::strchr("-._~!$'()*+,=:@/?", c)); }

int hex_value(char c) {
   if (c >= '0' && c <= '9') return c - '0';
   if (c >= 'a' && c <= 'f') return c - 'a' + 10;
   if (c >= 'A' && c <= 'F') return c - 'A' + 10;
   return -1;
}

void append_escaped(std::string& out, unsigned char c) {
   static const char digits[] = "0123456789ABCDEF";
   out += '%';
   out += digits[c >> 4];
   out += digits[c & 15];
}

// Addressable's unencode_component: %XX decoded, except the "+" of leave_plus ("%2B" kept,
// its hex upper-cased).
std::string unencode(std::string_view text, bool leave_plus = false) {
   std::string out;
   out.reserve(text.size());
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 2 < text.size()) {
         const int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
         if (high >= 0 && low >= 0) {
            const char decoded = char(high * 16 + low);
            if (leave_plus && decoded == '+') {
               out += "%2B";
            } else {
               out += decoded;
            }
            i += 2;
            continue;
         }
      }
      out += text[i];
   }
   return out;
}

// Addressable's normalize_component: unencode, NFKC, then encode every byte outside `keep`.
template < class Keep >
std::string normalize_component(std::string_view text, Keep keep, bool leave_plus = false) {
   const std::string unencoded = normalize_kc(unencode(text, leave_plus));
   std::string out;
   out.reserve(unencoded.size());
   for (std::size_t i = 0; i < unencoded.size(); ++i) {
      const char c = unencoded[i];
      if (leave_plus && c == '%' && unencoded.compare(i, 3, "%2B") == 0) {
         out += "%2B";
         i += 2;
      } else if (keep(c)) {
         out += c;
      } else {
         append_escaped(out, static_cast< unsigned char >(c));
      }
   }
   return out;
}

struct UriParts {
   std::string_view scheme, authority, path, query, fragment;
   bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

// RFC 3986 appendix B, as Addressable::URI.parse splits.
// The scheme's length: the text before the first of ":/?#" when that is a ':' after at least
// one byte, else 0 (no scheme).
std::size_t scheme_length(std::string_view text) {
   // find_first_of would call memchr on the set for every byte.
   for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == ':' || text[i] == '/' || text[i] == '?' || text[i] == '#') return text[i] == ':' ? i : 0;
   return 0;
}

UriParts split_uri(std::string_view text) {
   UriParts parts;
   if (const std::size_t scheme_end = scheme_length(text)) {
      parts.scheme = text.substr(0, scheme_end);
      parts.has_scheme = true;
      text.remove_prefix(scheme_end + 1);
   }
   if (text.substr(0, 2) == "//") {
      const std::size_t end = text.find_first_of("/?#", 2);
      parts.authority = text.substr(2, end == std::string_view::npos ? std::string_view::npos : end - 2);
      parts.has_authority = true;
      text.remove_prefix(end == std::string_view::npos ? text.size() : end);
   }
   const std::size_t hash = text.find('#');
   if (hash != std::string_view::npos) {
      parts.fragment = text.substr(hash + 1);
      parts.has_fragment = true;
      text = text.substr(0, hash);
   }
   const std::size_t question = text.find('?');
   if (question != std::string_view::npos) {
      parts.query = text.substr(question + 1);
      parts.has_query = true;
      text = text.substr(0, question);
   }
   parts.path = text;
   return parts;
}

std::string lower_ascii(std::string_view text) {
   std::string out(text);
   for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
   return out;
}

// RFC 3986 section 5.2.4.
std::string remove_dot_segments(std::string_view input) {
   std::string out;
   while (!input.empty()) {
      if (input.substr(0, 3) == "../") {
         input.remove_prefix(3);
      } else if (input.substr(0, 2) == "./") {
         input.remove_prefix(2);
      } else if (input.substr(0, 3) == "/./") {
         input.remove_prefix(2);
      } else if (input == "/.") {
         input = "/";
      } else if (input.substr(0, 4) == "/../" || input == "/..") {
         input = input.size() == 3 ? std::string_view("/") : input.substr(3);
         const std::size_t last = out.rfind('/');
         out.erase(last == std::string::npos ? 0 : last);
      } else if (input == "." || input == "..") {
         input = {};
      } else {
         const std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
         const std::size_t length = next == std::string_view::npos ? input.size() : next;
         out.append(input.substr(0, length));
         input.remove_prefix(length);
      }
   }
   return out;
}

// Ruby's String#strip: leading whitespace, trailing whitespace and NULs.
std::string_view ruby_strip(std::string_view text) {
   static const char whitespace[] = " \t\n\v\f\r";
   const std::size_t first = text.find_first_not_of(whitespace);
   if (first == std::string_view::npos) return {};
   const std::size_t last = text.find_last_not_of(std::string_view(" \t\n\v\f\r\0", 7));
   return text.substr(first, last + 1 - first);
}

// URI#normalized_path: the first colon of a scheme-less first segment escaped, the path
// stripped (`'page ' | relative_url` loses the space), each segment normalized.
std::string normalize_path(std::string_view raw_path, bool has_scheme) {
   std::string normalized;
   std::size_t start = 0;
   std::string escaped(raw_path);
   const std::size_t first_colon = escaped.find(':');
   if (!has_scheme && first_colon != std::string::npos && escaped.find('/') > first_colon)
      escaped.replace(first_colon, 1, "%2F");
   const std::string_view path = ruby_strip(escaped);
   while (true) {
      const std::size_t slash = path.find('/', start);
      std::string segment(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
      normalized += normalize_component(segment, is_pchar);
      if (slash == std::string_view::npos) break;
      normalized += '/';
      start = slash + 1;
   }
   if (normalized.find("/.") == std::string::npos && normalized.find("./") == std::string::npos &&
       normalized != "." && normalized != "..")
      return normalized;
   return remove_dot_segments(normalized);
}

std::string normalize_authority(std::string_view authority, const std::string& scheme) {
   std::string out;
   std::string_view host = authority;
   const std::size_t at = authority.rfind('@');
   if (at != std::string_view::npos) {
      out.append(authority.substr(0, at + 1));
      host = authority.substr(at + 1);
   }
   std::string_view port;
   const std::size_t colon = host.rfind(':');
   if (colon != std::string_view::npos && host.find(']', colon) == std::string_view::npos) {
      port = host.substr(colon + 1);
      host = host.substr(0, colon);
   }
   out += lower_ascii(host);
   const bool default_port = (scheme == "http" && port == "80") || (scheme == "https" && port == "443") ||
                             (scheme == "ftp" && port == "21");
   if (!port.empty() && !default_port) {
      out += ':';
      out.append(port);
   }
   return out;
}

// A path of unreserved characters and slashes, without a dot segment or an authority, which
// is its own normal form (relative_url's usual input: no scheme, nothing to escape or decode,
// NFKC leaves ASCII alone).
#ifdef __SSE2__
// Whether the 16 bytes at `at` are all unreserved or '/' (bytes from 0x80 are negative as
// signed bytes, so outside every range).
bool plain_path_bytes(const char* at) {
   const __m128i c = _mm_loadu_si128(reinterpret_cast< const __m128i* >(at));
   const auto in = [&](char low, char high) {
      return _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8(char(low - 1))), _mm_cmplt_epi8(c, _mm_set1_epi8(char(high + 1))));
   };
   const auto is = [&](char byte) { return _mm_cmpeq_epi8(c, _mm_set1_epi8(byte)); };
   const __m128i letters = _mm_or_si128(in('a', 'z'), _mm_or_si128(in('A', 'Z'), in('0', '9')));
   const __m128i marks = _mm_or_si128(_mm_or_si128(is('-'), is('.')), _mm_or_si128(_mm_or_si128(is('_'), is('~')), is('/')));
   return _mm_movemask_epi8(_mm_or_si128(letters, marks)) == 0xFFFF;
}
#endif

bool plain_path(std::string_view text) {
   // The bytes such a path may hold (unreserved and '/'), one table look-up each: relative_url
   // runs this over every URL a layout prints.
   static const struct PathBytes {
      bool allowed[256] = {};
      PathBytes() {
         for (int c = 0; c < 256; ++c) allowed[c] = is_unreserved(char(c)) || c == '/';
      }
   } bytes;
   if (text.substr(0, 2) == "//" || text == "." || text == "..") return false;
   std::size_t i = 0;
#ifdef __SSE2__
   // 16 bytes per step; a text of 16 bytes or more ends with the 16 bytes before its end.
   if (text.size() >= 16) {
      for (; i + 16 < text.size(); i += 16)
         if (!plain_path_bytes(text.data() + i)) return false;
      if (!plain_path_bytes(text.data() + text.size() - 16)) return false;
      i = text.size();
   }
#endif
   for (; i < text.size(); ++i)
      if (!bytes.allowed[static_cast< unsigned char >(text[i])]) return false;
   // A dot next to a slash ("/." or "./") may start a dot segment.
   for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1))
      if ((dot > 0 && text[dot - 1] == '/') || (dot + 1 < text.size() && text[dot + 1] == '/')) return false;
   return true;
}

// An http(s) URL of a lower-case host name and a plain path is its own normal form too
// (absolute_url's usual output: the site's url before a plain path).
bool plain_http_url(std::string_view text) {
   const std::size_t host = text.substr(0, 7) == "http://" ? 7 : text.substr(0, 8) == "https://" ? 8 : 0;
   const std::size_t slash = host ? text.find('/', host) : std::string_view::npos;
   if (slash == std::string_view::npos || slash == host) return false;
   for (const char c : text.substr(host, slash - host))
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
   return plain_path(text.substr(slash));
}

}  // namespace

bool uri_is_absolute(std::string_view text) { return scheme_length(text) != 0; }

std::string uri_normalize(std::string&& text) {
   if (plain_path(text) || plain_http_url(text)) return std::move(text);
   return uri_normalize(std::string_view(text));
}

std::string uri_normalize(std::string_view text) {
   if (plain_path(text) || plain_http_url(text)) return std::string(text);
   const UriParts parts = split_uri(text);
   const std::string scheme = lower_ascii(parts.scheme);
   std::string out;
   out.reserve(text.size() + 8);
   if (parts.has_scheme) {
      out += scheme;
      out += ':';
   }
   if (parts.has_authority) {
      out += "//";
      out += normalize_authority(parts.authority, scheme);
   }
   std::string path = normalize_path(parts.path, parts.has_scheme);
   if (path.empty() && (scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "tftp"))
      path = "/";
   out += path;
   if (parts.has_query) {
      std::string query;
      std::size_t start = 0;
      while (true) {
         const std::size_t amp = parts.query.find('&', start);
         const std::string_view pair =
            parts.query.substr(start, amp == std::string_view::npos ? std::string_view::npos : amp - start);
         query += normalize_component(pair, is_query_char, true);
         if (amp == std::string_view::npos) break;
         query += '&';
         start = amp + 1;
      }
      if (!query.empty()) {
         out += '?';
         out += query;
      }
   }
   if (parts.has_fragment) {
      const std::string fragment = normalize_component(parts.fragment, is_fragment_char);
      if (!fragment.empty()) {
         out += '#';
         out += fragment;
      }
   }
   return out;
}

std::string uri_normalize_component(std::string_view text) {
   return normalize_component(text, [](char c) { return is_reserved(c) || is_unreserved(c); });
}

std::string cgi_escape(std::string_view text) {
   std::string out;
   out.reserve(text.size());
   for (char c : text) {
      if (is_unreserved(c)) {
         out += c;
      } else if (c == ' ') {
         out += '+';
      } else {
         append_escaped(out, static_cast< unsigned char >(c));
      }
   }
   return out;
}

}  // namespace jekyllpp::site::filters
