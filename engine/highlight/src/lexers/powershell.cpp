// Rouge's PowerShell lexer: a command and its parameters, expressions, strings with $()
// interpolation, here-strings, and <# #> help comments.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// The [CmdletBinding(...)] arguments.
const Words attributes(
   "ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging "
   "SupportsShouldProcess");

// Automatic variables, tried in this order (a longer name may follow a shorter prefix).
const std::string auto_vars =
   R"(\$\$|\$\?|\$\^|\$_|\$args|\$ConsoleFileName|\$Error|\$Event|\$EventArgs|)"
   R"(\$EventSubscriber|\$ExecutionContext|\$false|\$foreach|\$HOME|\$Host|\$input|)"
   R"(\$IsCoreCLR|\$IsLinux|\$IsMacOS|\$IsWindows|\$LastExitCode|\$Matches|\$MyInvocation|)"
   R"(\$NestedPromptLevel|\$null|\$PID|\$PROFILE|\$PSBoundParameters|\$PSCmdlet|)"
   R"(\$PSCommandPath|\$PSCulture|\$PSDebugContext|\$PSHOME|\$PSItem|\$PSScriptRoot|)"
   R"(\$PSSenderInfo|\$PSUICulture|\$PSVersionTable|\$PWD|\$REPORTERRORSHOWEXCEPTIONCLASS|)"
   R"(\$REPORTERRORSHOWINNEREXCEPTION|\$REPORTERRORSHOWSOURCE|\$REPORTERRORSHOWSTACKTRACE|)"
   R"(\$SENDER|\$ShellId|\$StackTrace|\$switch|\$this|\$true)";

const std::string keywords = alternation(
   "assembly exit process base filter public begin finally return break for sequence catch "
   "foreach static class from switch command function throw configuration hidden trap "
   "continue if try data in type define inlinescript until do interface using dynamicparam "
   "module var else namespace while elseif parallel workflow end param enum private");

const std::string operators =
   alternation(
      "-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt "
      "-ge -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike "
      "-cnotlike -match -imatch -cmatch -notmatch -inotmatch -cnotmatch -contains -icontains "
      "-ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace -creplace -shl "
      "-shr -band -bor -bxor -and -or -xor -not") +
   R"(|\+=|-=|\*=|\/=|%=)";

// The sections of comment-based help (.SYNOPSIS ...).
const std::string help_keywords = alternation(
   "synopsis description parameter example inputs outputs notes link component role "
   "functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp");

