// Rouge's Verilog / SystemVerilog lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "alias always always_comb always_ff always_latch assert assert_strobe assign assume automatic "
   "attribute before begin bind bins binsof break case casex casez clocking config constraint "
   "context continue cover covergroup coverpoint cross deassign defparam default design dist do "
   "else end endattribute endcase endclass endclocking endconfig endfunction endgenerate "
   "endgroup endinterface endmodule endpackage endprimitive endprogram endproperty endspecify "
   "endsequence endtable endtask expect export extends extern final first_match for force "
   "foreach fork forkjoin forever function generate genvar if iff ifnone ignore_bins "
   "illegal_bins import incdir include initial inside instance interface intersect join "
   "join_any join_none liblist library local localparam matches module modport new "
   "noshowcancelled null package parameter primitive priority program property protected "
   "pulsestyle_onevent pulsestyle_ondetect pure rand randc randcase randsequence release return "
   "sequence showcancelled solve specify super table task this throughout timeprecision "
   "timeunit type typedef unique use wait wait_order while wildcard with within");
const Words keywords_type(
   "and bit buf bufif0 bufif1 byte cell chandle class cmos const disable edge enum event highz0 "
   "highz1 initial inout input int integer join logic longint macromodule medium nand negedge "
   "nmos nor not notif0 notif1 or output packed parameter pmos posedge pull0 pull1 pulldown "
   "pullup rcmos real realtime ref reg repeat rnmos rpmos rtran rtranif0 rtranif1 scalared "
   "shortint shortreal signed specparam static string strength strong0 strong1 struct supply0 "
   "supply1 tagged time tran tranif0 tranif1 tri tri0 tri1 triand trior trireg union unsigned "
   "uwire var vectored virtual void wait wand weak[01] wire wor xnor xor");
const Words system_tasks(
   "acos acosh asin asinh assertfailoff assertfailon assertkill assertnonvacuouson assertoff "
   "asserton assertpassoff assertpasson assertvacuousoff atan atan2 atanh bits bitstoreal "
   "bitstoshortreal cast ceil changed changed_gclk changing_gclk clog2 cos cosh countones "
   "coverage_control coverage_get coverage_get_max coverage_merge coverage_save dimensions "
   "display displayb displayh displayo dist_chi_square dist_erlang dist_exponential "
   "dist_normal dist_poisson dist_t dist_uniform dumpall dumpfile dumpflush dumplimit dumpoff "
   "dumpon dumpports dumpportsall dumpportsflush dumpportslimit dumpportsoff dumpportson "
   "dumpvars error exit exp falling_gclk fclose fdisplay fdisplayb fdisplayh fdisplayo fell "
   "fell_gclk feof ferror fflush fgetc fgets finish floor fmonitor fmonitorb fmonitorh "
   "fmonitoro fopen fread fscanf fseek fstrobe fstrobeb fstrobeh fstrobeo ftell future_gclk "
   "fwrite fwriteb fwriteh fwriteo get_coverage high hypot increment info isunbounded "
   "isunknown itor left ln load_coverage_db log10 low monitor monitorb monitorh monitoro "
   "monitoroff monitoron onehot onehot0 past past_gclk pow printtimescale q_add q_exam q_full "
   "q_initialize q_remove random readmemb readmemh realtime realtobits rewind right rising_gclk "
   "rose rose_gclk rtoi sampled set_coverage_db_name sformat sformatf shortrealtobits signed "
   "sin sinh size sqrt sscanf stable stable_gclk steady_gclk stime stop strobe strobeb strobeh "
   "strobeo swrite swriteb swriteh swriteo system tan tanh time timeformat typename ungetc "
   "unpacked_dimensions unsigned warning write writeb writeh writememb writememh writeo");

const std::string id = "[a-zA-Z_][a-zA-Z0-9_]*";

Lexer make_verilog() {
   Lexer l("verilog");
   l.state("expr_bol")
      .mixin("inline_whitespace")
      .rule(R"(`define)", Tok::CommentPreproc, "macro")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("bol").rule(id + ":(?!:)", Tok::NameLabel).mixin("expr_bol");
   l.state("inline_whitespace")
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline);
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text, "bol")
      .rule(R"(//(\\.|.)*?$)", Tok::CommentSingle, "bol")
      .mixin("inline_whitespace");
   l.state("expr_whitespace").rule(R"((?m)\n+)", Tok::Text, "expr_bol").mixin("whitespace");
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"~(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))~", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);
   // Rouge never leaves this state once in it.
   l.state("statement")
      .mixin("whitespace")
      .rule(R"(L?")", Tok::Str, "string")
      .rule(R"((?i)([0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(e[+-]?[0-9_]+)?)", Tok::NumFloat)
      .rule(R"((?i)[0-9_]+e[+-]?[0-9_]+)", Tok::NumFloat)
      .rule(R"([0-9]*'h[0-9a-fA-F_?]+)", Tok::NumHex)
      .rule(R"([0-9]*'b?[01xz_?]+)", Tok::NumBin)
      .rule(R"([0-9]*'d[0-9_?]+)", Tok::NumInteger)
      .rule(R"((?i)[0-9_]+[lu]*)", Tok::NumInteger)
      .rule(R"([-~!%^&*+=\|?:<>/@{}])", Tok::Operator)
      .rule(R"([()\[\],.$\#;])", Tok::Punctuation)
      .rule(R"(`(\w+))", Tok::CommentPreproc)
      .rule(id, [](Runner& r) {
         std::string_view name = r.m();
         if (keywords.has(name)) r.token(Tok::Keyword);
         else if (keywords_type.has(name)) r.token(Tok::KeywordType);
         else if (system_tasks.has(name)) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      });
   l.state("root").mixin("expr_whitespace").rule("", [](Runner& r) { r.push("statement"); });
   l.state("macro")
      .rule(R"(\n)", Tok::CommentPreproc, "#pop")
      .mixin("inline_whitespace")
      .rule(R"(;)", Tok::Punctuation)
      .rule(R"(\=)", Tok::Operator)
      .rule(R"((\w+))", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& verilog_lexer() {
   static const Lexer lexer = make_verilog();
   return lexer;
}

}  // namespace jekyllpp::highlight
