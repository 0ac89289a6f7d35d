#include "commonmark_renderer.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cctype>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "jekyllpp/highlight/highlight.hpp"
#include "jekyllpp/markdown/markdown.hpp"

namespace jekyllpp::markdown {

namespace {

// CommonMarker::Config::OPTS[:render] bits the renderer tests.
constexpr int opt_sourcepos = 1 << 1;
constexpr int opt_hardbreaks = 1 << 2;
constexpr int opt_nobreaks = 1 << 4;
constexpr int opt_github_pre_lang = 1 << 11;
constexpr int opt_unsafe = 1 << 17;

std::string_view literal(cmark_node* node) {
   const char* text = cmark_node_get_literal(node);
   return text ? std::string_view(text) : std::string_view();
}

// houdini_escape_html0 without `secure`: & < > ".
void escape_html(std::string& out, std::string_view text) {
   for (char c : text) {
      switch (c) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         case '"': out += "&quot;"; break;
         default: out += c;
      }
   }
}

// houdini_escape_href: URL characters kept, & and ' as entities, the rest %XX.
void escape_href(std::string& out, std::string_view url) {
   static const char* hex = "0123456789ABCDEF";
   for (char c : url) {
      const auto byte = static_cast< unsigned char >(c);
      if (std::isalnum(byte) || (byte != 0 && std::strchr("!#$%()*+,-./:;=?@_~", c))) {
         out += c;
      } else if (c == '&') {
         out += "&amp;";
      } else if (c == '\'') {
         out += "&#x27;";
      } else {
         out += '%';
         out += hex[byte >> 4];
         out += hex[byte & 15];
      }
   }
}

// Renderer#tagfilter: /<(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=\s|>|\/>)/i
// gets its "<" escaped (opening tags only).
std::string tagfilter(std::string_view html) {
   static const char* const names[] = {"title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"};
   std::string out;
   for (std::size_t i = 0; i < html.size(); ++i) {
      if (html[i] == '<') {
         for (const char* name : names) {
            const std::size_t n = std::strlen(name);
            if (i + 1 + n > html.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < n && same; ++k)
               same = std::tolower(static_cast< unsigned char >(html[i + 1 + k])) == name[k];
            if (!same) continue;
            const std::string_view after = html.substr(i + 1 + n);
            if (!after.empty() && (std::strchr(" \t\r\n\f\v>", after[0]) || after.substr(0, 2) == "/>")) {
               out += "&lt;";
               out.append(html.substr(i + 1, n));
               i += n;
               goto next;
            }
         }
      }
      out += html[i];
   next:;
   }
   return out;
}

class Renderer {
public:
   Renderer(int flags, bool tagfilter) : flags_(flags), tagfilter_(tagfilter) {}

   std::string run(cmark_node* document) {
      children(document);
      if (written_footnote_ix_) out_ += "</ol>\n</section>\n";
      return std::move(out_);
   }

private:
   bool enabled(int option) const { return (flags_ & option) != 0; }

   void cr() {
      if (!out_.empty() && out_.back() != '\n') out_ += '\n';
   }

   std::string sourcepos(cmark_node* node) const {
      if (!enabled(opt_sourcepos)) return "";
      return " data-sourcepos=\"" + std::to_string(cmark_node_get_start_line(node)) + ":" +
             std::to_string(cmark_node_get_start_column(node)) + "-" + std::to_string(cmark_node_get_end_line(node)) +
             ":" + std::to_string(cmark_node_get_end_column(node)) + "\"";
   }

   void children(cmark_node* node) {
      for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) render(child);
   }

