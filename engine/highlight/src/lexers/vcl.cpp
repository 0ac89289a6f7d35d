// Rouge's VCL lexer (Varnish configuration): subroutines, req/beresp/... variables, {"long
// strings"}, durations, and inline C between C{ and }C.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "vcl set unset include import if else elseif elif elsif director probe backend acl declare "
   "local BOOL FLOAT INTEGER IP RTIME STRING TIME");
const Words functions(
   "ban call hash_data new regsub regsuball return rollback std.cache_req_body std.collect "
   "std.duration std.fileread std.healthy std.integer std.ip std.log std.port std.querysort "
   "std.random std.real std.real2time std.rollback std.set_ip_tos std.strstr std.syslog std.time "
   "std.time2integer std.time2real std.timestamp std.tolower std.toupper synth synthetic");
const Words variables(
   "bereq bereq.backend bereq.between_bytes_timeout bereq.connect_timeout "
   "bereq.first_byte_timeout bereq.method bereq.proto bereq.retries bereq.uncacheable bereq.url "
   "bereq.xid beresp beresp.age beresp.backend beresp.backend.ip beresp.backend.name "
   "beresp.do_esi beresp.do_gunzip beresp.do_gzip beresp.do_stream beresp.grace beresp.keep "
   "beresp.proto beresp.reason beresp.status beresp.storage_hint beresp.ttl beresp.uncacheable "
   "beresp.was_304 client.identity client.ip local.ip now obj.age obj.grace obj.hits obj.keep "
   "obj.proto obj.reason obj.status obj.ttl obj.uncacheable remote.ip req req.backend_hint "
   "req.can_gzip req.esi req.esi_level req.hash_always_miss req.hash_ignore_busy req.method "
   "req.proto req.restarts req.ttl req.url req.xid resp resp.proto resp.reason resp.status "
   "server.hostname server.identity server.ip");

// A hex or decimal number, with a fraction and an exponent (Rouge's /x pattern, flags kept).
const std::string numeric =
   R"((?i:(?:0x(?i:[0-9a-f]+)(?:\.(?i:[0-9a-f]+))?(?:p[+-]?(?i:[0-9a-f]+))?))"
   R"(|(?:[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)))";

bool all_of(std::string_view text, bool (*pred)(char)) {
   if (text.empty()) return false;
   for (char c : text) {
      if (!pred(c)) return false;
   }
   return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
   return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

Lexer make_vcl() {
   Lexer l("vcl");
   l.state("root")
      .rule(R"~((?m)\{".*?"})~", Tok::StrSingle)  // long strings
      .rule(R"~((?m)\{(\w+)".*?"(\1)\})~", Tok::StrSingle)  // {xyz"..."xyz}
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"((?://|#).*)", Tok::CommentSingle)
      .rule(R"(true|false)", Tok::KeywordConstant)
      .rule(R"((?:beresp|bereq|resp|req|obj)\.http\.[\w.-]+)", Tok::NameVariable)
      .rule(R"((?:var)\.[\w.-]+)", Tok::NameVariable)  // local variables
      .rule(R"((sub)([ \f\n\r\t\v]+)([\w-]+))", {Tok::Keyword, Tok::Text, Tok::NameFunction})
      .rule(R"(C\{)", Tok::CommentPreproc, "inline_c")
      .rule(R"((?i)\.?[a-z_][\w.-]*)", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (functions.has(r.m())) r.token(Tok::NameFunction);
         else if (variables.has(r.m())) r.token(Tok::NameVariable);
         else r.token(Tok::Text);
      })
      .rule(numeric + "(?:ms|s|m|h|d|w|y)", Tok::NumOther)  // durations
      .rule(numeric, [](Runner& r) {
         std::string_view number = r.m();
         bool integer = all_of(number, is_digit) ||
                        (number.substr(0, 2) == "0x" && all_of(number.substr(2), is_hex_digit));
         r.token(integer ? Tok::NumInteger : Tok::NumFloat);
      })
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"([&|+-]{2}|[<=>!*/+-]=|<<|>>|!~|[-+*/%><=!&|~])", Tok::Operator)
      .rule(R"([{}();.,])", Tok::Punctuation)
      .rule(R"(\r\n?|\n)", Tok::Text)
      .rule(R"(.)", Tok::Text);
   l.state("string")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(\\[\\"nt])", Tok::StrEscape)
      .rule(R"(\r\n?|\n)", Tok::StrDouble)
      .rule(R"(.)", Tok::StrDouble);
   l.state("inline_c")
      .rule(R"(}C)", Tok::CommentPreproc, "#pop")
      .rule(R"((?m).*?(?=}C))", [](Runner& r) { r.delegate(c_lexer()); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& vcl_lexer() {
   static const Lexer lexer = make_vcl();
   return lexer;
}

}  // namespace jekyllpp::highlight
