// Lexers for two scripting languages: Lua and R.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/lua_builtins.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

// The functions of Lua's standard library (every module: Rouge disables none by default).
const Words& lua_builtin_names() {
   static const Words words(
      "_g _version assert collectgarbage dofile error getmetatable ipairs load loadfile next "
      "pairs pcall print rawequal rawget rawlen rawset select setmetatable tonumber tostring "
      "type xpcall file:close file:flush file:lines file:read file:seek file:setvbuf file:write "
      "lua_cpath lua_cpath_5_3 lua_init lua_init_5_3 lua_path lua_path_5_3 luaopen_base "
      "luaopen_coroutine luaopen_debug luaopen_io luaopen_math luaopen_os luaopen_package "
      "luaopen_string luaopen_table luaopen_utf8 lua_errerr lua_errfile lua_errgcmm lua_errmem "
      "lua_errrun lua_errsyntax lua_hookcall lua_hookcount lua_hookline lua_hookret "
      "lua_hooktailcall lua_maskcall lua_maskcount lua_maskline lua_maskret lua_maxinteger "
      "lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd lua_opband lua_opbnot "
      "lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople lua_oplt lua_opmod lua_opmul "
      "lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm lua_refnil lua_registryindex "
      "lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction lua_tlightuserdata "
      "lua_tnil lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata "
      "lua_use_apicheck lua_yield lual_buffersize require package.config package.cpath "
      "package.loaded package.loadlib package.path package.preload package.searchers "
      "package.searchpath coroutine.create coroutine.isyieldable coroutine.resume "
      "coroutine.running coroutine.status coroutine.wrap coroutine.yield debug.debug "
      "debug.gethook debug.getinfo debug.getlocal debug.getmetatable debug.getregistry "
      "debug.getupvalue debug.getuservalue debug.sethook debug.setlocal debug.setmetatable "
      "debug.setupvalue debug.setuservalue debug.traceback debug.upvalueid debug.upvaluejoin "
      "io.close io.flush io.input io.lines io.open io.output io.popen io.read io.stderr "
      "io.stdin io.stdout io.tmpfile io.type io.write math.abs math.acos math.asin math.atan "
      "math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge math.log math.max "
      "math.maxinteger math.min math.mininteger math.modf math.pi math.rad math.random "
      "math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult os.clock "
      "os.date os.difftime os.execute os.exit os.getenv os.remove os.rename os.setlocale "
      "os.time os.tmpname string.byte string.char string.dump string.find string.format "
      "string.gmatch string.gsub string.len string.lower string.match string.pack "
      "string.packsize string.rep string.reverse string.sub string.unpack string.upper "
      "table.concat table.insert table.move table.pack table.remove table.sort table.unpack "
      "utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset");
   return words;
}

