// Rouge's Python lexer, and its Cython subclass, which adds C declarations (cdef, cpdef, ctypedef
// and their types), cimport, and names a call's function.
#include <string>
#include <unordered_set>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Ruby's [[:alpha:]] and [[:alnum:]] are Unicode-aware.
const std::string identifier = R"((?:[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*))";
const std::string dotted_identifier = R"((?:[\p{Alphabetic}_.][\p{Alphabetic}\p{Nd}_.]*))";
const std::string digits = R"((?:[0-9](_?[0-9])*))";
const std::string decimal = "((" + digits + R"()?\.)" + digits + "|" + digits + R"(\.))";
const std::string exponent = "(?:[eE][+-]?" + digits + ")";

using Words = std::unordered_set<std::string_view>;

const Words keywords = {"assert", "break", "continue", "del", "elif", "else", "except", "exec",
   "finally", "for", "global", "if", "lambda", "pass", "print", "raise", "return", "try", "while",
   "yield", "as", "with", "from", "import", "async", "await", "nonlocal"};

const Words builtins = {"__import__", "abs", "all", "any", "apply", "ascii", "basestring", "bin",
   "bool", "buffer", "bytearray", "bytes", "callable", "chr", "classmethod", "cmp", "coerce",
   "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "execfile",
   "exit", "file", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
   "hash", "hex", "id", "input", "int", "intern", "isinstance", "issubclass", "iter", "len",
   "list", "locals", "long", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
   "ord", "pow", "property", "range", "raw_input", "reduce", "reload", "repr", "reversed",
   "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
   "type", "unichr", "unicode", "vars", "xrange", "zip",
   // exceptions, which Rouge also marks as builtins
   "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
   "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
   "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
   "ConnectionResetError", "DeprecationWarning", "EOFError", "EnvironmentError", "Exception",
   "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
   "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
   "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
   "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplemented",
   "NotImplementedError", "OSError", "OverflowError", "OverflowWarning",
   "PendingDeprecationWarning", "ProcessLookupError", "RecursionError", "ReferenceError",
   "ResourceWarning", "RuntimeError", "RuntimeWarning", "StandardError", "StopAsyncIteration",
   "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
   "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
   "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
   "UserWarning", "ValueError", "VMSError", "Warning", "WindowsError", "ZeroDivisionError"};

const Words cython_keywords = [] {
   Words words = keywords;
   words.insert({"by", "except?", "fused", "gil", "nogil"});
   return words;
}();
const Words cython_c_keywords = {"public", "readonly", "extern", "api", "inline", "enum", "union"};

const Words builtins_pseudo = {"self", "None", "Ellipsis", "NotImplemented", "False", "True"};

// The open strings are kept in Runner::strs as pairs: prefix letters (lower-cased), delimiter.
bool string_type(const Runner& r, char letter) {
   return r.strs[r.strs.size() - 2].find(letter) != std::string::npos;
}

