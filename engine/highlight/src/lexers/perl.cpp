// Rouge's Perl lexer: sigils, quote-like operators with any delimiter, regex matches and
// substitutions, heredocs, POD and the __END__ part.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords = alternation(
   "case continue do else elsif for foreach if last my next our redo reset then unless until "
   "while use print new BEGIN CHECK INIT END return");

const std::string builtins = alternation(
   "abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot "
   "close closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each "
   "endgrent endhostent endnetent endprotoent endpwent endservent eof eval exec exists exit exp "
   "fcntl fileno flock fork format formline getc getgrent getgrgid getgrnam gethostbyaddr "
   "gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp "
   "getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid "
   "getservbyname getservbyport getservent getsockname getsockopt glob gmtime goto grep hex "
   "import index int ioctl join keys kill last lc lcfirst length link listen local localtime "
   "log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open opendir ord our pack "
   "package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink "
   "readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir "
   "select semctl semget semop send setgrent sethostent setnetent setpgrp setpriority "
   "setprotoent setpwent setservent setsockopt shift shmctl shmget shmread shmwrite shutdown "
   "sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr symlink "
   "syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr "
   "truncate uc ucfirst umask undef unlink unpack unshift untie utime values vec wait waitpid "
   "wantarray warn write");

// A q{...}-style string: the bracket pair nests, backslash escapes either bracket.
void bracket_string(Lexer& l, std::string_view name, const std::string& open,
                    const std::string& close) {
   l.state(name)
      .rule(R"(\\[)" + open + close + R"(\\])", Tok::StrOther)
      .rule(R"(\\)", Tok::StrOther)
      .rule(open, Tok::StrOther, "#push")
      .rule(close, Tok::StrOther, "#pop")
      .rule("[^" + open + close + R"(\\]+)", Tok::StrOther);
}

