// Rouge's Prometheus (PromQL) lexer: metrics with {label filters}, functions, aggregations
// and their by/without label lists.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_prometheus() {
   static const Words functions(
      "abs absent ceil changes clamp_max clamp_min count_scalar day_of_month day_of_week "
      "days_in_month delta deriv drop_common_labels exp floor histogram_quantile holt_winters hour "
      "idelta increase irate label_replace ln log2 log10 month predict_linear rate resets round "
      "scalar sort sort_desc sqrt time vector year avg_over_time min_over_time max_over_time "
      "sum_over_time count_over_time quantile_over_time stddev_over_time stdvar_over_time");
   Lexer l("prometheus");
   l.state("root")
      .mixin("strings")
      .mixin("whitespace")
      .rule(R"(-?\d+\.\d+)", Tok::NumFloat)
      .rule(R"(-?\d+[smhdwy]?)", Tok::NumInteger)
      .mixin("operators")
      .rule(R"((ignoring|on)(\())", {Tok::KeywordPseudo, Tok::Punctuation}, "label_list")
      .rule(R"((group_left|group_right)(\())", {Tok::KeywordType, Tok::Punctuation})
      .rule(R"((bool|offset)\b)", Tok::Keyword)
      .rule(R"((without|by)\b)", Tok::Keyword, "label_list")
      .rule(R"([\w:]+)", [](Runner& r) { r.token(functions.has(r.m()) ? Tok::NameBuiltin : Tok::Name); })
      .mixin("metrics");
   l.state("metrics")
      .rule(R"([a-zA-Z0-9_-]+)", Tok::Name)
      .rule(R"([\(\)\]:.,])", Tok::Punctuation)
      .rule(R"(\{)", Tok::Punctuation, "filters")
      .rule(R"(\[)", Tok::Punctuation);
   l.state("strings")
      .rule(R"(")", Tok::StrDouble, "double_string_escaped")
      .rule(R"(')", Tok::StrSingle, "single_string_escaped")
      .rule(R"(`.*`)", Tok::StrBacktick);
   l.state("double_string_escaped")
      .rule(R"(\\[\\abfnrtv"])", Tok::StrEscape)
      .rule(R"((?m)[^\\"]+)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("single_string_escaped")
      .rule(R"(\\[\\abfnrtv'])", Tok::StrEscape)
      .rule(R"((?m)[^\\']+)", Tok::StrSingle)
      .rule(R"(')", Tok::StrSingle, "#pop");
   l.state("filters")
      .mixin("inline_whitespace")
      .rule(R"(,)", Tok::Punctuation)
      .mixin("labels")
      .mixin("filter_matching_operators")
      .mixin("strings")
      .rule(R"(})", Tok::Punctuation, "#pop");
   l.state("label_list")
      .rule(R"(\()", Tok::Punctuation)
      .rule(R"([a-zA-Z0-9_:-]+)", Tok::NameAttribute)
      .rule(R"(,)", Tok::Punctuation)
      .mixin("whitespace")
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("labels").rule(R"([a-zA-Z0-9_:-]+)", Tok::NameAttribute);
   l.state("operators")
      .rule(R"([+\-\*/%\^])", Tok::Operator)
      .rule(R"(=|==|!=|<|>|<=|>=)", Tok::Operator)
      .rule(R"(and|or|unless)", Tok::Operator)
      .rule(R"((sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\b)", Tok::NameFunction);
   l.state("filter_matching_operators").rule(R"(!(=|~)|=~?)", Tok::Operator);
   l.state("inline_whitespace").rule(R"([ \t\r]+)", Tok::Text);
   l.state("whitespace")
      .mixin("inline_whitespace")
      .rule(R"((?m)\n\s*)", Tok::Text)
      .rule(R"(#.*?$)", Tok::Comment);
   l.finish();
   return l;
}

}  // namespace

const Lexer& prometheus_lexer() {
   static const Lexer lexer = make_prometheus();
   return lexer;
}

}  // namespace jekyllpp::highlight
