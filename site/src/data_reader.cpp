#include "jekyllpp/site/data_reader.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <vector>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/yaml_value.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

bool is_directory(const std::string& path) {
   struct stat st{};
   return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// DataReader#sanitize_filename: drops characters other than word, space and "-", and turns
// whitespace runs into "_".
std::string sanitize_filename(const std::string& name) {
   std::string kept;
   for (unsigned char c : name)
      if (std::isalnum(c) || c == '_' || c == '-' || std::isspace(c) || c >= 0x80) kept += char(c);
   std::size_t first = kept.find_first_not_of(" \t\n\r\f\v");
   std::size_t last = kept.find_last_not_of(" \t\n\r\f\v");
   kept = first == std::string::npos ? "" : kept.substr(first, last - first + 1);
   std::string out;
   bool in_space = false;
   for (char c : kept) {
      bool space = std::isspace(static_cast< unsigned char >(c));
      if (space && !in_space) out += '_';
      if (!space) out += c;
      in_space = space;
   }
   return out;
}

// Ruby's CSV.read: rows end with the row separator found first in the text ("\r\n", "\n" or
// "\r"); malformed input raises CSV::MalformedCSVError naming the row ("line") it is in.
std::vector< std::vector< std::optional< std::string > > > csv_rows(const std::string& text, char sep) {
   std::vector< std::vector< std::optional< std::string > > > rows;
   std::vector< std::optional< std::string > > row;
   const std::size_t first_newline = text.find_first_of("\r\n");
   std::string row_sep = "\n";
   if (first_newline != std::string::npos)
      row_sep = text.compare(first_newline, 2, "\r\n") == 0 ? "\r\n" : text.substr(first_newline, 1);
   auto malformed = [&](const std::string& what) {
      return Error(Error::Kind::Other, what + " in line " + std::to_string(rows.size() + 1) + ".",
                   "CSV::MalformedCSVError");
   };
   if (!liquid::ruby::utf8_valid(text)) {
      // CSV checks the encoding before it parses: a file it read as one 32 KiB sample names the
      // first line (split at the row separator) holding bytes that are not UTF-8; a longer
      // file's streaming scanner names line 1 for such bytes in that first sample, else their
      // own line (Ruby 3.1's csv, checked on both sides of the sample's end).
      std::size_t line = 1, start = 0;
      for (;; ++line) {
         const std::size_t end = text.find(row_sep, start);
         const std::size_t next = end == std::string::npos ? text.size() : end + row_sep.size();
         if (!liquid::ruby::utf8_valid(std::string_view(text).substr(start, next - start))) break;
         start = next;
      }
      std::uint32_t code_point = 0;
      std::size_t bad = start;
      while (liquid::ruby::utf8_decode(text, bad, code_point) != 1 || code_point < 0x80)
         bad += liquid::ruby::utf8_char_length(text, bad);
      constexpr std::size_t kSample = 32 * 1024;
      if (text.size() > kSample && bad < kSample) line = 1;
      throw Error(Error::Kind::Other, "Invalid byte sequence in UTF-8 in line " + std::to_string(line) + ".",
                  "CSV::MalformedCSVError");
   }
   std::string field;
   bool quoted = false, was_quoted = false, any = false;
   auto end_field = [&] {
      if (field.empty() && !was_quoted) row.emplace_back(std::nullopt);
      else row.emplace_back(field);
      field.clear();
      was_quoted = false;
   };
   for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      any = true;
      if (quoted) {
         if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
         else if (c == '"') quoted = false;
         else field += c;
      } else if (text.compare(i, row_sep.size(), row_sep) == 0) {
         i += row_sep.size() - 1;
         end_field();
         rows.push_back(std::move(row));
         row.clear();
         any = false;
      } else if (c == sep) {
         end_field();
      } else if (was_quoted) {
         throw malformed("Any value after quoted field isn't allowed");
      } else if (c == '"') {
         if (!field.empty()) throw malformed("Illegal quoting");
         quoted = was_quoted = true;
      } else if (c == '\n' || c == '\r') {
         const std::size_t run = text.find_first_not_of("\r\n", i);
         throw malformed("Unquoted fields do not allow new line <" +
                         liquid::inspect(Value(text.substr(i, run == std::string::npos ? run : run - i))) + ">");
      } else {
         field += c;
      }
   }
   if (quoted) throw malformed("Unclosed quoted field");
   if (any) {
      end_field();
      rows.push_back(std::move(row));
   }
   return rows;
}