   void render(cmark_node* node) {
      const std::string_view type = cmark_node_get_type_string(node);
      if (in_plain_ && type != "text" && type != "softbreak") {
         children(node);
         return;
      }
      switch (cmark_node_get_type(node)) {
         case CMARK_NODE_HEADING: {
            const std::string level = std::to_string(cmark_node_get_heading_level(node));
            cr();
            out_ += "<h" + level + sourcepos(node) + ">";
            children(node);
            out_ += "</h" + level + ">";
            cr();
            return;
         }
         case CMARK_NODE_PARAGRAPH: paragraph(node); return;
         case CMARK_NODE_LIST: list(node); return;
         case CMARK_NODE_ITEM: list_item(node); return;
         case CMARK_NODE_BLOCK_QUOTE:
            cr();
            out_ += "<blockquote" + sourcepos(node) + ">\n";
            children(node);
            out_ += "</blockquote>";
            cr();
            return;
         case CMARK_NODE_THEMATIC_BREAK:
            cr();
            out_ += "<hr" + sourcepos(node) + " />";
            cr();
            return;
         case CMARK_NODE_CODE_BLOCK: code_block(node); return;
         case CMARK_NODE_HTML_BLOCK:
            cr();
            raw_html(node);
            cr();
            return;
         case CMARK_NODE_HTML_INLINE: raw_html(node); return;
         case CMARK_NODE_EMPH: wrap(node, "<em>", "</em>"); return;
         case CMARK_NODE_STRONG: wrap(node, "<strong>", "</strong>"); return;
         case CMARK_NODE_LINK: link(node); return;
         case CMARK_NODE_IMAGE: image(node); return;
         case CMARK_NODE_TEXT: escape_html(out_, literal(node)); return;
         case CMARK_NODE_CODE:
            out_ += "<code>";
            escape_html(out_, literal(node));
            out_ += "</code>";
            return;
         case CMARK_NODE_LINEBREAK: out_ += "<br />\n"; return;
         case CMARK_NODE_SOFTBREAK:
            out_ += enabled(opt_hardbreaks) ? "<br />\n" : enabled(opt_nobreaks) ? " " : "\n";
            return;
         case CMARK_NODE_FOOTNOTE_REFERENCE: {
            const std::string_view n = literal(node);
            out_ += "<sup class=\"footnote-ref\"><a href=\"#fn";
            out_.append(n);
            out_ += "\" id=\"fnref";
            out_.append(n);
            out_ += "\">";
            out_.append(n);
            out_ += "</a></sup>";
            return;
         }
         case CMARK_NODE_FOOTNOTE_DEFINITION: footnote_definition(node); return;
         default: break;
      }
      if (type == "table") table(node);
      else if (type == "table_header") table_header(node);
      else if (type == "table_row") table_row(node);
      else if (type == "table_cell") table_cell(node);
      else if (type == "strikethrough") wrap(node, "<del>", "</del>");
      else children(node);
   }

   void wrap(cmark_node* node, const char* open, const char* close) {
      out_ += open;
      children(node);
      out_ += close;
   }

   void paragraph(cmark_node* node) {
      cmark_node* parent = cmark_node_parent(node);
      if (in_tight_ && cmark_node_get_type(parent) != CMARK_NODE_BLOCK_QUOTE) {
         children(node);
         return;
      }
      cr();
      out_ += "<p" + sourcepos(node) + ">";
      children(node);
      if (cmark_node_get_type(parent) == CMARK_NODE_FOOTNOTE_DEFINITION && !cmark_node_next(node)) {
         out_ += " ";
         footnote_backref();
      }
      out_ += "</p>";
      cr();
   }

   void list(cmark_node* node) {
      const bool old_tight = in_tight_;
      in_tight_ = cmark_node_get_list_tight(node);
      cr();
      if (cmark_node_get_list_type(node) == CMARK_BULLET_LIST) {
         out_ += "<ul" + sourcepos(node) + ">\n";
         children(node);
         out_ += "</ul>";
      } else {
         const int start = cmark_node_get_list_start(node);
         out_ += start == 1 ? "<ol" + sourcepos(node) + ">\n"
                            : "<ol start=\"" + std::to_string(start) + "\"" + sourcepos(node) + ">\n";
         children(node);
         out_ += "</ol>";
      }
      cr();
      in_tight_ = old_tight;
   }

   void list_item(cmark_node* node) {
      cr();
      const bool tasklist = std::string_view(cmark_node_get_type_string(node)) == "tasklist";
      out_ += "<li" + sourcepos(node);
      if (tasklist)
         out_ += cmark_gfm_extensions_get_tasklist_item_checked(node)
                    ? "><input type=\"checkbox\" checked=\"\" disabled=\"\" /"
                    : "><input type=\"checkbox\" disabled=\"\" /";
      out_ += tasklist ? "> " : ">";
      children(node);
      out_ += "</li>";
      cr();
   }

   // jekyll-commonmark's HtmlRenderer#code_block: Rouge's spans inside its highlighter-rouge divs.
   void code_block(cmark_node* node) {
      cr();
      const char* info = cmark_node_get_fence_info(node);
      std::optional< std::string > lang;
      if (info && *info) {
         std::string_view text = info;
         std::size_t start = text.find_first_not_of(" \t\r\n\f\v");
         std::size_t end = start == std::string_view::npos ? start : text.find_first_of(" \t\r\n\f\v", start);
         lang = start == 0 ? std::string(text.substr(0, end)) : std::string();
      }
      out_ += "<div class=\"";
      if (lang) out_ += "language-" + *lang + " ";
      out_ += "highlighter-rouge\"><div class=\"highlight\"><pre" + sourcepos(node) + " class=\"highlight\"";
      const std::string data_lang = lang ? " data-lang=\"" + *lang + "\"" : "";
      out_ += enabled(opt_github_pre_lang) ? data_lang + "><code>" : "><code" + data_lang + ">";
      // Rouge::Lexer.find_fancy(lang, code) || PlainText: without a language (as with `guess`)
      // Rouge guesses from the code.
      const highlight::Lexer* lexer = highlight::find_lexer_fancy(lang ? *lang : "guess", literal(node));
      if (!lexer) lexer = highlight::find_lexer("plaintext");
      out_ += highlight::format_html(*lexer, literal(node));
      out_ += "</code></pre></div></div>";
      cr();
   }

