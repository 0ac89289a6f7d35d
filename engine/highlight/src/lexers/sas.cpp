// Rouge's SAS lexer: data steps, PROCs (each with its own keywords until quit/run), macro
// statements and variables, * ...; comments, date literals and datalines blocks.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/sas_words.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_sas() {
   Lexer l("sas");
   // Rules tried before the keywords of a context.
   l.state("basics")
      .rule(R"((?m)\s+)", Tok::Text)
      // * comments run to ";", over lines: where they start a line, or after a statement
      .rule(R"((?m)^\s*%?\*[^;]*;)", Tok::CommentSingle)
      .rule(R"((?m)(;)(\s*)(%?\*[^;]*;))", {Tok::Punctuation, Tok::Text, Tok::CommentSingle})
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline)
      .rule(R"((?i)'[0-9a-z]+?'d)", Tok::LiteralDate)
      .rule(R"((?i)'.+?'dt)", Tok::LiteralDate)
      .rule(R"((?i)'[0-9:]+?([a|p]m)?'t)", Tok::LiteralDate)
      .rule(R"(')", Tok::StrSingle, "single_string")
      .rule(R"(")", Tok::StrDouble, "double_string")
      .rule(R"((?i)&[a-z0-9_&.]+)", Tok::NameVariable)
      .rule(R"((?i)\d[0-9a-f]*x)", Tok::NumHex)
      .rule(R"((?i)\d[0-9e\-.]+)", Tok::Num)
      .rule(R"((?i)\b(_n_|_error_|_file_|_infile_|_msg_|_iorc_|_cmd_)\b)", Tok::NameBuiltinPseudo)
      .rule(R"((?i)\b(_character_|_numeric_|_all_)\b)", Tok::NameBuiltin)
      .rule(R"((?i)\b(datalines|cards)(\s*)(;))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text, Tok::Punctuation});
         r.push("datalines");
      })
      .rule(R"((?i)\b(datalines4|cards4)(\s*)(;))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text, Tok::Punctuation});
         r.push("datalines4");
      })
      .rule(R"(\*\*|[\*/\+-])", Tok::Operator)
      .rule(R"([^¬~]?=:?|[<>]=?:?)", Tok::Operator)
      .rule(R"((?i)\b(eq|ne|gt|lt|ge|le|in)\b)", Tok::OperatorWord)
      .rule(R"([&|!¦¬∘~])", Tok::Operator)
      .rule(R"((?i)\b(and|or|not)\b)", Tok::OperatorWord)
      .rule(R"((<>|><))", Tok::Operator)
      .rule(R"(\|\|)", Tok::Operator)
      .rule(R"((?i)\b(of)\b)", Tok::OperatorWord)
      .rule(R"((?i)\b(like)\b)", Tok::OperatorWord)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(\$)", Tok::KeywordType)
      .rule(R"((?i)(%macro|%mend)(\s*)(\w+))", {Tok::Keyword, Tok::Text, Tok::NameFunction})
      .rule(R"(%mend)", Tok::Keyword)
      .rule(R"(%\w+)", [](Runner& r) {
         std::string word = ascii_upcase(r.m());
         if (sas_macro_statements().has(word) || sas_macro_functions().has(word))
            r.token(Tok::Keyword);
         else
            r.token(Tok::Name);
      });
   // Rules tried after the keywords of a context.
   l.state("basics2")
      .rule(R"(\s\.[;\s])", Tok::KeywordConstant)  // missing value
      .rule(R"(\s\.[a-z_])", Tok::NameConstant)  // user-defined missing value
      .rule(R"([\(\),;:\{\}\[\]\\\.])", Tok::Punctuation)
      .rule(R"(@)", Tok::StrSymbol)  // line hold specifier
      .rule(R"(\?)", Tok::StrSymbol)  // format modifier
      .rule(R"([^\s]+)", Tok::Text);
   l.state("root")
      .mixin("basics")
      .rule(R"((?ix)(proc)(\s+)(\w+))", [](Runner& r) {
         r.str = ascii_upcase(r.m(3));  // the PROC whose keywords apply until quit/run
         bool known = sas_proc_names().has(r.str);
         r.groups({Tok::Keyword, Tok::Text, known ? Tok::Keyword : Tok::Name});
         r.push("proc");
      })
      .rule(R"((?i)(data)(\s+)([\w\.]+))", {Tok::Keyword, Tok::Text, Tok::NameVariable})
      .rule(R"((?i)(libname)(\s+)(\w+))", {Tok::Keyword, Tok::Text, Tok::NameVariable})
      .rule(R"(\w+)", [](Runner& r) {
         std::string word = ascii_upcase(r.m());
         bool keyword = sas_data_step_statements().has(word) || sas_functions().has(word);
         r.token(keyword ? Tok::Keyword : Tok::Name);
      })
      .mixin("basics2");
   l.state("single_string")
      .rule(R"('')", Tok::StrEscape)
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"([^']+)", Tok::StrSingle);
   l.state("double_string")
      .rule(R"((?i)&[a-z0-9_&]+\.?)", Tok::StrInterpol)
      .rule(R"("")", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"([^&"]+)", Tok::StrDouble)
      .rule(R"(&)", Tok::StrDouble);  // no macro variable
   l.state("datalines")
      .rule(R"([^;])", Tok::StrHeredoc)
      .rule(R"(;)", Tok::Punctuation, "#pop");
   // Rouge's last rule here is /;{,3}/, which it refuses (it can match nothing) when the state
   // is first entered: cards4 stops Jekyll's build. Here one to three ";" are data.
   l.state("datalines4")
      .rule(R"(;{4})", Tok::Punctuation, "#pop")
      .rule(R"([^;])", Tok::StrHeredoc)
      .rule(R"(;{1,3})", Tok::StrHeredoc);
   l.state("proc")
      .rule(R"((?i)(quit|run))", Tok::Keyword, "#pop")
      .mixin("basics")
      .rule(R"(\w+)", [](Runner& r) {
         std::string word = ascii_upcase(r.m());
         const Words* proc = sas_proc_keywords(r.str);
         bool keyword = sas_data_step_statements().has(word) || sas_functions().has(word) ||
                        (proc && proc->has(word));
         r.token(keyword ? Tok::Keyword : Tok::Name);
      })
      .mixin("basics2");
   l.finish();
   return l;
}

}  // namespace

const Lexer& sas_lexer() {
   static const Lexer lexer = make_sas();
   return lexer;
}

}  // namespace jekyllpp::highlight
