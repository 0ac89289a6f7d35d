#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <optional>

#include "jekyllpp/engine/converters.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/markdown/markdown.hpp"
#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::engine {

using liquid::Value;
using site::lookup;

namespace {

std::string lowercase(std::string_view text) {
   std::string out(text);
   std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
   return out;
}

std::string trimmed(std::string part, const char* blanks) {
   part.erase(0, part.find_first_not_of(blanks));
   part.erase(part.find_last_not_of(blanks) + 1);
   return part;
}

// A list written as text: the parts between commas, each trimmed of `blanks`.
std::vector<std::string> comma_parts(const std::string& all, const char* blanks) {
   std::vector<std::string> parts;
   for (std::size_t start = 0;;) {
      std::size_t comma = all.find(',', start);
      parts.push_back(trimmed(all.substr(start, comma == std::string::npos ? std::string::npos : comma - start), blanks));
      if (comma == std::string::npos) return parts;
      start = comma + 1;
   }
}

// kramdown's smart_quotes option: "a,b,c,d" or a list of four entity names or code points
// (a number, or a string of digits, names the code point).
std::vector<std::string> smart_quote_names(const Value& value) {
   if (!value.is_array()) return comma_parts(liquid::to_output(value), " \t");
   std::vector<std::string> names;
   for (const Value& item : value.as_array()) names.push_back(trimmed(liquid::to_output(item), " \t"));
   return names;
}

const char* const toc_levels_range_error = "Level numbers for option toc_levels have to be integers from 1 to 6";

// kramdown's toc_levels option as its validator reads it: a text "1..3" / "1,2,3"
// (markdown::toc_levels_named, also used by {::options}) or a list (each level's to_i). Another
// type, other text or a level outside 1..6 sets `error` to kramdown's message (every conversion
// then raises it, as Kramdown::Document.new does).
std::vector<int> toc_levels(const Value& value, std::string& error) {
   if (value.is_string()) {
      if (auto levels = markdown::toc_levels_named(value.as_string())) return *levels;
      // Text that reads once its digits are in range had the right syntax but wrong levels.
      std::string in_range = value.as_string();
      for (char& c : in_range)
         if (c == '0' || (c > '6' && c <= '9')) c = '1';
      error = markdown::toc_levels_named(in_range) ? toc_levels_range_error : "Invalid syntax for option toc_levels";
      return {};
   }
   if (!value.is_array()) {
      const char* type = value.is_integer() ? "Integer" : value.is_float() ? "Float" : value.is_hash() ? "Hash"
                         : value.is_bool() ? (value.truthy() ? "TrueClass" : "FalseClass") : "Time";
      error = std::string("Invalid type ") + type + " for option toc_levels";
      return {};
   }
   std::vector<int> levels;
   for (const Value& level : value.as_array()) {
      int number = level.is_integer() ? int(level.as_integer()) : std::atoi(liquid::to_output(level).c_str());
      if (number < 1 || number > 6) error = toc_levels_range_error;
      if (std::find(levels.begin(), levels.end(), number) == levels.end()) levels.push_back(number);
   }
   return levels;
}

// Whether kramdown's formatter_class gives Rouge::Formatters::HTML for a `formatter` setting: a
// String shaped as a constant name (an ASCII capital first) that is HTML or no Rouge formatter.
bool plain_rouge_html(const Value& formatter) {
   if (!formatter.is_string()) return false;
   const std::string& name = formatter.as_string();
   if (name.empty() || !std::isupper(static_cast< unsigned char >(name[0]))) return false;
   for (const char c : name)
      if (!std::isalnum(static_cast< unsigned char >(c)) && c != '_') return false;
   static const char* const others[] = {"HTMLLegacy", "HTMLInline", "HTMLTable", "HTMLPygments", "HTMLLinewise",
                                        "HTMLLineTable", "HTMLLineHighlighter", "Null", "Terminal256",
                                        "TerminalTruecolor", "Tex"};
   for (const char* other : others)
      if (name == other) return false;
   return true;
}

// KramdownParser#setup's `opts["default_lang"] ||= "plaintext"` on a syntax_highlighter_opts that
// is set (not nil or false) but no Hash: Ruby's error for String#[]=, Integer#[] / Array#[] or
// a missing [] (raised by the first conversion).
std::optional< site::Error > highlighter_opts_error(const site::Config& config) {
   const Value& opts = lookup(config.get("kramdown"), "syntax_highlighter_opts");
   if (!opts.truthy() || opts.is_hash()) return std::nullopt;
   if (opts.is_string()) return site::Error(site::Error::Kind::Other, "string not matched", "IndexError");
   if (opts.is_integer() || opts.is_array())
      return site::Error(site::Error::Kind::Other, "no implicit conversion of String into Integer", "TypeError");
   return site::Error(site::Error::Kind::Other,
                      "undefined method `[]' for " + liquid::inspect(opts) + ":" +
                         (opts.is_bool() ? "TrueClass" : opts.is_float() ? "Float" : opts.as_time().is_date ? "Date" : "Time") +
                         "\n\n          @config[\"syntax_highlighter_opts\"][\"default_lang\"] ||= \"plaintext\"\n"
                         "                                            ^^^^^^^^^^^^^^^^",
                      "NoMethodError");
}

}  // namespace