   void raw_html(cmark_node* node) {
      if (!enabled(opt_unsafe)) {
         out_ += "<!-- raw HTML omitted -->";
         return;
      }
      out_ += tagfilter_ ? tagfilter(literal(node)) : std::string(literal(node));
   }

   void link(cmark_node* node) {
      out_ += "<a href=\"";
      if (const char* url = cmark_node_get_url(node)) escape_href(out_, url);
      out_ += "\"";
      title(node);
      out_ += ">";
      children(node);
      out_ += "</a>";
   }

   void image(cmark_node* node) {
      out_ += "<img src=\"";
      if (const char* url = cmark_node_get_url(node)) escape_href(out_, url);
      out_ += "\"";
      const bool old_plain = in_plain_;
      in_plain_ = true;
      out_ += " alt=\"";
      children(node);
      out_ += "\"";
      in_plain_ = old_plain;
      title(node);
      out_ += " />";
   }

   void title(cmark_node* node) {
      const char* title = cmark_node_get_title(node);
      if (!title || !*title) return;
      out_ += " title=\"";
      escape_html(out_, title);
      out_ += "\"";
   }

   void table(cmark_node* node) {
      alignments_.clear();
      const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
      for (uint16_t i = 0, n = cmark_gfm_extensions_get_table_columns(node); aligns && i < n; ++i)
         alignments_.push_back(aligns[i]);
      needs_close_tbody_ = false;
      out_ += "<table" + sourcepos(node) + ">\n";
      children(node);
      if (needs_close_tbody_) out_ += "</tbody>\n";
      out_ += "</table>\n";
   }

   void table_header(cmark_node* node) {
      column_ = 0;
      in_header_ = true;
      out_ += "<thead>\n<tr" + sourcepos(node) + ">\n";
      children(node);
      out_ += "</tr>\n</thead>\n";
      in_header_ = false;
   }

   void table_row(cmark_node* node) {
      column_ = 0;
      if (!in_header_ && !needs_close_tbody_) {
         needs_close_tbody_ = true;
         out_ += "<tbody>\n";
      }
      out_ += "<tr" + sourcepos(node) + ">\n";
      children(node);
      out_ += "</tr>\n";
   }

   void table_cell(cmark_node* node) {
      const uint8_t align = column_ < alignments_.size() ? alignments_[column_] : 0;
      const char* attribute = align == 'l' ? " align=\"left\"" : align == 'r' ? " align=\"right\"" : align == 'c' ? " align=\"center\"" : "";
      out_ += std::string(in_header_ ? "<th" : "<td") + attribute + sourcepos(node) + ">";
      children(node);
      out_ += in_header_ ? "</th>\n" : "</td>\n";
      ++column_;
   }

   void footnote_definition(cmark_node* node) {
      if (!footnote_ix_) {
         out_ += "<section class=\"footnotes\">\n<ol>\n";
         footnote_ix_ = 0;
      }
      ++*footnote_ix_;
      out_ += "<li id=\"fn" + std::to_string(*footnote_ix_) + "\">\n";
      children(node);
      if (footnote_backref()) out_ += "\n";
      out_ += "</li>\n";
   }

   bool footnote_backref() {
      if (written_footnote_ix_ == footnote_ix_) return false;
      written_footnote_ix_ = footnote_ix_;
      out_ += "<a href=\"#fnref" + std::to_string(footnote_ix_.value_or(0)) + "\" class=\"footnote-backref\">\xE2\x86\xA9</a>";
      return true;
   }

   int flags_;
   bool tagfilter_;
   std::string out_;
   bool in_tight_ = false;
   bool in_plain_ = false;
   bool in_header_ = false;
   bool needs_close_tbody_ = false;
   std::vector< uint8_t > alignments_;
   std::size_t column_ = 0;
   std::optional< int > footnote_ix_, written_footnote_ix_;
};

}  // namespace

std::string render_commonmark(cmark_node* document, int render_flags, bool tagfilter) {
   return Renderer(render_flags, tagfilter).run(document);
}

}  // namespace jekyllpp::markdown
