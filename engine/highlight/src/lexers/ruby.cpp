// Rouge's Ruby lexer, its IRB output subclass and its Crystal lexer, which Rouge wrote as a copy
// of the Ruby one with other word lists, numbers, symbols, 'c' chars and {% %} macros.
#include <algorithm>
#include <memory>
#include <string>
#include <tuple>

#include "lexers/delimiters.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords =
   R"(BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next|redo|)"
   R"(rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield)";
const std::string keywords_pseudo =
   R"(loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function|public|)"
   R"(protected|true|false|nil|__FILE__|__LINE__)";
const std::string builtins_g =
   R"(attr_reader|attr_writer|attr_accessor|__id__|__send__|abort|ancestors|at_exit|autoload|)"
   R"(binding|callcc|caller|catch|chomp|chop|class_eval|class_variables|clone|const_defined\?|)"
   R"(const_get|const_missing|const_set|constants|display|dup|eval|exec|exit|extend|fail|fork|)"
   R"(format|freeze|getc|gets|global_variables|gsub|hash|id|included_modules|inspect|)"
   R"(instance_eval|instance_method|instance_methods|instance_variable_get|)"
   R"(instance_variable_set|instance_variables|lambda|load|local_variables|loop|method|)"
   R"(method_missing|methods|module_eval|name|object_id|open|p|print|printf|)"
   R"(private_class_method|private_instance_methods|private_methods|proc|)"
   R"(protected_instance_methods|protected_methods|public_class_method|public_instance_methods|)"
   R"(public_methods|putc|puts|raise|rand|readline|readlines|require|require_relative|scan|)"
   R"(select|self|send|set_trace_func|singleton_methods|sleep|split|sprintf|srand|sub|syscall|)"
   R"(system|taint|test|throw|to_a|to_s|trace_var|trap|untaint|untrace_var|warn)";
const std::string builtins_q =
   R"(autoload|block_given|const_defined|eql|equal|frozen|include|instance_of|is_a|iterator|)"
   R"(kind_of|method_defined|nil|private_method_defined|protected_method_defined|)"
   R"(public_method_defined|respond_to|tainted)";

const std::string crystal_keywords =
   R"(BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|ifdef|in|next|)"
   R"(redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield|lib|fun|type|)"
   R"(of|as)";
const std::string crystal_keywords_pseudo =
   R"(initialize|new|loop|include|extend|raise|attr_reader|attr_writer|attr_accessor|)"
   R"(alias_method|attr|catch|throw|private|module_function|public|protected|true|false|nil|)"
   R"(__FILE__|__LINE__|getter|getter\?|getter!|property|property\?|property!|struct|record)";
const std::string crystal_builtins_g =
   R"(abort|ancestors|at_exit|caller|catch|chomp|chop|clone|constants|display|dup|eval|exec|exit|)"
   R"(extend|fail|fork|format|freeze|getc|gets|global_variables|gsub|hash|id|included_modules|)"
   R"(inspect|instance_eval|instance_method|instance_methods|lambda|loop|method|method_missing|)"
   R"(methods|module_eval|name|object_id|open|p|print|printf|proc|putc|puts|raise|rand|readline|)"
   R"(readlines|require|scan|select|self|send|sleep|split|sprintf|srand|sub|syscall|system|test|)"
   R"(throw|to_a|to_s|trap|warn)";
const std::string crystal_builtins_q = R"(eql|equal|include|is_a|iterator|kind_of|nil)";