Lexer make_powershell() {
   Lexer l("powershell");
   l.state("variable")
      .rule(auto_vars, Tok::NameBuiltinPseudo)
      .rule(R"((\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\}))",
            {Tok::NameVariable, Tok::NameNamespace, Tok::Punctuation, Tok::NameVariable})
      .rule(R"(\$\w+)", Tok::NameVariable)
      .rule(R"(\$\{(?:[^`]|`.)+?\})", Tok::NameVariable);
   l.state("multiline")
      .rule(R"((?i)\.(?:)" + help_keywords + ")", Tok::CommentSpecial)
      .rule(R"(#>)", Tok::CommentMultiline, "#pop")
      .rule(R"((?m)[^#.]+?)", Tok::CommentMultiline)
      .rule(R"([#.]+)", Tok::CommentMultiline);
   l.state("interpol").rule(R"(\))", Tok::StrInterpol, "#pop").mixin("root");
   l.state("dq")
      // "abc$" is the string abc$: $" is no variable.
      .rule(R"((?:\$#?)?")", Tok::StrDouble, "#pop")
      .rule(R"(\$\()", Tok::StrInterpol, "interpol")
      .rule(R"(`$)", Tok::StrEscape)
      .rule(R"(`.)", Tok::StrEscape)
      .rule(R"([^"`$]+)", Tok::StrDouble)
      .mixin("variable");
   l.state("sq").rule(R"(')", Tok::StrSingle, "#pop").rule(R"([^']+)", Tok::StrSingle);
   l.state("heredoc")
      .rule(R"((?:\$#?)?"@)", Tok::StrHeredoc, "#pop")
      .rule(R"(\$\()", Tok::StrInterpol, "interpol")
      .rule(R"(`$)", Tok::StrEscape)
      .rule(R"(`.)", Tok::StrEscape)
      .rule(R"((?m)[^"`$]+?)", Tok::StrHeredoc)
      .rule(R"("+)", Tok::StrHeredoc)
      .mixin("variable");
   l.state("class")
      .rule(R"(\{)", Tok::Punctuation, "#pop")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\w+)", Tok::NameClass)
      .rule(R"([:,])", Tok::Punctuation);
   l.state("expr")
      .mixin("comments")
      .rule(R"(")", Tok::StrDouble, "dq")
      .rule(R"(')", Tok::StrSingle, "sq")
      .rule(R"(@")", Tok::StrHeredoc, "heredoc")
      .rule(R"((?m)@'.*?'@)", Tok::StrHeredoc)
      .rule(R"(\d*\.\d+)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(@\{)", Tok::Punctuation, "hasht")
      .rule(R"(@\()", Tok::Punctuation, "array")
      .rule(R"(\{)", Tok::Punctuation, "brace")
      .rule(R"(\[)", Tok::Punctuation, "bracket");
   l.state("hasht")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(R"(=)", Tok::Operator)
      .rule(R"([,;])", Tok::Punctuation)
      .mixin("expr")
      .rule(R"(\w+)", Tok::NameOther)
      .mixin("variable");
   l.state("array")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"([,;])", Tok::Punctuation)
      .mixin("expr")
      .mixin("variable");
   l.state("brace").rule(R"([}])", Tok::Punctuation, "#pop").mixin("root");
   l.state("bracket")
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .rule(R"([A-Za-z]\w+\.)", Tok::Name)
      .rule(R"(([A-Za-z]\w+))", [](Runner& r) {
         r.token(attributes.has(r.m()) ? Tok::NameBuiltinPseudo : Tok::Name);
      })
      .mixin("root");
   l.state("parameters")
      .rule(R"((?m)`.)", Tok::StrEscape)
      .rule(R"(\s*?\n)", Tok::Whitespace, "#pop")
      .rule(R"([;(){}\]])", Tok::Punctuation, "#pop")
      .rule(R"([|=])", Tok::Operator, "#pop")
      .rule(R"([\/\\~\w][-.:\/\\~\w]*)", Tok::NameOther)
      .rule(R"(\w[-\w]+)", Tok::NameOther)
      .mixin("root");
   l.state("comments")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(#.*)", Tok::Comment)
      .rule(R"(<#)", Tok::CommentMultiline, "multiline");
   l.state("root")
      .mixin("comments")
      .rule(R"(#requires\s-version \d(?:\.\d+)?)", Tok::CommentPreproc)
      .rule(R"(\.\.(?=\.?\d))", Tok::Operator)
      .rule("(?i)(?:" + operators + R"()\b)", Tok::Operator)
      .rule(R"((?i)(class)(\s+)(\w+))", [](Runner& r) {
         r.groups({Tok::KeywordReserved, Tok::Whitespace, Tok::NameClass});
         r.push("class");
      })
      .rule(R"((?i)(function)(\s+)(?:(\w+)(:))?(\w[-\w]+))",
            {Tok::KeywordReserved, Tok::Whitespace, Tok::NameNamespace, Tok::Punctuation,
             Tok::NameFunction})
      .rule("(?i)(?:" + keywords + R"()\b(?![-.]))", Tok::KeywordReserved)
      .rule(R"(-{1,2}\w+)", Tok::NameTag)
      .rule(R"((\.)?([-\w]+)(\[))", [](Runner& r) {
         r.groups({Tok::Operator, Tok::Name, Tok::Punctuation});
         r.push("bracket");
      })
      // Ruby's [\/\\~[a-z]] is the union of both sets.
      .rule(R"((?i)([\/\\~a-z][-.:\/\\~\w]*)(\n)?)", [](Runner& r) {
         r.groups({Tok::Name, Tok::Whitespace});
         r.push("parameters");
      })
      .rule(R"((\.)([-\w]+)(?:(\()|(\n))?)", [](Runner& r) {
         r.groups({Tok::Operator, Tok::NameFunction, Tok::Punctuation, Tok::Whitespace});
         if (r.matched(3)) r.push("parameters");
      })
      .rule(R"(\?)", Tok::NameFunction, "parameters")
      .mixin("expr")
      .mixin("variable")
      .rule(R"([-+*\/%=!.&|])", Tok::Operator)
      .rule(R"([{}(),:;])", Tok::Punctuation);
   l.finish();
   return l;
}

}  // namespace

const Lexer& powershell_lexer() {
   static const Lexer lexer = make_powershell();
   return lexer;
}

}  // namespace jekyllpp::highlight
