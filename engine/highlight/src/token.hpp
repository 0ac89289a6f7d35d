#pragma once
// Rouge's token types (Rouge::Token::Tokens) and the short CSS class each one is written with.
#include <cstdint>
#include <string_view>

namespace jekyllpp::highlight {

enum class Tok : std::uint8_t {
   Text, Whitespace, Escape, Error, Other,
   Keyword, KeywordConstant, KeywordDeclaration, KeywordNamespace, KeywordPseudo,
   KeywordReserved, KeywordType, KeywordVariable,
   Name, NameAttribute, NameBuiltin, NameBuiltinPseudo, NameClass, NameConstant,
   NameDecorator, NameEntity, NameException, NameFunction, NameFunctionMagic, NameProperty,
   NameLabel, NameNamespace, NameOther, NameTag, NameVariable, NameVariableClass,
   NameVariableGlobal, NameVariableInstance, NameVariableMagic,
   Literal, LiteralDate,
   Str, StrAffix, StrBacktick, StrChar, StrDelimiter, StrDoc, StrDouble, StrEscape,
   StrHeredoc, StrInterpol, StrOther, StrRegex, StrSingle, StrSymbol,
   Num, NumBin, NumFloat, NumHex, NumInteger, NumIntegerLong, NumOct, NumOther,
   Operator, OperatorWord, Punctuation, PunctuationIndicator,
   Comment, CommentHashbang, CommentDoc, CommentMultiline, CommentPreproc,
   CommentPreprocFile, CommentSingle, CommentSpecial,
   Generic, GenericDeleted, GenericEmph, GenericError, GenericHeading, GenericInserted,
   GenericOutput, GenericPrompt, GenericStrong, GenericSubheading, GenericTraceback,
   GenericLineno,
};

// The class attribute Rouge's HTML formatter writes for a token ("" for Text, which is unwrapped).
std::string_view short_name(Tok tok);

// What Rouge's HTML formatter writes between a token of type `from` and one of type `to`: the
// first's "</span>" (none for Text) and the second's "<span class=\"...\">" (none for Text).
std::string_view span_switch(Tok from, Tok to);

// Rouge's Token["Name.Builtin"]: the token of a qualified name; false for none.
bool token_named(std::string_view qualname, Tok& tok);

}  // namespace jekyllpp::highlight
