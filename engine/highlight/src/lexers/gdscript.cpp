// Rouge's GDScript lexer (Godot): Python-like, with Godot's keywords, builtins and types
// matched as \b(word|word...)\b alternations in Rouge's order.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords = alternation(
   "and in not or as breakpoint class class_name extends is func setget signal tool const enum "
   "export onready static var break continue if elif else for pass return match while remote "
   "master puppet remotesync mastersync puppetsync");
const std::string keywords_reserved = alternation("do switch case");
const std::string builtins = alternation(
   "Color8 ColorN abs acos asin assert atan atan2 bytes2var ceil char clamp convert cos cosh "
   "db2linear decimals dectime deg2rad dict2inst ease exp floor fmod fposmod funcref hash "
   "inst2dict instance_from_id is_inf is_nan lerp linear2db load log max min nearest_po2 pow "
   "preload print print_stack printerr printraw prints printt rad2deg rand_range rand_seed randf "
   "randi randomize range round seed sign sin sinh sqrt stepify str str2var tan tan tanh "
   "type_exist typeof var2bytes var2str weakref yield");
const std::string builtins_type = alternation(
   "bool int float String Vector2 Rect2 Transform2D Vector3 AABB Plane Quat Basis Transform "
   "Color RID Object NodePath Dictionary Array PoolByteArray PoolIntArray PoolRealArray "
   "PoolStringArray PoolVector2Array PoolVector3Array PoolColorArray null");
const std::string format =
   R"(%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%])";

Lexer make_gdscript() {
   Lexer l("gdscript");
   l.state("root")
      .rule(R"(\n)", Tok::Text)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"([\[\]{}:(),;])", Tok::Punctuation)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"((in|and|or|not)\b)", Tok::OperatorWord)
      .rule(R"(!=|==|<<|>>|&&|\+=|-=|\*=|\/=|%=|&=|\|=|\|\||[-~+\/*%=<>&^.!|$])", Tok::Operator)
      .rule(R"((func)((?:\s|\\)+))", {Tok::Keyword, Tok::Text}, "funcname")
      .rule(R"((class)((?:\s|\\)+))", {Tok::Keyword, Tok::Text}, "classname")
      .mixin("keywords")
      .mixin("builtins")
      .rule(R"(""")", Tok::StrDouble, "escape_tdqs")
      .rule(R"(''')", Tok::StrDouble, "escape_tsqs")
      .rule(R"(")", Tok::StrDouble, "escape_dqs")
      .rule(R"(')", Tok::StrDouble, "escape_sqs")
      .mixin("name")
      .mixin("numbers");
   l.state("keywords")
      .rule(R"(\b()" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"(\b()" + keywords_reserved + R"()\b)", Tok::KeywordReserved);
   l.state("builtins")
      .rule(R"(\b()" + builtins + R"()\b)", Tok::NameBuiltin)
      .rule(R"(\b((self|false|true)|(PI|TAU|NAN|INF))\b)", Tok::NameBuiltinPseudo)
      .rule(R"(\b()" + builtins_type + R"()\b)", Tok::KeywordType);
   l.state("numbers")
      .rule(R"((\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?)", Tok::NumFloat)
      .rule(R"(\d+[eE][+-]?[0-9]+j?)", Tok::NumFloat)
      .rule(R"(0[xX][a-fA-F0-9]+)", Tok::NumHex)
      .rule(R"(\d+j?)", Tok::NumInteger);
   l.state("name").rule(R"([a-zA-Z_]\w*)", Tok::Name);
   l.state("funcname").rule(R"([a-zA-Z_]\w*)", Tok::NameFunction, "#pop");
   l.state("classname").rule(R"([a-zA-Z_]\w*)", Tok::NameClass, "#pop");
   l.state("string_escape")
      .rule(R"(\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3}))",
            Tok::StrEscape);
   l.state("strings_single")
      .rule(format, Tok::StrInterpol)
      .rule(R"([^\\'%\n]+)", Tok::StrSingle)
      .rule(R"(["\\])", Tok::StrSingle)
      .rule(R"(%)", Tok::StrSingle);
   l.state("strings_double")
      .rule(format, Tok::StrInterpol)
      .rule(R"([^\\"%\n]+)", Tok::StrDouble)
      .rule(R"(['\\])", Tok::StrDouble)
      .rule(R"(%)", Tok::StrDouble);
   l.state("dqs")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(\\\\|\\"|\\\n)", Tok::StrEscape)
      .mixin("strings_double");
   l.state("escape_dqs").mixin("string_escape").mixin("dqs");
   l.state("sqs")
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"(\\\\|\\'|\\\n)", Tok::StrEscape)
      .mixin("strings_single");
   l.state("escape_sqs").mixin("string_escape").mixin("sqs");
   l.state("tdqs")
      .rule(R"(""")", Tok::StrDouble, "#pop")
      .mixin("strings_double")
      .rule(R"(\n)", Tok::StrDouble);
   l.state("escape_tdqs").mixin("string_escape").mixin("tdqs");
   l.state("tsqs")
      .rule(R"(''')", Tok::StrSingle, "#pop")
      .mixin("strings_single")
      .rule(R"(\n)", Tok::StrSingle);
   l.state("escape_tsqs").mixin("string_escape").mixin("tsqs");
   l.finish();
   return l;
}

}  // namespace

const Lexer& gdscript_lexer() {
   static const Lexer lexer = make_gdscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