// %q(...), %w[...], %r{...} and friends: a state made for the literal's own delimiters.
// Crystal's copy of the rule does not squeeze the delimiters out of its character classes.
void sigil_string(Runner& r, bool crystal) {
   std::string_view kind = r.m(1);
   char delimiter = r.m(2)[0];
   std::string open = regex_escape(delimiter);
   std::string close = regex_escape(closing_delimiter(delimiter));
   bool interp = kind.size() == 1 && std::string_view("rQWxI").find(kind[0]) != std::string::npos;
   Tok tok = Tok::StrOther;
   if (kind == "r") {
      tok = Tok::StrRegex;
      r.push("regex_flags");
   }
   r.token(tok);

   std::string uniq = open + close;  // Ruby's String#squeeze
   if (!crystal) {
      uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
      if (open == close && open == "\\#") uniq.clear();
   }
   auto state = std::make_unique<State>();
   state->name = "sigil";
   StateBuilder rules(*state);
   rules.rule("\\\\[#" + uniq + "\\\\]", Tok::StrEscape);
   if (open != close) {
      rules.rule(open, [tok](Runner& inner) {
         inner.token(tok);
         inner.push_self();
      });
   }
   rules.rule(close, tok, "#pop");
   if (interp) {
      rules.mixin(r.lexer().get_state("string_intp_escaped"));
      rules.rule("#", tok);
   } else {
      rules.rule(R"([\\#])", tok);
   }
   rules.rule("(?m)[^#" + uniq + "\\\\]+", tok);
   r.push_owned(std::move(state));
}

// Pending heredocs live in Runner::strs as "1NAME" (<<- or <<~: indented end) or "0NAME".
void queue_heredoc(Runner& r, std::string_view name) {
   r.token(Tok::Operator, r.m(1));
   r.token(Tok::NameConstant, std::string(r.m(2)) + std::string(r.m(3)) + std::string(r.m(4)));
   bool tolerant = r.m(1) == "<<-" || r.m(1) == "<<~";
   r.strs.push_back((tolerant ? "1" : "0") + std::string(name));
   if (!r.state_is("heredoc_queue")) r.push("heredoc_queue");
}

std::string_view rstrip(std::string_view s) {
   std::size_t end = s.find_last_not_of(std::string_view(" \t\n\v\f\r\0", 7));
   return end == std::string_view::npos ? std::string_view() : s.substr(0, end + 1);
}

std::string_view lstrip(std::string_view s) {
   std::size_t begin = s.find_first_not_of(" \t\n\v\f\r");
   return begin == std::string_view::npos ? std::string_view() : s.substr(begin);
}

