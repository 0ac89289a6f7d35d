// Rouge's Erlang lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string keywords =
   alternation("after begin case catch cond end fun if let of query receive try when");
const std::string builtins = alternation(
   "abs append_element apply atom_to_list binary_to_list bitstring_to_list binary_to_term "
   "bit_size bump_reductions byte_size cancel_timer check_process_code delete_module demonitor "
   "disconnect_node display element erase exit float float_to_list fun_info fun_to_list "
   "function_exported garbage_collect get get_keys group_leader hash hd integer_to_list "
   "iolist_to_binary iolist_size is_atom is_binary is_bitstring is_boolean is_builtin is_float "
   "is_function is_integer is_list is_number is_pid is_port is_process_alive is_record "
   "is_reference is_tuple length link list_to_atom list_to_binary list_to_bitstring "
   "list_to_existing_atom list_to_float list_to_integer list_to_pid list_to_tuple load_module "
   "localtime_to_universaltime make_tuple md5 md5_final md5_update memory module_loaded monitor "
   "monitor_node node nodes open_port phash phash2 pid_to_list port_close port_command "
   "port_connect port_control port_call port_info port_to_list process_display process_flag "
   "process_info purge_module put read_timer ref_to_list register resume_process round send "
   "send_after send_nosuspend set_cookie setelement size spawn spawn_link spawn_monitor "
   "spawn_opt split_binary start_timer statistics suspend_process system_flag system_info "
   "system_monitor system_profile term_to_binary tl trace trace_delivered trace_info "
   "trace_pattern trunc tuple_size tuple_to_list universaltime_to_localtime unlink unregister "
   "whereis");
const std::string word_operators =
   alternation("and andalso band bnot bor bsl bsr bxor div not or orelse rem xor");

const std::string atom = R"((?:[a-z][a-zA-Z0-9_]*|'[^\n']*[^\\]'))";
const std::string variable = "(?:[A-Z_][a-zA-Z0-9_]*)";
const std::string escape = R"~((?:\\(?:[bdefnrstv\'"\\/]|[0-7][0-7]?[0-7]?|\^[a-zA-Z])))~";
const std::string macro = "(?:" + variable + "|" + atom + ")";
const std::string base = "(?:[2-9]|[12][0-9]|3[0-6])";

Lexer make_erlang() {
   Lexer l("erlang");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(%.*\n)", Tok::Comment)
      .rule("(" + keywords + R"()\b)", Tok::Keyword)
      .rule("(" + builtins + R"()\b)", Tok::NameBuiltin)
      .rule("(" + word_operators + R"()\b)", Tok::OperatorWord)
      .rule(R"(^-)", Tok::Punctuation, "directive")
      .rule(R"((\+\+?|--?|\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\?))", Tok::Operator)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(<<)", Tok::NameLabel)
      .rule(R"(>>)", Tok::NameLabel)
      .rule("(" + atom + ")(:)", {Tok::NameNamespace, Tok::Punctuation})
      .rule(R"((?:^|(?<=:))()" + atom + R"()(\s*)(\())",
            {Tok::NameFunction, Tok::Text, Tok::Punctuation})
      .rule("[+-]?" + base + "#[0-9a-zA-Z]+", Tok::NumInteger)
      .rule(R"([+-]?\d+)", Tok::NumInteger)
      .rule(R"([+-]?\d+.\d+)", Tok::NumFloat)
      .rule(R"~([\]\[:_@\".{}()|;,])~", Tok::Punctuation)
      .rule(variable, Tok::NameVariable)
      .rule(atom, Tok::Name)
      .rule(R"(\?)" + macro, Tok::NameConstant)
      .rule(R"(\$(?:)" + escape + R"(|\\[ %]|[^\\]))", Tok::StrChar)
      .rule("#" + atom + R"((:?\.)" + atom + ")?", Tok::NameLabel);
   l.state("string")
      .rule(escape, Tok::StrEscape)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(~[0-9.*]*[~#+bBcdefginpPswWxX])", Tok::StrInterpol)
      .rule(R"([^"\\~]+)", Tok::Str)
      .rule(R"(~)", Tok::Str);
   l.state("directive")
      .rule(R"((define)(\s*)(\()()" + macro + ")",
            {Tok::NameEntity, Tok::Text, Tok::Punctuation, Tok::NameConstant}, "#pop")
      .rule(R"((record)(\s*)(\()()" + macro + ")",
            {Tok::NameEntity, Tok::Text, Tok::Punctuation, Tok::NameLabel}, "#pop")
      .rule(atom, Tok::NameEntity, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& erlang_lexer() {
   static const Lexer lexer = make_erlang();
   return lexer;
}

}  // namespace jekyllpp::highlight
