// Rouge's Windows batch file lexer.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("if else for in do goto call exit");
const Words operator_words("exist defined errorlevel cmdextversion not equ neq lss leq gtr geq");
const Words devices(
   "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 "
   "lpt7 lpt8 lpt9");
const Words commands(
   // cmd.exe's own commands
   "assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp "
   "compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc "
   "find findstr format fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode "
   "more move openfiles path pause popd print prompt pushd rd recover ren rename replace rmdir "
   "robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist "
   "taskkill time timeout title tree type ver verify vol xcopy waitfor wmic "
   // and other programs
   "addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag "
   "cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug "
   "defrag delprof deltree devcon diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls "
   "dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin eventcreate expand extract "
   "fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill "
   "lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta "
   "msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup "
   "ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping portqry powercfg pngout "
   "pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid psinfo pskill pslist "
   "psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess "
   "query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore "
   "rundll32 rmtshare route rpcping run runas scandisk setspn setx sfc share shellrunas "
   "shortcut sigcheck sleep slmgr strings subinacl sysmon telnet tftp tlist touch tracerpt "
   "tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete unformat verifier "
   "vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm winrs "
   "wpeutil wpr wusa wuauclt wscript");
const Words attributes("on off disable enableextensions enabledelayedexpansion");

// A word, optionally with an extension. The lists are matched case-sensitively; any other word
// is Keyword.Declaration, since Rouge's `"set".casecmp(word)` is true for every word.
void word(Runner& r) {
   std::string_view name = r.m(1);
   auto with_extension = [&r](Tok tok) { r.groups({tok, Tok::Error}); };
   if (devices.has(name)) with_extension(Tok::KeywordReserved);
   else if (keywords.has(name)) with_extension(Tok::Keyword);
   else if (operator_words.has(name)) with_extension(Tok::OperatorWord);
   else if (commands.has(name)) r.token(Tok::NameBuiltin);
   else if (attributes.has(name)) with_extension(Tok::NameAttribute);
   else with_extension(Tok::KeywordDeclaration);
}

Lexer make_batchfile() {
   Lexer l("batchfile");
   l.state("basic")
      .rule(R"((?i)@?\brem\b.*$)", Tok::Comment)
      .rule(R"(^::.*$)", Tok::Comment)
      .rule(R"((?i):[a-z]+)", Tok::NameLabel)
      .rule(R"((?i)([a-z]\w*)(\.exe|com|bat|cmd|msi)?)", word)
      .rule(R"((?i)((?:[\/\+]|--?)[a-z]+)\s*)", Tok::NameAttribute)
      .mixin("expansions")
      .rule(R"([<>&|(){}\[\]\-+=;,~?*])", Tok::Operator);
   l.state("escape").rule(R"((?m)\^.)", Tok::StrEscape);
   l.state("expansions")
      .rule(R"((?i)[%!]+([a-z_$@#]+)[%!]+)", Tok::NameVariable)
      .rule(R"((?i)(\%+~?[a-z]+\d?))", Tok::NameVariableMagic);
   l.state("double_quotes")
      .mixin("escape")
      .rule(R"(["])", Tok::StrDouble, "#pop")
      .mixin("expansions")
      .rule(R"([^\^"%!]+)", Tok::StrDouble);
   l.state("single_quotes")
      .mixin("escape")
      .rule(R"([''])", Tok::StrSingle, "#pop")
      .mixin("expansions")
      .rule(R"([^\^'%!]+)", Tok::StrSingle);
   l.state("backtick")
      .mixin("escape")
      .rule(R"([`])", Tok::StrBacktick, "#pop")
      .mixin("expansions")
      .rule(R"([^\^`%!]+)", Tok::StrBacktick);
   l.state("data")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((?i)0x[0-9a-f]+)", Tok::NumHex)
      .rule(R"([0-9])", Tok::Num)
      .rule(R"(["])", Tok::StrDouble, "double_quotes")
      .rule(R"([''])", Tok::StrSingle, "single_quotes")
      .rule(R"([`])", Tok::StrBacktick, "backtick")
      .rule(R"([^\s&|()\[\]{}\^=;!%+\-,"'`~?*]+)", Tok::Text)
      .mixin("escape");
   l.state("root").mixin("basic").mixin("data");
   l.finish();
   return l;
}

}  // namespace

const Lexer& batchfile_lexer() {
   static const Lexer lexer = make_batchfile();
   return lexer;
}

}  // namespace jekyllpp::highlight