markdown::Options kramdown_options(const site::Config& config, std::string* error) {
   const Value& k = config.get("kramdown");
   markdown::Options options;
   auto flag = [&](const char* key, bool& target) {
      const Value& value = lookup(k, key);
      if (!value.is_nil()) target = value.truthy();
   };
   auto text = [&](const char* key, std::string& target) {
      const Value& value = lookup(k, key);
      if (!value.is_nil()) target = liquid::to_output(value);
   };
   std::string input = lowercase(liquid::to_output(lookup(k, "input")));
   options.input = input == "kramdown" ? markdown::Options::Input::kramdown : markdown::Options::Input::gfm;
   flag("auto_ids", options.auto_ids);
   text("auto_id_prefix", options.auto_id_prefix);
   flag("hard_wrap", options.hard_wrap);
   if (const Value& entities = lookup(k, "entity_output"); !entities.is_nil())
      options.entity_output = markdown::entity_output_named(liquid::to_output(entities));
   flag("parse_block_html", options.parse_block_html);
   text("footnote_backlink", options.footnote_backlink);
   if (const Value& nr = lookup(k, "footnote_nr"); nr.is_integer()) options.footnote_nr = int(nr.as_integer());
   if (const Value& offset = lookup(k, "header_offset"); offset.is_integer())
      options.header_offset = int(offset.as_integer());
   if (const Value& quotes = lookup(k, "smart_quotes"); !quotes.is_nil()) options.smart_quotes = smart_quote_names(quotes);
   if (const Value& levels = lookup(k, "toc_levels"); !levels.is_nil()) {
      std::string invalid;
      std::vector<int> parsed = toc_levels(levels, invalid);
      if (invalid.empty()) options.toc_levels = std::move(parsed);
      else if (error) *error = std::move(invalid);
   }
   // Jekyll: kramdown's syntax_highlighter defaults to the site's `highlighter`.
   Value highlighter = lookup(k, "syntax_highlighter");
   if (highlighter.is_nil()) highlighter = config.get("highlighter");
   const bool rouge = highlighter.is_string() && highlighter.as_string() == "rouge";
   const Value& opts = lookup(k, "syntax_highlighter_opts");
   if (const Value& guess = lookup(k, "guess_lang"); !guess.is_nil()) options.guess_lang = guess.truthy();
   // kramdown's rouge.rb: the `block:` and `span:` settings over the common ones.
   auto per_kind = [](const Value& from, markdown::Options::LineNumbers& numbers, std::string& default_lang) {
      if (const Value& on = lookup(from, "line_numbers"); !on.is_nil()) numbers.on = on.truthy();
      // Rouge counts `start_line..start_line + lines - 1`: text or a float cannot start that range
      if (const Value& start = lookup(from, "start_line"); start.is_integer()) {
         numbers.start = int(start.as_integer());
         numbers.start_error.clear();
      } else if (start.is_string()) {
         numbers.start_error = "no implicit conversion of Integer into String";
      } else if (start.is_float()) {
         numbers.start_error = "can't iterate from Float";
      }
      for (auto [key, field] : {std::pair{"line_format", &numbers.format}, {"table_class", &numbers.table_class},
                                {"gutter_class", &numbers.gutter_class}, {"code_class", &numbers.code_class}})
         if (const Value& value = lookup(from, key); !value.is_nil()) *field = liquid::to_output(value);
      if (const Value& lang = lookup(from, "default_lang"); lang.is_string()) default_lang = lang.as_string();
   };
   per_kind(opts, options.block_line_numbers, options.block_default_lang);
   per_kind(opts, options.span_line_numbers, options.span_default_lang);
   per_kind(lookup(opts, "block"), options.block_line_numbers, options.block_default_lang);
   per_kind(lookup(opts, "span"), options.span_line_numbers, options.span_default_lang);
   // `opts[:css_class] ||= 'highlight'`: a block's <pre> class (spans are not wrapped).
   auto css_class = [&](const Value& from) {
      if (const Value& value = lookup(from, "css_class"); !value.is_nil())
         options.block_css_class = value.truthy() ? liquid::to_output(value) : "highlight";
   };
   css_class(opts);
   css_class(lookup(opts, "block"));
   for (const Value* from : {&opts, &lookup(opts, "block")})
      if (const Value& wrap = lookup(*from, "wrap"); !wrap.is_nil()) options.block_wrap = wrap.truthy();
   // rouge.rb's formatter_class: a `formatter` named like a constant (/\A[[:upper:]][[:alnum:]_]*\z/)
   // is looked up in Rouge::Formatters; HTML itself, or a name Rouge lacks (NameError), gives
   // Rouge::Formatters::HTML: the bare tokens, no wrapper, no line numbers. (Rouge's other
   // formatters are not modelled: they stay HTMLLegacy.)
   for (const char* kind : {"block", "span"}) {
      const Value& own = lookup(lookup(opts, kind), "formatter");
      if (!plain_rouge_html(own.is_nil() ? lookup(opts, "formatter") : own)) continue;
      (std::string_view(kind) == "block" ? options.block_line_numbers : options.span_line_numbers).on = false;
      if (std::string_view(kind) == "block") options.block_wrap = false;
   }
   // rouge.rb's `disable` (the common setting, or the block:/span: one over it): no highlighting
   // for that kind, its code written as without a highlighter.
   auto disabled = [&](const char* kind) {
      const Value& own = lookup(lookup(opts, kind), "disable");
      return own.is_nil() ? lookup(opts, "disable").truthy() : own.truthy();
   };
   options.highlight_blocks = rouge && !disabled("block");
   options.highlight_spans = rouge && !disabled("span");
   return options;
}