Lexer make_perl() {
   Lexer l("perl");
   l.state("balanced_regex")
      .rule(R"~((?m)/(\\[\\/]|[^/])*/[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~((?m)!(\\[\\!]|[^!])*![egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~((?m)\\(\\\\|[^\\])*\\[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(\{(\\[\\}]|[^}])*}[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(<(\\[\\>]|[^>])*>[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(\[(\\[\\\]]|[^\]])*\][egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(\((\\[\\\)]|[^\)])*\)[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(@(\\[\\@]|[^@])*@[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(%(\\[\\%]|[^%])*%[egimosx]*)~", Tok::StrRegex, "#pop")
      .rule(R"~(\$(\\[\\\$]|[^\$])*\$[egimosx]*)~", Tok::StrRegex, "#pop");
   l.state("root")
      .rule(R"~(#.*)~", Tok::CommentSingle)
      .rule(R"~((?m)^=[a-zA-Z0-9]+\s+.*?\n=cut)~", Tok::CommentMultiline)
      .rule("(?:" + keywords + R"~()\b)~", Tok::Keyword)
      .rule(R"~((format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n))~", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text, Tok::Name, Tok::Text, Tok::Punctuation, Tok::Text});
         r.push("format");
      })
      .rule(R"~((?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b)~", Tok::OperatorWord)
      // substitution / transliteration with balanced delimiters
      .rule(R"~((?:s|tr|y)\{(\\\\|\\}|[^}])*}\s*)~", Tok::StrRegex, "balanced_regex")
      .rule(R"~((?:s|tr|y)<(\\\\|\\>|[^>])*>\s*)~", Tok::StrRegex, "balanced_regex")
      .rule(R"~((?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*)~", Tok::StrRegex, "balanced_regex")
      .rule(R"~((?:s|tr|y)\((\\\\|\\\)|[^\)])*\)\s*)~", Tok::StrRegex, "balanced_regex")
      // ... with any other delimiter ([^\1] is "not \x01", as in Ruby)
      .rule(R"~((?m)(?:s|tr|y)\s*([^\w\s])((\\\\|\\\1)|[^\1])*?\1((\\\\|\\\1)|[^\1])*?\1[msixpodualngcr]*)~",
            Tok::StrRegex)
      .rule(R"~((?m)(?:s|tr|y)\s+(\w)((\\\\|\\\1)|[^\1])*?\1((\\\\|\\\1)|[^\1])*?\1[msixpodualngcr]*)~",
            Tok::StrRegex)
      // matches
      .rule(R"~(m?/(\\\\|\\/|[^/\n])*/[msixpodualngc]*)~", Tok::StrRegex)
      .rule(R"~(m(?=[/!\\{<\[\(@%\$]))~", Tok::StrRegex, "balanced_regex")
      .rule(R"~((?m)m\s*([^\w\s])((\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*)~", Tok::StrRegex)
      .rule(R"~((?m)m\s+(\w)((\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*)~", Tok::StrRegex)
      .rule(R"~(((?<==~)|(?<=\())\s*/(\\\\|\\/|[^/])*/[msixpodualngc]*)~", Tok::StrRegex,
            "balanced_regex")
      .rule(R"~(\s+)~", Tok::Text)
      .rule(R"~((?i)(?=[a-z_]\w*(\s*#.*\n)*\s*=>))~", [](Runner& r) { r.push("fat_comma"); })
      .rule("(?:" + builtins + R"~()\b)~", Tok::NameBuiltin)
      .rule(R"~(((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b)~", Tok::NameBuiltinPseudo)
      .rule(R"~((?m)<<([\'"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n)~", Tok::Str)
      .rule(R"~((__(END|DATA)__)\b)~", Tok::CommentPreproc, "end_part")
      .rule(R"~(\$\^[ADEFHILMOPSTWX])~", Tok::NameVariableGlobal)
      .rule(R"~(\$[\\"'\[\]&`+*.,;=%~?@$!<>(^\|\/_-](?!\w))~", Tok::NameVariableGlobal)
      .rule(R"~((?i)[$@%&*][$@%&*#_]*(?=[a-z{\[;]))~", Tok::NameVariable, "varname")
      .rule(R"~([-+\/*%=<>&^\|!\\~]=?)~", Tok::Operator)
      .rule(R"~(0_?[0-7]+(_[0-7]+)*)~", Tok::NumOct)
      .rule(R"~(0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*)~", Tok::NumHex)
      .rule(R"~(0b[01]+(_[01]+)*)~", Tok::NumBin)
      .rule(R"~((?i)(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?)~", Tok::NumFloat)
      .rule(R"~((?i)\d+(_\d*)*e[+-]?\d+(_\d*)*)~", Tok::NumFloat)
      .rule(R"~(\d+(_\d+)*)~", Tok::NumInteger)
      .rule(R"~(')~", Tok::Punctuation, "sq")
      .rule(R"~(")~", Tok::Punctuation, "dq")
      .rule(R"~(`)~", Tok::Punctuation, "bq")
      .rule(R"~(<([^\s>]+)>)~", Tok::StrRegex)
      .rule(R"~((q|qq|qw|qr|qx)\{)~", Tok::StrOther, "cb_string")
      .rule(R"~((q|qq|qw|qr|qx)\()~", Tok::StrOther, "rb_string")
      .rule(R"~((q|qq|qw|qr|qx)\[)~", Tok::StrOther, "sb_string")
      .rule(R"~((q|qq|qw|qr|qx)<)~", Tok::StrOther, "lt_string")
      .rule(R"~((q|qq|qw|qr|qx)(\W)(.|\n)*?\2)~", Tok::StrOther)
      .rule(R"~(package\s+)~", Tok::Keyword, "modulename")
      .rule(R"~(sub\s+)~", Tok::Keyword, "funcname")
      .rule(R"~(\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3})~", Tok::Operator)
      .rule(R"~([()\[\]:;,<>\/?{}])~", Tok::Punctuation)
      .rule(R"~((?=\w))~", [](Runner& r) { r.push("name"); });
   l.state("format")
      .rule(R"~(\.\n)~", Tok::StrInterpol, "#pop")
      .rule(R"~(.*?\n)~", Tok::StrInterpol);
   l.state("fat_comma")
      .rule(R"~(#.*)~", Tok::CommentSingle)
      .rule(R"~(\w+)~", Tok::Str)
      .rule(R"~(\s+)~", Tok::Text)
      .rule(R"~(=>)~", Tok::Operator, "#pop");
   l.state("name_common")
      .rule(R"~(\w+::)~", Tok::NameNamespace)
      .rule(R"~([\w:]+)~", Tok::NameVariable, "#pop");
   l.state("varname")
      .rule(R"~(\s+)~", Tok::Text)
      .rule(R"~([{\[])~", Tok::Punctuation, "#pop")
      .rule(R"~([),])~", Tok::Punctuation, "#pop")
      .rule(R"~([;])~", Tok::Punctuation, "#pop")
      .mixin("name_common");
   l.state("name")
      .mixin("name_common")
      .rule(R"~([A-Z_]+(?=[^a-zA-Z0-9_]))~", Tok::NameConstant, "#pop")
      .rule(R"~((?=\W))~", [](Runner& r) { r.pop(); });
   l.state("modulename").rule(R"~((?i)[a-z_]\w*)~", Tok::NameNamespace, "#pop");
   l.state("funcname")
      .rule(R"~([a-zA-Z_]\w*[!?]?)~", Tok::NameFunction)
      .rule(R"~(\s+)~", Tok::Text)
      .rule(R"~((\([$@%]*\))(\s*))~", {Tok::Punctuation, Tok::Text})
      .rule(R"~(.*?\{)~", Tok::Punctuation, "#pop")
      .rule(R"~(;)~", Tok::Punctuation, "#pop");
   l.state("sq")
      .rule(R"~(\\[\\'])~", Tok::StrEscape)
      .rule(R"~([^\\']+)~", Tok::StrSingle)
      .rule(R"~(')~", Tok::Punctuation, "#pop")
      .rule(R"~(\\)~", Tok::StrSingle);
   l.state("dq")
      .mixin("string_intp")
      .rule(R"~(\\[\\tnrabefluLUE"$@])~", Tok::StrEscape)
      .rule(R"~(\\0\d{2})~", Tok::StrEscape)
      .rule(R"~(\\o\{\d+\})~", Tok::StrEscape)
      .rule(R"~(\\x[0-9a-fA-F]{2})~", Tok::StrEscape)
      .rule(R"~(\\x\{[0-9a-fA-F]+\})~", Tok::StrEscape)
      .rule(R"~(\\c.)~", Tok::StrEscape)
      .rule(R"~(\\N\{[^\}]+\})~", Tok::StrEscape)
      .rule(R"~([^\\"]+?)~", Tok::StrDouble)
      .rule(R"~(")~", Tok::Punctuation, "#pop")
      .rule(R"~(\\)~", Tok::StrEscape);
   l.state("bq")
      .mixin("string_intp")
      .rule(R"~(\\[\\tnr`])~", Tok::StrEscape)
      .rule(R"~([^\\`]+?)~", Tok::StrBacktick)
      .rule(R"~(`)~", Tok::Punctuation, "#pop");
   bracket_string(l, "cb_string", R"(\{)", R"(\})");
   bracket_string(l, "rb_string", R"(\()", R"(\))");
   bracket_string(l, "sb_string", R"(\[)", R"(\])");
   bracket_string(l, "lt_string", "<", ">");
   l.state("in_interp")
      .rule(R"~(})~", Tok::StrInterpol, "#pop")
      .rule(R"~(\s+)~", Tok::Text)
      .rule(R"~((?i)[a-z_]\w*)~", Tok::StrInterpol);
   l.state("string_intp")
      .rule(R"~([$@][{])~", Tok::StrInterpol, "in_interp")
      .rule(R"~((?i)[$@][a-z_]\w*)~", Tok::StrInterpol);
   l.state("end_part").rule(R"~((?m).+)~", Tok::CommentPreproc, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& perl_lexer() {
   static const Lexer lexer = make_perl();
   return lexer;
}

}  // namespace jekyllpp::highlight
