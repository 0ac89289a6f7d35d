#include "pages.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace jekyllpp::serve {
namespace {

constexpr const char* kServerSoftware = "jekyllpp";

struct Entry {
   std::string name;   // directories end in "/"
   long long mtime;
   long long size;     // -1 for directories
};

std::string local_time(long long seconds) {
   std::time_t t = static_cast<std::time_t>(seconds);
   std::tm tm{};
   localtime_r(&t, &tm);
   char buffer[32];
   std::strftime(buffer, sizeof buffer, "%Y/%m/%d %H:%M", &tm);
   return buffer;
}

bool listed(const std::string& name) {
   if (name == "." || name == "..") return false;
   if (name.size() >= 3 && (name.compare(0, 3, ".ht") == 0 || name.compare(0, 3, ".HT") == 0)) {
      return false;
   }
   return name[0] != '~' && name.back() != '.' && name.back() != ' ';
}

}  // namespace

std::string escape_html(std::string_view text) {
   std::string out;
   out.reserve(text.size());
   for (char c : text) {
      switch (c) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         case '"': out += "&quot;"; break;
         case '\'': out += "&#39;"; break;
         default: out += c;
      }
   }
   return out;
}

std::string escape_path(std::string_view path) {
   static const std::string_view kKept =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()/:@&=+$,;";
   std::string out;
   for (unsigned char c : path) {
      if (kKept.find(static_cast<char>(c)) != std::string_view::npos) {
         out += static_cast<char>(c);
      } else {
         char buffer[4];
         std::snprintf(buffer, sizeof buffer, "%%%02X", c);
         out += buffer;
      }
   }
   return out;
}

std::string http_date(long long unix_seconds) {
   std::time_t t = static_cast<std::time_t>(unix_seconds);
   std::tm tm{};
   gmtime_r(&t, &tm);
   static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
   static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
   char buffer[40];
   std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
                 tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                 tm.tm_sec);
   return buffer;
}

bool parse_http_date(std::string_view text, long long& unix_seconds) {
   std::tm tm{};
   std::string copy(text);
   const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S", &tm);
   if (!end) return false;
   unix_seconds = static_cast<long long>(timegm(&tm));
   return true;
}

std::string directory_listing(const std::string& directory, std::string_view request_path,
                              std::string_view host) {
   std::vector<Entry> entries;
   if (DIR* dir = ::opendir(directory.c_str())) {
      while (dirent* item = ::readdir(dir)) {
         std::string name = item->d_name;
         if (!listed(name)) continue;
         struct stat st;
         if (::stat((directory + "/" + name).c_str(), &st) != 0) {
            entries.push_back({name, -1, -1});
         } else if (S_ISDIR(st.st_mode)) {
            entries.push_back({name + "/", st.st_mtime, -1});
         } else {
            entries.push_back({name, st.st_mtime, static_cast<long long>(st.st_size)});
         }
      }
      ::closedir(dir);
   }
   std::sort(entries.begin(), entries.end(),
             [](const Entry& a, const Entry& b) { return a.name < b.name; });
   struct stat parent;
   long long parent_mtime = ::stat((directory + "/..").c_str(), &parent) == 0 ? parent.st_mtime : -1;
   entries.insert(entries.begin(), Entry{"..", parent_mtime, -1});

   std::string title = "Index of " + escape_html(request_path);
   std::string body =
      "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<HTML>\n  <HEAD>\n"
      "    <TITLE>" + title + "</TITLE>\n"
      "    <style type=\"text/css\">\n    <!--\n"
      "    .name, .mtime { text-align: left; }\n"
      "    .size { text-align: right; }\n"
      "    td { text-overflow: ellipsis; white-space: nowrap; overflow: hidden; }\n"
      "    table { border-collapse: collapse; }\n"
      "    tr th { border-bottom: 2px groove; }\n"
      "    //-->\n    </style>\n  </HEAD>\n  <BODY>\n"
      "    <H1>" + title + "</H1>\n"
      "<TABLE width=\"100%\"><THEAD><TR>\n"
      "<TH class=\"name\">Name</TH><TH class=\"mtime\">Last modified</TH>"
      "<TH class=\"size\">Size</TH>\n</TR></THEAD>\n<TBODY>\n";
   for (const Entry& entry : entries) {
      std::string shown = entry.name == ".." ? "Parent Directory" : entry.name;
      if (entry.name != ".." && shown.size() > 25) shown = shown.substr(0, 23) + "..";
      body += "<TR><TD class=\"name\"><A HREF=\"" + escape_path(entry.name) + "\">" +
              escape_html(shown) + "</A></TD><TD class=\"mtime\">" +
              (entry.mtime >= 0 ? local_time(entry.mtime) : std::string()) +
              "</TD><TD class=\"size\">" +
              (entry.size >= 0 ? std::to_string(entry.size) : std::string("-")) +
              "</TD></TR>\n";
   }
   body += "</TBODY></TABLE><HR>    <ADDRESS>\n     ";
   body += kServerSoftware;
   body += "<BR>\n     at " + escape_html(host) + "\n    </ADDRESS>\n  </BODY>\n</HTML>\n";
   return body;
}

std::string status_page(unsigned status, std::string_view reason, std::string_view detail) {
   std::string title = escape_html(reason);
   return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\">\n<HTML>\n  <HEAD><TITLE>" +
          title + "</TITLE></HEAD>\n  <BODY>\n    <H1>" + title + "</H1>\n    " +
          escape_html(detail) + "\n    <HR>\n    <ADDRESS>\n     " + kServerSoftware +
          " (status " + std::to_string(status) + ")\n    </ADDRESS>\n  </BODY>\n</HTML>\n";
}

std::string build_error_page(std::string_view message, bool livereload) {
   std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
   if (!livereload) page += "<meta http-equiv=\"refresh\" content=\"2\">\n";
   page +=
      "<title>Build error</title>\n"
      "<style>body{font-family:sans-serif;margin:2em}"
      "pre{background:#fee;border:1px solid #c66;padding:1em;white-space:pre-wrap}</style>\n"
      "</head>\n<body>\n<h1>Build error</h1>\n<pre>" +
      escape_html(message) +
      "</pre>\n<p>The server is still watching your files: this page reloads once the site "
      "builds again.</p>\n</body>\n</html>\n";
   return page;
}

}  // namespace jekyllpp::serve
