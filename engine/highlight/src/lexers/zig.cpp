// Rouge's Zig lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "align linksection threadlocal struct enum union error break return anyframe fn c_longlong "
   "c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int c_uint c_long c_ulong "
   "continue asm defer errdefer const var extern packed export pub if else switch and or orelse "
   "while for bool unreachable try catch async suspend nosuspend await resume undefined "
   "usingnamespace test void noreturn type anyerror usize noalias inline noinline comptime "
   "callconv volatile allowzero");
const Words builtins(
   "@addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast @alignOf "
   "@cDefine @cImport @cInclude @bitOffsetOf @atomicRmw @bytesToSlice @byteOffsetOf "
   "@OpaqueType @panic @ptrCast @bitReverse @Vector @sin @cUndef @canImplicitCast @clz "
   "@cmpxchgWeak @cmpxchgStrong @compileError @compileLog @ctz @popCount @divExact @divFloor "
   "@cos @divTrunc @embedFile @export @tagName @TagType @errorName @call @errorReturnTrace "
   "@fence @fieldParentPtr @field @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack "
   "@frame @Frame @exp @exp2 @log @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast "
   "@intToFloat @floatToInt @boolToInt @errSetCast @intToError @frameAddress @import "
   "@newStackCall @asyncCall @intToPtr @intCast @frameSize @memcpy @memset @mod "
   "@mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold @Type @shuffle "
   "@setGlobalLinkage @setGlobalSection @shlExact @This @hasDecl @hasField @setRuntimeSafety "
   "@setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact @sizeOf @bitSizeOf @sqrt "
   "@byteSwap @subWithOverflow @sliceToBytes comptime_int @truncate @typeInfo @typeName "
   "@TypeOf");

const std::string id = R"((?i:[a-z_]\w*))";
const std::string escapes =
   R"~(\\([nrt'"\\0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}))~";

Lexer make_zig() {
   Lexer l("zig");
   l.state("bol")
      .mixin("whitespace")
      .rule(R"(#\s[^\n]*)", Tok::CommentSpecial)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("attribute")
      .mixin("whitespace")
      .mixin("literals")
      .rule(R"([(,)=:])", Tok::NameDecorator)
      .rule(R"(\])", Tok::NameDecorator, "#pop")
      .rule(id, Tok::NameDecorator);
   l.state("whitespace").rule(R"(\s+)", Tok::Text).rule(R"(//[^\n]*)", Tok::Comment);
   l.state("root")
      .rule(R"(\n)", Tok::Text, "bol")
      .mixin("whitespace")
      .rule(R"(\b(?:(i|u)[0-9]+)\b)", Tok::KeywordType)
      .rule(R"(\b(?:f(16|32|64|128))\b)", Tok::KeywordType)
      .rule(R"(\b(?:(isize|usize))\b)", Tok::KeywordType)
      .mixin("literals")
      .rule("'" + id, Tok::NameVariable)
      .rule(R"(([.]?)(\s*)(@?)" + id + R"()(\s*)([(]?))", [](Runner& r) {
         std::string_view name = r.m(3);
         Tok tok = keywords.has(name)                 ? Tok::Keyword
                   : builtins.has(name)               ? Tok::NameBuiltin
                   : !r.m(1).empty() && !r.m(5).empty() ? Tok::NameFunction
                   : !r.m(1).empty()                  ? Tok::NameProperty
                                                      : Tok::Name;
         r.groups({Tok::Punctuation, Tok::Text, tok, Tok::Text, Tok::Punctuation});
      })
      .rule(R"([()\[\]{}|,:;])", Tok::Punctuation)
      .rule(R"([*\/!@~&+%^<>=\?-]|\.{1,3})", Tok::Operator);
   l.state("literals")
      .rule(R"(\b(?:true|false|null)\b)", Tok::KeywordConstant)
      .rule("'(?:" + escapes + R"(|[^\\])')", Tok::StrChar)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"~((?m)r(#*)".*?"\1)~", Tok::Str)
      .rule(R"([0-9]+([.][0-9_]+(?:e[-+]?[0-9_]+)?|(?:[.][0-9_]+)?e[-+]?[0-9_]+))", Tok::NumFloat)
      .rule(R"((0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+))", Tok::NumInteger);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(escapes, Tok::StrEscape)
      .rule(R"((?m)[^"\\]+)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& zig_lexer() {
   static const Lexer lexer = make_zig();
   return lexer;
}

}  // namespace jekyllpp::highlight
