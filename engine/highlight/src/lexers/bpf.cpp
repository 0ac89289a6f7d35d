// Rouge's BPF lexer: eBPF bytecode as bpftool and llvm-objdump print it (line numbers, raw
// bytes, registers, jumps, helper calls, dereferences).
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_bpf() {
   Lexer l("bpf");
   l.state("root")
      // Line numbers and raw bytes.
      .rule(R"((?i)(\d+)(:)(\s+)(\([0-9a-f]{2}\)))",
            {Tok::GenericLineno, Tok::Punctuation, Tok::Whitespace, Tok::Generic})
      .rule(R"((?i)(\d+)(:)(\s+)((?:[0-9a-f]{2} ){8}))",
            {Tok::GenericLineno, Tok::Punctuation, Tok::Whitespace, Tok::Generic})
      .rule(R"((?i)(\d+)(:)(\s+))", {Tok::GenericLineno, Tok::Punctuation, Tok::Whitespace})
      // Helper calls.
      .rule(R"((?i)(call)(\s+)(\d+))", {Tok::Keyword, Tok::Whitespace, Tok::NumInteger})
      .rule(R"((?i)(call)(\s+)(\w+)(#)(\d+))",
            {Tok::Keyword, Tok::Whitespace, Tok::NameBuiltin, Tok::Punctuation, Tok::NumInteger})
      // Jumps.
      .rule(R"((?i)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?))",
            {Tok::Keyword, Tok::Whitespace, Tok::NumInteger, Tok::Whitespace, Tok::NameLabel})
      .rule(R"((?i)(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)(0x[0-9a-f]+|[-]?\d+)(\s*)(goto)(\s*))"
            R"((\+\d+)?(\s*)(<?\w+>?))",
            {Tok::Keyword, Tok::Whitespace, Tok::Name, Tok::Whitespace, Tok::Operator,
             Tok::Whitespace, Tok::Num, Tok::Whitespace, Tok::Keyword, Tok::Whitespace,
             Tok::NumInteger, Tok::Whitespace, Tok::NameLabel})
      .rule(R"((?i)(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)([rw]\d+)(\s*)(goto)(\s*)(\+\d+)?)"
            R"((\s*)(<?\w+>?))",
            {Tok::Keyword, Tok::Whitespace, Tok::Name, Tok::Whitespace, Tok::Operator,
             Tok::Whitespace, Tok::Name, Tok::Whitespace, Tok::Keyword, Tok::Whitespace,
             Tok::NumInteger, Tok::Whitespace, Tok::NameLabel})
      // Dereferences.
      .rule(R"((?i)(\*)(\s*)(\()(u8|u16|u32|u64|ll)(\s*)(\*)(\)))",
            {Tok::Operator, Tok::Whitespace, Tok::Punctuation, Tok::KeywordType, Tok::Whitespace,
             Tok::Operator, Tok::Punctuation},
            "address")
      .rule(R"((?i)[+-\/\*&|><^s]{0,3}=)", Tok::Operator)
      .rule(R"((?i)([+-]?)([rw]\d+))", {Tok::Punctuation, Tok::Name})  // registers
      .rule(R"(\/\/)", Tok::CommentSingle, "linecomment")
      .rule(R"(\/\*)", Tok::CommentMultiline, "multilinescomment")
      .rule("(?i)be16|be32|be64|exit|lock|map", Tok::Keyword)
      // Literals, and maps referred to by name.
      .rule(R"((?i)(0x[0-9a-f]+|[-]?\d+)(\s*)(ll)?)", {Tok::Num, Tok::Whitespace, Tok::KeywordType})
      .rule(R"((?i)(\w+)(\s*)(ll))", {Tok::Name, Tok::Whitespace, Tok::KeywordType})
      .rule(R"((?i)(\w+)(\s*)(:))", {Tok::NameLabel, Tok::Whitespace, Tok::Punctuation})
      .rule("(?m).", Tok::Text);
   l.state("address")
      .rule(R"((?i)(\()([rw]\d+)(\s*)([+-])(\s*)(\d+)(\)))",
            {Tok::Punctuation, Tok::Name, Tok::Whitespace, Tok::Operator, Tok::Whitespace,
             Tok::NumInteger, Tok::Punctuation},
            "#pop")
      .rule(R"((?i)(\w+)(\[)(\d+)(\]))",
            {Tok::Name, Tok::Punctuation, Tok::NumInteger, Tok::Punctuation}, "#pop")
      .rule(R"((?i)(\w+)(\[)([rw]\d+)(\]))",
            {Tok::Name, Tok::Punctuation, Tok::Name, Tok::Punctuation}, "#pop");
   l.state("linecomment")
      .rule(R"(\n)", Tok::CommentSingle, "#pop")
      .rule(".+", Tok::CommentSingle);
   l.state("multilinescomment")
      .rule(R"(\*\/)", Tok::CommentMultiline, "#pop")
      .rule(R"(([^\*\/]+))", Tok::CommentMultiline)
      .rule(R"(([\*\/]))", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& bpf_lexer() {
   static const Lexer lexer = make_bpf();
   return lexer;
}

}  // namespace jekyllpp::highlight
