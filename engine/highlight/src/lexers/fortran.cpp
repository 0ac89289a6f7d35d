// Rouge's Fortran (2008, free-form) lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abstract allocatable allocate assign assignment associate asynchronous backspace bind block "
   "blockdata call case class close codimension common concurrent contains contiguous continue "
   "critical cycle data deallocate deferred dimension do elemental else elseif elsewhere end "
   "endassociate endblock endblockdata enddo endenum endfile endforall endfunction endif "
   "endinterface endmodule endprogram endselect endsubmodule endsubroutine endtype endwhere "
   "endwhile entry enum enumerator equivalence exit extends external final flush forall format "
   "function generic goto if implicit import in include inout inquire intent interface "
   "intrinsic is lock module namelist non_overridable none nopass nullify only open operator "
   "optional out parameter pass pause pointer print private procedure program protected public "
   "pure read recursive result return rewind save select selectcase sequence stop submodule "
   "subroutine target then type unlock use value volatile wait where while write");
const Words types("character complex doubleprecision integer logical real");
const Words intrinsics(
   "abs achar acos acosh adjustl adjustr aimag aint all allocated anint any asin asinh "
   "associated atan atan2 atanh atomic_define atomic_ref bessel_j0 bessel_j1 bessel_jn "
   "bessel_y0 bessel_y1 bessel_yn bge bgt bit_size ble blt btest c_associated c_f_pointer "
   "c_f_procpointer c_funloc c_loc c_sizeof ceiling char cmplx command_argument_count "
   "compiler_options compiler_version conjg cos cosh count cpu_time cshift date_and_time dble "
   "digits dim dot_product dprod dshiftl dshiftr eoshift epsilon erf erfc_scaled erfc "
   "execute_command_line exp exponent extends_type_of findloc floor fraction gamma "
   "get_command_argument get_command get_environment_variable huge hypot iachar iall iand iany "
   "ibclr ibits ibset ichar ieee_class ieee_copy_sign ieee_get_flag ieee_get_halting_mode "
   "ieee_get_rounding_mode ieee_get_status ieee_get_underflow_mode ieee_is_finite ieee_is_nan "
   "ieee_is_normal ieee_logb ieee_next_after ieee_rem ieee_rint ieee_scalb "
   "ieee_selected_real_kind ieee_set_flag ieee_set_halting_mode ieee_set_rounding_mode "
   "ieee_set_status ieee_set_underflow_mode ieee_support_datatype ieee_support_denormal "
   "ieee_support_divide ieee_support_flag ieee_support_halting ieee_support_inf "
   "ieee_support_io ieee_support_nan ieee_support_rounding ieee_support_sqrt "
   "ieee_support_standard ieee_support_underflow_control ieee_unordered ieee_value ieor "
   "image_index index int ior iparity is_contiguous is_iostat_end is_iostat_eor ishft ishftc "
   "kind lbound lcobound leadz len_trim len lge lgt lle llt log_gamma log log10 logical maskl "
   "maskr matmul max maxexponent maxloc maxval merge_bits merge min minexponent minloc minval "
   "mod modulo move_alloc mvbits nearest new_line nint norm2 not null num_images pack parity "
   "popcnt poppar present product radix random_number random_seed range real repeat reshape "
   "rrspacing same_type_as scale scan selected_char_kind selected_int_kind selected_real_kind "
   "set_exponent shape shifta shiftl shiftr sign sin sinh size spacing spread sqrt "
   "storage_size sum system_clock tan tanh this_image tiny trailz transfer transpose trim "
   "ubound ucobound unpack verify");

const std::string name = "(?i:[A-Z][_A-Z0-9]*)";
const std::string kind_param = R"((\d+|)" + name + ")";
const std::string exponent = R"((?i:[ED][+-]?\d+))";

Lexer make_fortran() {
   Lexer l("fortran");
   l.state("root")
      .rule(R"([\s]+)", Tok::Whitespace)
      .rule(R"(!.*$)", Tok::CommentSingle)
      .rule(R"(^#.*$)", Tok::CommentPreproc)
      .rule(R"(::|[()\/;,:&\[\]])", Tok::Punctuation)
      .rule(R"((?m)^(\s*)([0-9]+)\b)", {Tok::Whitespace, Tok::NameLabel})
      .rule(R"((?mi)\b(FORMAT)(\s*)(\())", {Tok::Keyword, Tok::Whitespace, Tok::Punctuation},
            "format_spec")
      .rule(R"((?i)[+-]?((\d+[.]\d*|[.]\d+)()" + exponent + R"()?|\d+)" + exponent + ")(_" +
               kind_param + ")?",
            Tok::NumFloat)
      .rule(R"((?i)[+-]?\d+(_)" + kind_param + ")?", Tok::NumInteger)
      .rule(R"~((?i)B'[01]+'|B"[01]+")~", Tok::NumBin)
      .rule(R"~((?i)O'[0-7]+'|O"[0-7]+")~", Tok::NumOct)
      .rule(R"~((?i)Z'[0-9A-F]+'|Z"[0-9A-F]+")~", Tok::NumHex)
      .rule("(" + kind_param + "_)?'", Tok::StrSingle, "string_single")
      .rule("(" + kind_param + "_)?\"", Tok::StrDouble, "string_double")
      .rule(R"((?i)[.](TRUE|FALSE)[.](_)" + kind_param + ")?", Tok::KeywordConstant)
      .rule(R"(\*\*|//|==|/=|<=|>=|=>|[-+*/<>=%])", Tok::Operator)
      .rule(R"((?i)\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|[A-Z]+)\.)", Tok::OperatorWord)
      .rule(R"((?i)double\s+precision\b)", Tok::KeywordType)
      .rule(R"((?i)go\s+to\b)", Tok::Keyword)
      .rule(R"((?i)sync\s+(all|images|memory)\b)", Tok::Keyword)
      .rule(R"((?i)error\s+stop\b)", Tok::Keyword)
      .rule(name, [](Runner& r) {
         std::string word(r.m());
         for (char& c : word)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (types.has(word)) r.token(Tok::KeywordType);
         else if (intrinsics.has(word)) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      });
   l.state("string_single")
      .rule(R"([^']+)", Tok::StrSingle)
      .rule(R"('')", Tok::StrEscape)
      .rule(R"(')", Tok::StrSingle, "#pop");
   l.state("string_double")
      .rule(R"([^"]+)", Tok::StrDouble)
      .rule(R"("")", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("format_spec")
      .rule(R"(')", Tok::StrSingle, "string_single")
      .rule(R"(")", Tok::StrDouble, "string_double")
      .rule(R"(\()", Tok::Punctuation, "format_spec")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([\s]+)", Tok::Whitespace)
      .rule(R"~([^\s'"(),]+)~", Tok::Literal);
   l.finish();
   return l;
}

}  // namespace

const Lexer& fortran_lexer() {
   static const Lexer lexer = make_fortran();
   return lexer;
}

}  // namespace jekyllpp::highlight