namespace {


Lexer make_lua() {
   Lexer l("lua");
   l.state("root")
      .rule(R"(#!(.*?)$)", Tok::CommentPreproc)
      .rule("", Tok::Text, "base");
   l.state("base")
      .rule(R"((?m)--\[(=*)\[.*?\]\1\])", Tok::CommentMultiline)
      .rule(R"(--.*$)", Tok::CommentSingle)
      .rule(R"((?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?')", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?\d+)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]*)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text)
      .rule(R"([^\S\n])", Tok::Text)
      .rule(R"((?m)\[(=*)\[.*?\]\1\])", Tok::Str)
      .rule(R"((==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#]))", Tok::Operator)
      .rule(R"([\[\]\{\}\(\)\.,:;])", Tok::Punctuation)
      .rule(R"((and|or|not)\b)", Tok::OperatorWord)
      .rule(R"((break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b)",
            Tok::Keyword)
      .rule(R"((local)\b)", Tok::KeywordDeclaration)
      .rule(R"((true|false|nil)\b)", Tok::KeywordConstant)
      .rule(R"((function)\b)", Tok::Keyword, "function_name")
      .rule(R"([A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?)", [](Runner& r) {
         std::string_view name = r.m();
         std::size_t dot = name.find('.');
         if (name == "gsub") {
            r.token(Tok::NameBuiltin);
            r.push("gsub");
         } else if (lua_builtin_names().has(name)) {
            r.token(Tok::NameBuiltin);
         } else if (dot != std::string_view::npos) {
            r.token(Tok::Name, name.substr(0, dot));
            r.token(Tok::Punctuation, ".");
            r.token(Tok::Name, name.substr(dot + 1));
         } else {
            r.token(Tok::Name);
         }
      })
      .rule(R"(')", Tok::StrSingle, "escape_sqs")
      .rule(R"(")", Tok::StrDouble, "escape_dqs");
   l.state("function_name")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*))",
            {Tok::NameClass, Tok::Punctuation, Tok::NameFunction}, "#pop")
      .rule(R"(\()", Tok::Punctuation, "#pop");
   l.state("gsub")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"([(,])", Tok::Punctuation)
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(")", Tok::StrRegex, "regex");
   l.state("regex")
      .rule(R"(")", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex_end");
      })
      .rule(R"(\[\^?)", Tok::StrEscape, "regex_group")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([(][?][:=<!])", Tok::StrEscape)
      .rule(R"([{][\d,]+[}])", Tok::StrEscape)
      .rule(R"([()?])", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("regex_end")
      .rule(R"([$]+)", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("regex_group")
      .rule(R"(/)", Tok::StrEscape)
      .rule(R"(\])", Tok::StrEscape, "#pop")
      .rule(R"((\\)(.))", {Tok::StrEscape, Tok::StrRegex})
      .rule(R"(.)", Tok::StrRegex);
   l.state("escape_sqs").mixin("string_escape").mixin("sqs");
   l.state("escape_dqs").mixin("string_escape").mixin("dqs");
   l.state("string_escape").rule(R"~(\\([abfnrtv\\"']|\d{1,3}))~", Tok::StrEscape);
   l.state("sqs").rule(R"(')", Tok::StrSingle, "#pop").rule(R"([^']+)", Tok::StrSingle);
   l.state("dqs").rule(R"(")", Tok::StrDouble, "#pop").rule(R"([^"]+)", Tok::StrDouble);
   l.finish();
   return l;
}

const Words r_keywords("if else for while repeat in next break function");
const Words r_constants(
   "NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_");
const Words r_builtin_constants("LETTERS letters month.abb month.name pi T F");

Lexer make_r() {
   static const std::string primitives = alternation(
      "abs acos acosh all any anyNA Arg as.call as.character as.complex as.double "
      "as.environment as.integer as.logical as.null.default as.numeric as.raw asin asinh atan "
      "atanh attr attributes baseenv browser c call ceiling class Conj cos cosh cospi cummax "
      "cummin cumprod cumsum digamma dim dimnames emptyenv exp expression floor forceAndCall "
      "gamma gc.time globalenv Im interactive invisible is.array is.atomic is.call is.character "
      "is.complex is.double is.environment is.expression is.finite is.function is.infinite "
      "is.integer is.language is.list is.logical is.matrix is.na is.name is.nan is.null "
      "is.numeric is.object is.pairlist is.raw is.recursive is.single is.symbol "
      "lazyLoadDBfetch length lgamma list log max min missing Mod names nargs nzchar oldClass "
      "on.exit pos.to.env proc.time prod quote range Re rep retracemem return round seq_along "
      "seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch "
      "tan tanh tanpi tracemem trigamma trunc unclass untracemem UseMethod xtfrm");
   Lexer l("r");
   l.state("root")
      .rule(R"(#'.*?$)", Tok::CommentDoc)
      .rule(R"(#.*?$)", Tok::CommentSingle)
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(`[^`]+?`)", Tok::Name)
      .rule(R"((?m)'(\\.|.)*?')", Tok::StrSingle)
      .rule(R"~((?m)"(\\.|.)*?")~", Tok::StrDouble)
      .rule(R"(%[^%]*?%)", Tok::Operator)
      .rule(R"(0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?)", Tok::NumHex)
      .rule(R"([+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?)", Tok::Num)
      .rule(R"(\b(?<!.)()" + primitives + R"()(?=\())", Tok::NameFunction)
      .rule(R"((?:(?:\p{Alphabetic}|[.][._\p{Alphabetic}])[._\p{Alphabetic}\p{Nd}]*)|[.])",
            [](Runner& r) {
               std::string_view word = r.m();
               if (r_keywords.has(word)) r.token(Tok::Keyword);
               else if (r_constants.has(word)) r.token(Tok::KeywordConstant);
               else if (r_builtin_constants.has(word)) r.token(Tok::NameBuiltin);
               else r.token(Tok::Name);
            })
      .rule(R"([\[\]{}();,])", Tok::Punctuation)
      .rule(R"([-<>?*+^/!=~$@:%&|])", Tok::Operator);
   l.finish();
   return l;
}

}  // namespace

const Lexer& lua_lexer() {
   static const Lexer lexer = make_lua();
   return lexer;
}

const Lexer& r_lexer() {
   static const Lexer lexer = make_r();
   return lexer;
}

}  // namespace jekyllpp::highlight
