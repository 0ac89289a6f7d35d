// Rouge's Mosel lexer (FICO Xpress's modelling language): core keywords and functions and the
// names of the mmxprs, mmsystem and mmjobs modules, tried as whole words in Rouge's order.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const core_keywords =
   "and array as boolean break case count counter declarations div do dynamic elif else end "
   "evaluation exit false forall forward from function if imports in include initialisations "
   "initializations integer inter is_binary is_continuous is_free is_integer is_partint "
   "is_semcont is_semint is_sos1 is_sos2 linctr list max min mod model mpvar next not of "
   "options or package parameters procedure public prod range real record repeat requirements "
   "set string sum then to true union until uses version while with";
const char* const core_functions =
   "abs arctan assert bitflip bitneg bitset bitshift bittest bitval ceil cos create "
   "currentdate currenttime cuthead cuttail delcell exists exit exp exportprob fclose fflush "
   "finalize findfirst findlast floor fopen fselect fskipline getact getcoeff getcoeffs getdual "
   "getfid getfirst gethead getfname getlast getobjval getparam getrcost getreadcnt getreverse "
   "getsize getslack getsol gettail gettype getvars iseof ishidden isodd ln log makesos1 "
   "makesos2 maxlist minlist publish random read readln reset reverse round setcoeff sethidden "
   "setioerr setname setparam setrandseed settype sin splithead splittail sqrt strfmt substr "
   "timestamp unpublish write writeln";
const char* const mmxprs_functions =
   "addmipsol basisstability calcsolinfo clearmipdir clearmodcut command copysoltoinit "
   "defdelayedrows defsecurevecs estimatemarginals fixglobal getbstat getdualray getiis "
   "getiissense getiistype getinfcause getinfeas getlb getloadedlinctrs getloadedmpvars getname "
   "getprimalray getprobstat getrange getsensrng getsize getsol getub getvars implies indicator "
   "isiisvalid isintegral loadbasis loadmipsol loadprob maximize minimize postsolve readbasis "
   "readdirs readsol refinemipsol rejectintsol repairinfeas resetbasis resetiis resetsol "
   "savebasis savemipsol savesol savestate selectsol setbstat setcallback setcbcutoff setgndata "
   "setlb setmipdir setmodcut setsol setub setucbdata stopoptimize unloadprob writebasis "
   "writedirs writeprob writesol xor";
const char* const mmxprs_constants = "XPRS_OPT XPRS_UNF XPRS_INF XPRS_UNB XPRS_OTH";
const char* const mmxprs_parameters =
   "XPRS_colorder XPRS_enumduplpol XPRS_enummaxsol XPRS_enumsols XPRS_fullversion "
   "XPRS_loadnames XPRS_problem XPRS_probname XPRS_verbose";
const char* const mmsystem_functions =
   "addmonths copytext cuttext deltext endswith expandpath fcopy fdelete findfiles findtext "
   "fmove getasnumber getchar getcwd getdate getday getdaynum getdays getdirsep getendparse "
   "setendparse getenv getfsize getfstat getftime gethour getminute getmonth getmsec "
   "getpathsep getqtype setqtype getsecond getsepchar setsepchar getsize getstart setstart "
   "getsucc setsucc getsysinfo getsysstat gettime gettmpdir gettrim settrim getweekday getyear "
   "inserttext isvalid makedir makepath newtar newzip nextfield openpipe parseextn parseint "
   "parsereal parsetext pastetext pathmatch pathsplit qsort quote readtextline regmatch "
   "regreplace removedir removefiles setchar setdate setday setenv sethour setminute setmonth "
   "setmsec setsecond settime setyear sleep startswith system tarlist textfmt tolower toupper "
   "trim untar unzip ziplist";
const char* const mmsystem_parameters =
   "datefmt datetimefmt monthnames sys_endparse sys_fillchar sys_pid sys_qtype sys_regcache "
   "sys_sepchar";
const char* const mmjobs_functions =
   // instance management
   "clearaliases connect disconnect findxsrvs getaliases getbanner gethostalias sethostalias "
   // model management
   "compile detach getannidents getannotations getexitcode getgid getid getnode getrmtid "
   "getstatus getuid load reset resetmodpar run setcontrol setdefstream setmodpar setworkdir "
   "stop unload "
   // synchronization
   "dropnextevent getclass getfromgid getfromid getfromuid getnextevent getvalue isqueueempty "
   "nullevent peeknextevent send setgid setuid wait waitfor";
const char* const mmjobs_parameters =
   "conntmpl defaultnode fsrvdelay fsrvnbiter fsrvport jobid keepalive nodenumber parentnumber";

std::string whole_words(const char* list, bool ignore_case = false) {
   return std::string(ignore_case ? "(?i)" : "") + R"(\b()" + alternation(list) + R"()\b)";
}

Lexer make_mosel() {
   Lexer l("mosel");
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"((!).*$\n?)", Tok::CommentSingle)
      .rule(R"((?m)\(!.*?!\))", Tok::CommentMultiline);
   // Single-quoted strings have no escapes.
   l.state("single_quotes")
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"([^']+)", Tok::StrSingle);
   l.state("double_quotes")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"((\\"|\\[0-7]{1,3}\D|\\[abfnrtv]|\\\\))", Tok::StrEscape)
      .rule(R"([^"])", Tok::StrDouble);
   l.state("base")
      .rule(R"(")", Tok::StrDouble, "double_quotes")
      .rule(R"(')", Tok::StrSingle, "single_quotes")
      .rule(R"(((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?))"
            R"((L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?)",
            Tok::Num)
      .rule(R"([~!@#\$%\^&\*\(\)\+`\-={}\[\]:;<>\?,\.\/\|\\])", Tok::Punctuation)
      .rule(R"((?i)(true|false)\b)", Tok::NameBuiltin)
      .rule(whole_words(core_keywords, true), Tok::Keyword)
      .rule(whole_words(core_functions), Tok::NameBuiltin)
      .rule(whole_words(mmxprs_functions), Tok::NameFunction)
      .rule(whole_words(mmxprs_constants), Tok::NameConstant)
      .rule(whole_words(mmxprs_parameters, true), Tok::NameProperty)
      .rule(whole_words(mmsystem_functions, true), Tok::NameFunction)
      .rule(whole_words(mmsystem_parameters), Tok::NameProperty)
      .rule(whole_words(mmjobs_functions, true), Tok::NameFunction)
      .rule(whole_words(mmjobs_parameters), Tok::NameProperty)
      .rule(R"([a-zA-Z_][a-zA-Z0-9_]*)", Tok::Name);
   l.state("root").mixin("whitespace").mixin("base");
   l.finish();
   return l;
}

}  // namespace

const Lexer& mosel_lexer() {
   static const Lexer lexer = make_mosel();
   return lexer;
}

}  // namespace jekyllpp::highlight
