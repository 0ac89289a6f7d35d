// Rouge's ECL lexer (HPCC Systems' Enterprise Control Language). Names are looked up in lower
// case with their trailing digits: `string20`, `integer4`, `real8` are types.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words class_first(
   "file date str math metaphone metaphone3 uni audit blas system");

const Words class_second(
   "debug email job log thorlib util workunit");

const Words functions(
   "abs acos aggregate allnodes apply ascii asin asstring atan _token ave case catch choose "
   "choosen choosesets clustersize combine correlation cos cosh count covariance cron "
   "dataset dedup define denormalize dictionary distribute distributed distribution ebcdic "
   "enth error evaluate event eventextra eventname exists exp failcode failmessage fetch "
   "fromunicode fromxml getenv getisvalid global graph group hash hashcrc having httpcall "
   "httpheader if iff index intformat isvalid iterate join keyunicode length library limit "
   "ln local log loop map matched matchlength matchposition matchtext matchunicode max merge "
   "mergejoin min nofold nolocal nonempty normalize parse pipe power preload process project "
   "pull random range rank ranked realformat recordof regexfind regexreplace regroup "
   "rejected rollup round roundup row rowdiff sample set sin sinh sizeof soapcall sort "
   "sorted sqrt stepped stored sum table tan tanh thisnode topn tounicode toxml transfer "
   "transform trim truncate typeof ungroup unicodeorder variance which workunit xmldecode "
   "xmlencode xmltext xmlunicode assert build buildindex fail keydiff keypatch loadxml "
   "nothor notify output parallel sequential wait");

const Words keywords(
   "and or in not all any as from atmost before best between case const counter csv descend "
   "encrypt end endmacro enum except exclusive expire export extend fail few first flat full "
   "function functionmacro group heading hole ifblock import joined keep keyed last left "
   "limit load local locale lookup many maxcount maxlength _token module interface named "
   "nocase noroot noscan nosort of only opt outer overwrite packed partition penalty "
   "physicallength pipe quote record repeat return right rows scan self separator service "
   "shared skew skip sql store terminator thor threshold token transform trim type "
   "unicodeorder unsorted validate virtual whole wild within xml xpath after cluster "
   "compressed compression default encoding escape fileposition forward grouped inner "
   "internal linkcounted literal lzw mofn multiple namespace wnotrim noxpath onfail prefetch "
   "retry rowset scope smart soapaction stable timelimit timeout unordered unstable update "
   "use width");

const Words templates(
   "append apply break constant debug declare demangle else elseif end endregion error "
   "expand export exportxml for forall getdatatype if ifdefined inmodule isdefined isvalid "
   "line link loop mangle onwarning option region set stored text trace uniquename warning "
   "webservice workunit loadxml");

const Words types(
   "ascii big_endian boolean data decimal ebcdic grouped integer linkcounted pattern qstring "
   "real record rule set of streamed string token udecimal unicode utf8 unsigned varstring "
   "varunicode");

const Words typed(
   "data string qstring varstring varunicode unicode utf8");

// Rouge's `id` callback: `hash` is the leading "#", `word` the name without its trailing
// digits, `digits` those digits.
Tok classify(std::string_view hash, std::string_view word, std::string_view digits) {
   std::string name_only = ascii_downcase(word);
   std::string name = name_only + std::string(digits);
   // Ruby's to_i of a digit run (nil when there is none); large runs only need to be > 8.
   int number = -1;
   if (!digits.empty()) {
      number = 0;
      for (char c : digits) number = number > 1000 ? number : number * 10 + (c - '0');
   }
   if (!hash.empty()) return templates.has(name) ? Tok::KeywordType : Tok::Error;
   if (typed.has(name_only) && number >= 0) return Tok::KeywordType;
   if (types.has(name)) return Tok::KeywordType;
   if (keywords.has(name)) return Tok::Keyword;
   if (functions.has(name)) return Tok::NameFunction;
   if ((name_only == "integer" || name_only == "unsigned") && number >= 1 && number <= 8)
      return Tok::KeywordType;
   if (name_only == "real" && (number == 4 || number == 8)) return Tok::KeywordType;
   if (name == "true" || name == "false") return Tok::KeywordConstant;
   return Tok::NameOther;
}

Lexer make_ecl() {
   Lexer l("ecl");
   l.state("single_quote")
      .rule(R"([xDQUV]?'([^'\\]*(?:\\.[^'\\]*)*)')", Tok::StrSingle)
      .rule(R"(\\(x\\h{2}|[0-2][0-7]{0,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$))", Tok::Text);
   l.state("inline_whitespace")
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)  // line continuation
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline);
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule("//.*", Tok::CommentSingle)
      .mixin("inline_whitespace");
   l.state("root")
      .mixin("whitespace")
      .mixin("single_quote")
      .rule(R"(\b(?i:(and|not|or|in))\b)", Tok::OperatorWord)
      .rule(R"([:=|>|<|<>|/|\\|\+|-|=])", Tok::Operator)
      .rule(R"([\[\]{}();,\&,\.,\%])", Tok::Punctuation)
      .rule(R"((?m)\b(?i:(beginc\+\+.*?endc\+\+)))", Tok::StrSingle)
      .rule(R"((?m)\b(?i:(embed.*?endembed)))", Tok::StrSingle)
      .rule(R"(\b(\w+)\.(\w+)\.(\w+))", [](Runner& r) {
         bool std_class =
            r.m(1) == "std" && class_first.has(r.m(2)) && class_second.has(r.m(3));
         r.token(std_class ? Tok::NameClass : Tok::NameVariable);
      })
      .rule(R"(\b(?i:(u)?decimal)(\d+(_\d+)?)\b)", Tok::KeywordType)
      .rule(R"((?i)\d+\.\d+(e[\+\-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)x[0-9a-f]+)", Tok::NumHex)
      .rule(R"((?i)0x[0-9a-f]+)", Tok::NumHex)
      .rule(R"((?i)0[0-9a-f]+x)", Tok::NumHex)
      .rule(R"(0[bB][01]+)", Tok::NumBin)
      .rule(R"([01]+[bB])", Tok::NumBin)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"((?i)(#?)\b([a-z_][\w]*?)(\d*)\b)",
            [](Runner& r) { r.token(classify(r.m(1), r.m(2), r.m(3))); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& ecl_lexer() {
   static const Lexer lexer = make_ecl();
   return lexer;
}

}  // namespace jekyllpp::highlight