Value read_data_file(Site& site, const std::string& path) {
   std::string ext = extname(path);
   std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
   // DataReader reads without "bom|": a byte order mark stays (in the first CSV header, or YAML's).
   std::string text = read_file_bytes(path);
   if (ext == ".csv") return parse_csv(text, ',');
   if (ext == ".tsv") return parse_csv(text, '\t');
   try {
      return parse_yaml(text);
   } catch (const YamlError& e) {
      (void)site;
      throw Error(Error::Kind::Other, e.what(), "Psych::SyntaxError");
   }
}

void read_data_to(Site& site, const std::string& dir, liquid::Hash& data) {
   if (!is_directory(dir)) return;
   std::vector< std::string > files, dirs;
   DIR* handle = ::opendir(dir.c_str());
   if (!handle) return;
   while (dirent* entry = ::readdir(handle)) {
      std::string name = entry->d_name;
      if (name[0] == '.') continue;
      std::string path = dir + "/" + name;
      if (is_directory(path)) {
         dirs.push_back(name);
         continue;
      }
      std::string ext = extname(name);
      if (ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".csv" || ext == ".tsv") files.push_back(name);
   }
   ::closedir(handle);
   // DataReader globs "*.{yaml,yml,json,csv,tsv}": each extension's names sorted, in that order, so
   // the last of same-named files wins (dup.json over dup.yml) and a key keeps its first place.
   auto rank = [](const std::string& name) {
      static const char* const order[] = {".yaml", ".yml", ".json", ".csv", ".tsv"};
      std::string ext = extname(name);
      return std::find(std::begin(order), std::end(order), ext) - std::begin(order);
   };
   std::sort(files.begin(), files.end(), [&](const std::string& a, const std::string& b) {
      auto ra = rank(a), rb = rank(b);
      return ra != rb ? ra < rb : a < b;
   });
   std::sort(dirs.begin(), dirs.end());
   for (const std::string& name : files) {
      std::string key = sanitize_filename(name.substr(0, name.size() - extname(name).size()));
      data.set(key, read_data_file(site, dir + "/" + name));
   }
   for (const std::string& name : dirs) {
      liquid::Hash nested;
      read_data_to(site, dir + "/" + name, nested);
      data.set(sanitize_filename(name), Value(std::move(nested)));
   }
}

}  // namespace

Value parse_csv(const std::string& text, char separator) {
   auto rows = csv_rows(text, separator);
   liquid::Array out;
   if (rows.empty()) return Value(std::move(out));
   const auto& headers = rows[0];
   for (std::size_t r = 1; r < rows.size(); ++r) {
      liquid::Hash hash;
      for (std::size_t i = 0; i < std::max(headers.size(), rows[r].size()); ++i) {
         std::string key = i < headers.size() && headers[i] ? *headers[i] : std::string();
         Value value = i < rows[r].size() && rows[r][i] ? Value(*rows[r][i]) : Value();
         if (!hash.contains(key)) hash.set(key, value);
      }
      out.emplace_back(std::move(hash));
   }
   return Value(std::move(out));
}

Value read_data(Site& site, const std::string& data_dir) {
   liquid::Hash data;
   read_data_to(site, site.in_source_dir(data_dir), data);
   return Value(std::move(data));
}

Value read_data_at(Site& site, const std::string& directory) {
   liquid::Hash data;
   read_data_to(site, directory, data);
   return Value(std::move(data));
}

}  // namespace jekyllpp::site