namespace {

// CommonMarker's option names (parse and render, as one set) and extensions.
const std::vector< std::string_view > commonmark_option_names = {
   "DEFAULT", "SOURCEPOS", "UNSAFE", "VALIDATE_UTF8", "SMART", "LIBERAL_HTML_TAG", "FOOTNOTES",
   "STRIKETHROUGH_DOUBLE_TILDE", "HARDBREAKS", "NOBREAKS", "GITHUB_PRE_LANG", "TABLE_PREFER_STYLE_ATTRIBUTES",
   "FULL_INFO_STRING"};
const std::vector< std::string_view > commonmark_extension_names = {"table", "strikethrough", "autolink", "tagfilter",
                                                                    "tasklist"};

// jekyll-commonmark's settings: `commonmark: {options: [...], extensions: [...]}`, options
// upper-cased; a list that is missing (or not a list) is empty, as its NoMethodError rescue makes it.
std::vector< std::string > commonmark_setting(const site::Config& config, const char* key, bool upcase) {
   std::vector< std::string > names;
   const Value& list = lookup(config.get("commonmark"), key);
   if (!list.is_array()) return names;
   for (const Value& item : list.as_array()) {
      std::string name = liquid::to_output(item);
      if (upcase) std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::toupper(c)); });
      names.push_back(name);
   }
   return names;
}

// CommonMark#validate: the names `valid` lacks are dropped, each with a warning.
std::vector< std::string > validated(std::vector< std::string > names, const std::vector< std::string_view >& valid,
                                     const char* type, site::Logger& logger) {
   std::string listed;
   for (std::string_view name : valid) listed += (listed.empty() ? "" : ", ") + std::string(name);
   std::vector< std::string > kept;
   for (std::string& name : names) {
      if (std::find(valid.begin(), valid.end(), name) != valid.end()) {
         kept.push_back(std::move(name));
         continue;
      }
      logger.warn("CommonMark:", name + " is not a valid " + type);
      logger.info(std::string("Valid ") + type + "s:", listed);
   }
   return kept;
}

// Jekyll::Converters::Markdown with the kramdown processor, or with jekyll-commonmark's
// (`markdown: CommonMark` and the plugin loaded).
class MarkdownConverter : public site::Converter {
public:
   enum class Processor { Kramdown, CommonMark, Invalid };