// Cython's rules that come before Python's (Rouge's `prepend`), and its own states. The C block
// of a cdef is left at the first line indented less than its first line (kept in Runner::str,
// vars[0]: known).
void add_cython_rules(Lexer& l) {
   const std::string ascii_identifier = R"((?i:[a-z_]\w*))";
   const std::string ascii_dotted = R"((?i:[a-z_.][\w.]*))";
   l.state("root")
      .rule(R"(cp?def|ctypedef)", [](Runner& r) {
         r.token(Tok::Keyword);
         r.push("c_definitions");
         r.push("c_start");
      })
      .rule(R"((from)((?:\\\s|\s)+)()" + ascii_dotted + R"()((?:\\\s|\s)+)(cimport))",
            {Tok::KeywordNamespace, Tok::Text, Tok::NameNamespace, Tok::Text, Tok::KeywordNamespace})
      .rule(R"((cimport)(\s+)()" + ascii_dotted + ")", {Tok::KeywordNamespace, Tok::Text, Tok::NameNamespace})
      .rule(R"((struct)((?:\\\s|\s)+))", {Tok::Keyword, Tok::Text}, "classname")
      .mixin("func_call_fix")
      .rule(R"([(,])", Tok::Punctuation, "c_start");
   l.state("classname").rule(R"((?:\\\s|\s)+)", Tok::Text);
   l.state("funcname").rule(R"((?:\\\s|\s)+)", Tok::Text);
   l.state("func_call_fix").rule(ascii_identifier + R"((?=\())", [](Runner& r) {
      std::string_view word = r.m();
      if (cython_keywords.count(word)) r.token(Tok::Keyword);
      else if (builtins.count(word)) r.token(Tok::NameBuiltin);
      else if (builtins_pseudo.count(word)) r.token(Tok::NameBuiltinPseudo);
      else r.token(Tok::NameFunction);
   });
   l.state("c_start")
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(cp?def|ctypedef)", Tok::Keyword)
      .rule(R"((?:un)?signed)", Tok::KeywordType)
      // a type: before pointers, an array or a name
      .rule(ascii_identifier + R"((?=(?:\*+)|(?:[ \t]*\[)|(?:[ \t]+\w)))", [](Runner& r) {
         std::string_view word = r.m();
         if (cython_keywords.count(word)) {
            r.token(Tok::Keyword);
            r.pop();
         } else if (word == "def") {
            r.token(Tok::Keyword);
            r.go_to("funcname");
         } else if (word == "struct" || word == "class") {
            r.token(Tok::KeywordReserved);
            r.go_to("classname");
         } else if (cython_c_keywords.count(word)) {
            r.token(Tok::KeywordReserved);
         } else {
            r.token(Tok::KeywordType);
            r.pop();
         }
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.state("c_definitions").rule(R"(\n)", Tok::Text, "c_indent").mixin("root");
   l.state("c_indent")
      .rule(R"([ \t]+)", [](Runner& r) {
         r.token(Tok::Text);
         r.go_to("c_start");
         if (!r.vars[0]) {
            r.str = r.m();
            r.vars[0] = 1;
         } else if (r.str.size() > r.m().size()) {
            r.vars[0] = 0;
            r.pop(2);
         }
      })
      .rule("", [](Runner& r) {
         r.vars[0] = 0;
         r.reset_stack();
      });
}

Lexer make_python(const char* tag, bool cython) {
   Lexer l(tag);
   if (cython) add_cython_rules(l);
   const Words* words = cython ? &cython_keywords : &keywords;
   l.state("root")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"((?mi)^(:)(\s*)([ru]{0,2}""".*?"""))", {Tok::Punctuation, Tok::Text, Tok::StrDoc})
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#(.*)?\n?)", Tok::CommentSingle)
      .rule(R"([\[\]{}:(),;.])", Tok::Punctuation)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(\\)", Tok::Text)
      .rule(R"((in|is|and|or|not)\b)", Tok::OperatorWord)
      .rule(R"((<<|>>|\/\/|\*\*)=?)", Tok::Operator)
      .rule(R"([-~+\/*%=<>&^|@]=?|!=)", Tok::Operator)
      .rule(R"((from)((?:\\\s|\s)+)()" + dotted_identifier + R"()((?:\\\s|\s)+)(import))",
            {Tok::KeywordNamespace, Tok::Text, Tok::NameNamespace, Tok::Text,
             Tok::KeywordNamespace})
      .rule(R"((import)(\s+)()" + dotted_identifier + ")",
            {Tok::KeywordNamespace, Tok::Text, Tok::NameNamespace})
      .rule(R"((def)((?:\s|\\\s)+))", {Tok::Keyword, Tok::Text}, "funcname")
      .rule(R"((class)((?:\s|\\\s)+))", {Tok::Keyword, Tok::Text}, "classname")
      .rule(R"(`.*?`)", Tok::StrBacktick)
      .rule(R"((?i)([rfbu]{0,2})('''|"""|['"]))", [](Runner& r) {
         r.groups({Tok::StrAffix, Tok::Str});
         std::string type(r.m(1));
         for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
         r.strs.push_back(type);
         r.strs.emplace_back(r.m(2));
         r.push("generic_string");
      })
      .rule("(?i)@" + dotted_identifier, Tok::NameDecorator)
      .rule(R"((?<!\.))" + identifier, [words](Runner& r) {
         std::string_view word = r.m();
         if (words->count(word)) r.token(Tok::Keyword);
         else if (builtins.count(word)) r.token(Tok::NameBuiltin);
         else if (builtins_pseudo.count(word)) r.token(Tok::NameBuiltinPseudo);
         else r.token(Tok::Name);
      })
      .rule(identifier, Tok::Name)
      .rule("(?i)" + decimal + "(" + exponent + ")?j?", Tok::NumFloat)
      .rule("(?i)" + digits + exponent + "j?", Tok::NumFloat)
      .rule("(?i)" + digits + "j", Tok::NumFloat)
      .rule(R"((?i)0b(_?[0-1])+)", Tok::NumBin)
      .rule(R"((?i)0o(_?[0-7])+)", Tok::NumOct)
      .rule(R"((?i)0x(_?[a-f0-9])+)", Tok::NumHex)
      .rule(R"(\d+L)", Tok::NumIntegerLong)
      .rule(R"(([1-9](_?[0-9])*|0(_?0)*))", Tok::NumInteger);
   l.state("funcname").rule(identifier, Tok::NameFunction, "#pop");
   l.state("classname").rule(identifier, Tok::NameClass, "#pop");
   l.state("generic_string")
      .rule(R"([^'"\\{]+)", Tok::Str)
      .rule(R"(\{\{)", Tok::Str)
      .rule(R"('''|"""|['"])", [](Runner& r) {
         r.token(Tok::Str);
         if (r.strs.back() == r.m()) {
            r.strs.resize(r.strs.size() - 2);
            r.pop();
         }
      })
      .rule(R"((?=\\))", Tok::Str, "generic_escape")
      .rule(R"(\{)", [](Runner& r) {
         if (string_type(r, 'f')) {
            r.token(Tok::StrInterpol);
            r.push("generic_interpol");
         } else {
            r.token(Tok::Str);
         }
      });
   l.state("generic_escape")
      .rule(R"((?x)\\
               ( [\\abfnrtv"']
               | \n
               | newline
               | N\{[a-zA-Z][a-zA-Z\ ]+[a-zA-Z]\}
               | u[a-fA-F0-9]{4}
               | U[a-fA-F0-9]{8}
               | x[a-fA-F0-9]{2}
               | [0-7]{1,3}
               ))",
            [](Runner& r) {
               r.token(string_type(r, 'r') ? Tok::Str : Tok::StrEscape);
               r.pop();
            })
      .rule(R"(\\.)", Tok::Str, "#pop");
   l.state("generic_interpol")
      .rule(R"([^{}!:]+)", [](Runner& r) { r.delegate(r.lexer()); })
      .rule(R"(![asr])", Tok::StrInterpol)
      .rule(R"(:)", Tok::StrInterpol)
      .rule(R"(\{)", Tok::StrInterpol, "generic_interpol")
      .rule(R"(\})", Tok::StrInterpol, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& python_lexer() {
   static const Lexer lexer = make_python("python", false);
   return lexer;
}

const Lexer& cython_lexer() {
   static const Lexer lexer = make_python("cython", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
