#include "filters/url_filters.hpp"

#include <cstdint>

#include "filters/filter_support.hpp"
#include "filters/registration.hpp"
#include "filters/text.hpp"
#include "filters/uri.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::filters {

namespace {

void append_with_leading_slash(std::string& out, std::string_view part) {
   if (!part.empty() && part.front() != '/') out += '/';
   out.append(part);
}

// `input.url if input.respond_to?(:url)`, then to_s: a string input as it is, anything else
// made in `buffer` (these filters run for every URL a layout prints).
std::string_view url_input(const liquid::Value& input, std::string& buffer) {
   if (input.is_string()) return input.as_string();
   if (input.is_drop() && input.as_drop().has_key("url")) buffer = ruby_to_s(input.as_drop().get("url"));
   else buffer = ruby_to_s(input);
   return buffer;
}

// site.config[key]. The configuration keeps one shape for the build: the key's last position
// (`guess`) is tried before a hash look-up.
std::string_view config_string(const Site& site, std::string_view key, std::uint32_t& guess, std::string& buffer) {
   const liquid::Value* found = site.config.data.is_hash() ? site.config.data.as_hash().find(key, guess) : nullptr;
   const liquid::Value& value = found ? *found : site.config.get(key);
   if (value.is_string()) return value.as_string();
   buffer = value.is_nil() ? std::string() : ruby_to_s(value);
   return buffer;
}

}  // namespace

std::string relative_url(std::string_view input, std::string_view baseurl) {
   if (uri_is_absolute(input)) return std::string(input);
   if (!baseurl.empty() && baseurl.back() == '/') baseurl.remove_suffix(1);
   std::string joined;
   joined.reserve(baseurl.size() + input.size() + 2);
   append_with_leading_slash(joined, baseurl);
   append_with_leading_slash(joined, input);
   return uri_normalize(std::move(joined));
}

std::string absolute_url(std::string_view input, std::string_view site_url, std::string_view baseurl) {
   if (uri_is_absolute(input)) return std::string(input);
   if (site_url.empty()) return relative_url(input, baseurl);
   return uri_normalize(std::string(site_url) + relative_url(input, baseurl));
}

std::string strip_index(const std::string& url) {
   // sub(%r!/index\.html?$!, "/"): the first match before a line end or the end.
   for (std::size_t at = url.find("/index.htm"); at != std::string::npos; at = url.find("/index.htm", at + 1)) {
      std::size_t end = at + 10;
      if (end < url.size() && url[end] == 'l') ++end;
      if (end == url.size() || url[end] == '\n') return url.substr(0, at) + "/" + url.substr(end);
   }
   return url;
}

void register_url_filters(liquid::Environment& environment) {
   environment.register_filter("relative_url", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (call.input.is_nil()) return {};
      std::string input_buffer, baseurl_buffer;
      const std::string_view input = url_input(call.input, input_buffer);
      if (uri_is_absolute(input)) return call.input.is_drop() ? liquid::Value(std::string(input)) : call.input;
      thread_local std::uint32_t baseurl_guess = 0;
      return relative_url(input, config_string(site_of(call.context), "baseurl", baseurl_guess, baseurl_buffer));
   });
   environment.register_filter("absolute_url", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (call.input.is_nil()) return {};
      std::string input_buffer, url_buffer, baseurl_buffer;
      const std::string_view input = url_input(call.input, input_buffer);
      if (uri_is_absolute(input)) return call.input.is_drop() ? liquid::Value(std::string(input)) : call.input;
      const Site& site = site_of(call.context);
      thread_local std::uint32_t url_guess = 0, baseurl_guess = 0;
      return absolute_url(input, config_string(site, "url", url_guess, url_buffer),
                          config_string(site, "baseurl", baseurl_guess, baseurl_buffer));
   });
   environment.register_filter("strip_index", [](const liquid::FilterCall& call) -> liquid::Value {
      check_arity(call, 1, 1);
      if (!call.input.is_string()) return call.input.is_nil() ? liquid::Value() : call.input;
      const std::string& input = call.input.as_string();
      if (input.empty()) return {};
      return strip_index(input);
   });
}

}  // namespace jekyllpp::site::filters