   MarkdownConverter(const site::Config& config, Processor processor, bool commonmark_loaded, site::Logger& logger,
                     std::shared_ptr< ConversionCache > cache)
       : cache_(std::move(cache)), options_(kramdown_options(config, &option_error_)),
         setup_error_(highlighter_opts_error(config)), processor_(processor),
         commonmark_loaded_(commonmark_loaded),
         processor_name_(config.string("markdown")), safe_(config.flag("safe")), logger_(logger),
         commonmark_options_(commonmark_setting(config, "options", true)),
         commonmark_extensions_(commonmark_setting(config, "extensions", false)) {
      for (const std::string& ext : comma_parts(config.string("markdown_ext"), " "))
         if (!ext.empty()) extensions_.push_back("." + lowercase(ext));
   }
   std::string class_name() const override { return "Jekyll::Converters::Markdown"; }
   bool matches(std::string_view ext) const override {
      std::string lower = lowercase(ext);
      return std::find(extensions_.begin(), extensions_.end(), lower) != extensions_.end();
   }
   std::string output_ext(std::string_view) const override { return ".html"; }
   std::string highlighter_prefix() const override { return "\n"; }
   std::string highlighter_suffix() const override { return "\n"; }
   std::string convert(std::string_view content, const std::string&) const override {
      if (!cache_) return convert_text(content);
      if (std::optional< std::string > converted = cache_->find(content)) return std::move(*converted);
      std::string converted = convert_text(content);
      cache_->store(content, converted);
      return converted;
   }

private:
   std::string convert_text(std::string_view content) const {
      if (processor_ == Processor::Invalid) invalid_processor();
      if (processor_ == Processor::CommonMark) {
         // The processor is made, and its settings checked, at the first conversion.
         std::call_once(setup_, [this] {
            commonmark_options_ = validated(std::move(commonmark_options_), commonmark_option_names, "option", logger_);
            commonmark_extensions_ =
               validated(std::move(commonmark_extensions_), commonmark_extension_names, "extension", logger_);
         });
         try {
            return markdown::commonmark_to_html(content, commonmark_extensions_, commonmark_options_);
         } catch (const markdown::AmbiguousGuess& e) {
            ambiguous_guess(e);
         }
      }
      if (setup_error_) throw *setup_error_;
      if (!option_error_.empty()) throw site::Error(site::Error::Kind::Other, option_error_, "Kramdown::Error");
      // Kramdown::Parser::Base#adapt_source.
      if (!liquid::ruby::utf8_valid(content))
         throw site::Error(site::Error::Kind::Other,
                           "The source text contains invalid characters for the used encoding UTF-8", "RuntimeError");
      try {
         return markdown::to_html(content, options_);
      } catch (const markdown::NestingTooDeep&) {
         throw site::StackLevelTooDeep();
      } catch (const markdown::AmbiguousGuess& e) {
         ambiguous_guess(e);
      } catch (const markdown::FormatError& e) {
         throw site::Error(site::Error::Kind::Other, e.what(), e.ruby_class());
      }
   }

   // A ```guess block (or, with CommonMark, one without a language) Rouge cannot decide on.
   [[noreturn]] static void ambiguous_guess(const markdown::AmbiguousGuess& e) {
      site::Error error(site::Error::Kind::Other, e.what(), "Rouge::Guesser::Ambiguous");
      error.set_to_s("Rouge::Guesser::Ambiguous");
      throw error;
   }

   // Markdown#setup without a processor: logged once, raised by every conversion.
   [[noreturn]] void invalid_processor() const {
      std::call_once(setup_, [this] {
         if (safe_) logger_.warn("Build Warning:", "Custom processors are not loaded in safe mode");
         logger_.error("Markdown processor:", liquid::inspect(Value(processor_name_)) + " is not a valid Markdown processor.");
         logger_.error("", std::string("Available processors are: kramdown") + (commonmark_loaded_ ? ", CommonMark" : ""));
         logger_.error("");
      });
      throw site::Error(site::Error::Kind::Fatal, "Invalid Markdown processor given: " + processor_name_);
   }

   std::shared_ptr< ConversionCache > cache_;
   std::string option_error_;  // a Kramdown::Error its options raise at each conversion
   markdown::Options options_;
   std::optional< site::Error > setup_error_;  // what Jekyll's KramdownParser#setup raises first
   Processor processor_;
   bool commonmark_loaded_;
   std::string processor_name_;
   bool safe_;
   site::Logger& logger_;
   mutable std::once_flag setup_;
   mutable std::vector< std::string > commonmark_options_, commonmark_extensions_;
   std::vector< std::string > extensions_;
};

}  // namespace

std::unique_ptr< site::Converter > make_markdown_converter(const site::Config& config,
                                                          const std::vector< std::string >& plugins,
                                                          site::Logger& logger,
                                                          std::shared_ptr< ConversionCache > cache) {
   // Markdown#get_processor: "kramdown" in any case, or the name of a class in
   // Jekyll::Converters::Markdown: KramdownParser, or CommonMark once jekyll-commonmark is required.
   const std::string name = config.string("markdown");
   const bool commonmark_loaded = std::find(plugins.begin(), plugins.end(), "jekyll-commonmark") != plugins.end();
   using Processor = MarkdownConverter::Processor;
   Processor processor = Processor::Invalid;
   if (lowercase(name) == "kramdown" || name == "KramdownParser") processor = Processor::Kramdown;
   else if (name == "CommonMark" && commonmark_loaded) processor = Processor::CommonMark;
   return std::make_unique< MarkdownConverter >(config, processor, commonmark_loaded, logger, std::move(cache));
}

}  // namespace jekyllpp::engine