// Rouge's Ruby lexer; `irb_output` makes its IRBOutputLexer subclass, which lexes what IRB and
// Pry print: "=> value" results, "#<Object ...>" inspections and error lines.
Lexer make_ruby(std::string tag, bool irb_output, bool crystal = false) {
   Lexer l(std::move(tag));
   l.on_start([irb_output](Runner& r) {
      r.push("expr_start");
      if (irb_output) r.push("stdout");
   });
   if (irb_output) {
      // The subclass's rule that comes before Ruby's own root rules.
      l.state("root").rule(R"(#<)", Tok::KeywordType, "irb_object");
      l.state("has_irb_output")
         .rule(R"(=>)", Tok::Punctuation, "#pop")
         .rule(R"(.+?(\n|$))", Tok::GenericOutput);
      l.state("irb_error").rule(R"(.+?(\n|$))", Tok::GenericError).mixin("has_irb_output");
      l.state("stdout")
         .rule(R"(\w+?(Error|Exception):.+?(\n|$))", Tok::GenericError, "irb_error")
         .mixin("has_irb_output");
      l.state("irb_object").rule(R"(>)", Tok::KeywordType, "#pop").mixin("root");
   }
   l.state("symbols")
      .rule(R"((?xi):@{0,2}[a-z_]\w*[!?]?)", Tok::StrSymbol)
      .rule(crystal ? R"(:(?:===|=?~|\[\][=?]?|\*\*=?|\/\/=?|[=^*/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?|<=>|<<?=?|>>?=?|\.\.\.?))"
                    : R"(:(?:\*\*|[-+]@|[/\%&\|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?))",
            Tok::StrSymbol)
      .rule(R"(:'(\\\\|\\'|[^'])*')", Tok::StrSymbol)
      .rule(R"(:")", Tok::StrSymbol, "simple_sym");
   l.state("sigil_strings")
      .rule(crystal ? R"(%([rqswQWxiI])?([^\w\s}]))" : R"(%([rqswQWxiI])?([^\w\s]))",
            [crystal](Runner& r) { sigil_string(r, crystal); });
   if (crystal) {
      l.state("strings")
         .mixin("symbols")
         .rule(R"(\b[a-z_]\w*?[?!]?:\s+)", Tok::StrSymbol, "expr_start")
         .rule(R"(")", Tok::StrDouble, "simple_string")
         .rule(R"((?<!\.)`)", Tok::StrBacktick, "simple_backtick")
         // a char: Rouge writes only the groups, so of its middle only the last character shows
         .rule(R"((')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*('))",
               {Tok::StrSingle, Tok::StrEscape, Tok::StrSingle, Tok::StrSingle});
   } else {
      l.state("strings")
         .mixin("symbols")
         .rule(R"(\b[a-z_]\w*?[?!]?:\s+)", Tok::StrSymbol, "expr_start")
         .rule(R"('(\\\\|\\'|[^'])*')", Tok::StrSingle)
         .rule(R"(")", Tok::StrDouble, "simple_string")
         .rule(R"((?<!\.)`)", Tok::StrBacktick, "simple_backtick");
   }
   l.state("regex_flags").rule(R"([mixounse]*)", Tok::StrRegex, "#pop");
   for (auto [name, tok, fin] : {std::tuple{"simple_string", Tok::StrDouble, "\""},
                                 std::tuple{"simple_sym", Tok::StrSymbol, "\""},
                                 std::tuple{"simple_backtick", Tok::StrBacktick, "`"}}) {
      l.state(name)
         .mixin("string_intp_escaped")
         .rule(std::string("(?m)[^\\\\") + fin + "#]+", tok)
         .rule(R"([\\#])", tok)
         .rule(fin, tok, "#pop");
   }
   l.state("whitespace")
      .mixin("inline_whitespace")
      .rule(R"((?m)\n\s*)", Tok::Text, "expr_start")
      .rule(R"(#.*$)", Tok::CommentSingle)
      .rule(R"((?m)=begin\b.*?\n=end\b)", Tok::CommentMultiline);
   l.state("inline_whitespace").rule(R"([ \t\r]+)", Tok::Text);
   l.state("root").mixin("whitespace").rule(R"(__END__)", Tok::CommentPreproc, "end_part");
   if (crystal) {
      l.state("root")
         .rule(R"(0o[0-7]+(?:_[0-7]+)*)", Tok::NumOct)
         .rule(R"(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)", Tok::NumHex)
         .rule(R"(0b[01]+(?:_[01]+)*)", Tok::NumBin)
         .rule(R"((?i)\d+\.\d+(e[\+\-]?\d+)?(_f32)?)", Tok::NumFloat)
         .rule(R"((?i)\d+(e[\+\-]?\d+))", Tok::NumFloat)
         .rule(R"((?i)\d+_f32)", Tok::NumFloat)
         .rule(R"([\d]+(?:_\d+)*(_[iu]\d+)?)", Tok::NumInteger)
         .rule(R"(@\[([^\]]+)\])", Tok::NameDecorator);
   } else {
      l.state("root")
         .rule(R"(0_?[0-7]+(?:_[0-7]+)*)", Tok::NumOct)
         .rule(R"(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)", Tok::NumHex)
         .rule(R"(0b[01]+(?:_[01]+)*)", Tok::NumBin)
         .rule(R"([\d]+(?:_\d+)*(?:\.[\d]+(?:_\d+)*(?:[eE][+-]?\d+)?|(?:[eE][+-]?\d+)))",
               Tok::NumFloat)
         .rule(R"([\d]+(?:_\d+)*)", Tok::NumInteger);
   }
   l.state("root")
      .rule(R"((?i)@@[a-z_]\w*)", Tok::NameVariableClass)
      .rule(R"((?i)@[a-z_]\w*)", Tok::NameVariableInstance)
      .rule(R"(\$\w+)", Tok::NameVariableGlobal)
      .rule(R"~(\$[!@&`'+~=/\\,;.<>_*\$?:"])~", Tok::NameVariableGlobal)
      .rule(R"(\$-[0adFiIlpvw])", Tok::NameVariableGlobal)
      .rule(R"(::)", Tok::Operator)
      .mixin("strings")
      .rule(crystal ? "(?:" + crystal_keywords + R"()\b)" : "(?:" + keywords + R"()(?=\W|$))",
            Tok::Keyword, "expr_start")
      .rule("(?:" + (crystal ? crystal_keywords_pseudo : keywords_pseudo) + R"()\b)",
            Tok::KeywordPseudo, "expr_start")
      .rule(R"((module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*))",
            {Tok::Keyword, Tok::Text, Tok::NameNamespace})
      .rule(crystal ? R"((def|macro\b)(\s*))" : R"((def\b)(\s*))", {Tok::Keyword, Tok::Text}, "funcname")
      .rule(R"((class\b)(\s*))", {Tok::Keyword, Tok::Text}, "classname")
      .rule("(?:" + (crystal ? crystal_builtins_q : builtins_q) + ")[?]", Tok::NameBuiltin, "expr_start")
      .rule(R"((?:chomp|chop|exit|gsub|sub)!)", Tok::NameBuiltin, "expr_start")
      .rule(R"((?<!\.)(?:)" + (crystal ? crystal_builtins_g : builtins_g) + R"()\b)", Tok::NameBuiltin,
            "method_call")
      .mixin("has_heredocs")
      .rule(R"(\.{2,3})", Tok::Operator, "expr_start")
      .rule(R"([A-Z][a-zA-Z0-9_]*)", Tok::NameConstant, "method_call")
      .rule(R"((\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=]))",
            {Tok::Punctuation, Tok::Text, Tok::NameFunction}, "method_call")
      .rule(R"([a-zA-Z_]\w*[?!])", Tok::Name, "expr_start")
      .rule(R"([a-zA-Z_]\w*)", Tok::Name, "method_call")
      .rule(crystal ? R"(\*\*|\/\/|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\.)"
                    : R"(\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.)",
            Tok::Operator, "expr_start");
   if (crystal) l.state("root").rule(R"(\{%|%\})", Tok::Punctuation);
   l.state("root")
      .rule(R"([-+\/*%=<>&!^|~]=?)", Tok::Operator, "expr_start")
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(R"([\[({,:\\;/])", Tok::Punctuation, "expr_start")
      .rule(R"([\])}])", Tok::Punctuation);
   l.state("has_heredocs")
      .rule(R"~((?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2))~",
            [](Runner& r) { queue_heredoc(r, r.m(3)); })
      .rule(R"((<<[-~]?)(["'])(\2))", [](Runner& r) { queue_heredoc(r, ""); });
   l.state("heredoc_queue")
      .rule(R"((?=\n))", [](Runner& r) { r.go_to("resolve_heredocs"); })
      .mixin("root");
   l.state("resolve_heredocs")
      .mixin("string_intp_escaped")
      .rule(R"(\n)", Tok::StrHeredoc, "test_heredoc")
      .rule(R"([#\\\n])", Tok::StrHeredoc)
      .rule(R"([^#\\\n]+)", Tok::StrHeredoc);
   l.state("test_heredoc")
      .rule(R"([^#\\\n]*$)", [](Runner& r) {
         std::string_view pending = r.strs.empty() ? std::string_view() : r.strs.front();
         bool tolerant = !pending.empty() && pending[0] == '1';
         std::string_view check = tolerant ? lstrip(rstrip(r.m())) : rstrip(r.m());
         if (!pending.empty() && check == pending.substr(1)) {
            r.strs.erase(r.strs.begin());
            if (r.strs.empty()) r.pop();
            r.token(Tok::NameConstant);
         } else {
            r.token(Tok::StrHeredoc);
         }
         r.pop();
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.state("funcname")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\()", Tok::Punctuation, "defexpr")
      .rule(R"((?x)(?:([a-zA-Z_]\w*)(\.))?
               ( [a-zA-Z_]\w*[!?]? | \*\*? | [-+]@? | [/%&\|^`~] | \[\]=? |
                 <<? | >>? | <=>? | >= | ===? ))",
            {Tok::NameClass, Tok::Operator, Tok::NameFunction}, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("classname").rule(R"(\s+)", Tok::Text);
   if (!crystal) l.state("classname").rule(R"(\w+(::\w+)+)", Tok::NameClass);
   l.state("classname")
      .rule(R"(\()", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("defexpr");
         r.push("expr_start");
      })
      .rule(R"(<<)", [](Runner& r) {
         r.token(Tok::Operator);
         r.go_to("expr_start");
      })
      .rule(R"([A-Z_]\w*)", Tok::NameClass, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   if (crystal) {
      l.state("ternary").rule(R"(:(?!:))", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      });
   } else {
      l.state("ternary")
         .rule(R"((:)(\s+))", [](Runner& r) {
            r.groups({Tok::Punctuation, Tok::Text});
            r.go_to("expr_start");
         })
         .rule(R"(:(?![^#\n]*?[:\\]))", [](Runner& r) {
            r.token(Tok::Punctuation);
            r.go_to("expr_start");
         });
   }
   l.state("ternary").mixin("root");
   l.state("defexpr")
      .rule(R"((\))(\.|::)?)", {Tok::Punctuation, Tok::Operator}, "#pop")
      .rule(R"(\()", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("defexpr");
         r.push("expr_start");
      })
      .mixin("root");
   l.state("in_interp").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("root");
   l.state("string_intp")
      .rule(R"([#][{])", Tok::StrInterpol, "in_interp")
      .rule(R"((?i)#(@@?|\$)[a-z_]\w*)", Tok::StrInterpol);
   l.state("string_intp_escaped")
      .mixin("string_intp")
      .rule(R"(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3}))", Tok::StrEscape);
   if (crystal) l.state("string_intp_escaped").rule(R"(\\u([a-fA-F0-9]{4}|\{[^}]+\}))", Tok::StrEscape);
   l.state("string_intp_escaped").rule(R"(\\.)", Tok::StrEscape);
   l.state("method_call")
      .rule(crystal ? "/" : R"(/|%)", [](Runner& r) {
         r.token(Tok::Operator);
         r.go_to("expr_start");
      })
      .rule(R"((?=\n))", [](Runner& r) { r.pop(); })
      .rule("", [](Runner& r) { r.go_to("method_call_spaced"); });
   l.state("method_call_spaced")
      .mixin("whitespace")
      .rule(R"([%/]=)", [](Runner& r) {
         r.token(Tok::Operator);
         r.go_to("expr_start");
      })
      .rule(R"((/)(?=\S|\s*/))", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("slash_regex");
      })
      .mixin("sigil_strings")
      .rule(R"((?=\s*/))", [](Runner& r) { r.pop(); })
      .rule(R"(\s+)", [](Runner& r) {
         r.token(Tok::Text);
         r.go_to("expr_start");
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.state("expr_start")
      .mixin("inline_whitespace")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("slash_regex");
      })
      .rule(R"((?x)[?](\\[MC]-)*
               (\\([\\abefnrstv\#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)
               (?!\w))",
            Tok::StrChar, "#pop")
      .rule(R"((\s*)(%[rqswQWxiI]? \S* ))", [](Runner& r) {
         r.groups({Tok::Text, Tok::StrOther});
         r.pop();
      })
      .mixin("sigil_strings")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("slash_regex")
      .mixin("string_intp")
      .rule(R"(\\\\)", Tok::StrRegex)
      .rule(R"(\\/)", Tok::StrRegex)
      .rule(R"([\\#])", Tok::StrRegex)
      .rule(R"((?m)[^\\/#]+)", Tok::StrRegex)
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex_flags");
      });
   l.state("end_part").rule(R"((?m).+)", Tok::CommentPreproc, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ruby_lexer() {
   static const Lexer lexer = make_ruby("ruby", false);
   return lexer;
}

const Lexer& crystal_lexer() {
   static const Lexer lexer = make_ruby("crystal", false, true);
   return lexer;
}

const Lexer& irb_output_lexer() {
   static const Lexer lexer = make_ruby("irb_output", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
