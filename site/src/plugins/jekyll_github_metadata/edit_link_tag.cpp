#include "plugins/jekyll_github_metadata/edit_link_tag.hpp"

#include <optional>
#include <regex>

#include "filters/uri.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site::plugins::github_metadata {

namespace {

using liquid::Value;

// hash[key] for a Hash or a Drop (the gem's def_hash_delegator); nil for anything else.
Value member(const Value& value, std::string_view key) {
   if (value.is_hash()) {
      const Value* found = value.as_hash().find(key);
      return found ? *found : Value();
   }
   if (value.is_drop()) return value.as_drop().get(key);
   return Value();
}

// A part that is nil stays missing; a false part prints as "false", as Ruby's to_s does.
std::optional< std::string > part(const Value& value) {
   if (value.is_nil()) return std::nullopt;
   return liquid::to_output(value);
}

const Site* site_of(liquid::Context& context) {
   if (Site** site = context.register_as< Site* >("site")) return *site;
   if (const Site** site = context.register_as< const Site* >("site")) return *site;
   return nullptr;
}

class EditLinkTag : public liquid::Node {
public:
   EditLinkTag(std::optional< std::string > text, int line) : Node(line), text_(std::move(text)) {}

   void render(liquid::Context& context, std::string& output) const override {
      const std::string uri = edit_uri(context);
      if (text_)
         output += "<a href=\"" + uri + "\">" + *text_ + "</a>";
      else
         output += uri;
   }

private:
   std::string edit_uri(liquid::Context& context) const {
      const Site* site = site_of(context);
      const Value github = site ? site->config.get("github") : Value();
      Value source = member(github, "source");
      if (source.is_nil()) source = Value(liquid::Hash());
      const Value* page = context.register_as< Value >("page");
      const std::optional< std::string > parts[] = {part(member(github, "repository_url")), std::string("edit/"),
                                                    part(member(source, "branch")), part(member(source, "path")),
                                                    part(page ? member(*page, "path") : Value())};
      std::string joined;
      for (std::size_t i = 0; i < std::size(parts); ++i) {
         if (!parts[i]) {
            if (site) site->logger.warn("JekyllEditLink: ", "Cannot generate edit URLs due to missing site.github data");
            return "";
         }
         std::string piece = *parts[i];
         if (!piece.empty() && piece[0] == '/') piece.erase(0, 1);
         if (i + 1 < std::size(parts) && (piece.empty() || piece.back() != '/')) piece += '/';
         if (piece != "/") joined += piece;
      }
      return filters::uri_normalize(joined);
   }

   std::optional< std::string > text_;
};

// LINK_TEXT_REGEX: the text between the first pair of double, else single, quotes.
std::optional< std::string > link_text(const std::string& markup) {
   static const std::regex quoted(R"re((?:"(.*)"|'(.*)'))re");
   std::smatch match;
   if (!std::regex_search(markup, match, quoted)) return std::nullopt;
   return match[1].matched ? match[1].str() : match[2].str();
}

}  // namespace

void register_edit_link_tag(liquid::Environment& environment) {
   environment.register_tag("github_edit_link", [](const std::string&, const std::string& markup,
                                                  liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< EditLinkTag >(link_text(markup), parse.line_number());
   });
}

}  // namespace jekyllpp::site::plugins::github_metadata
