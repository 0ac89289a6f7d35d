// Rouge's BrightScript lexer (Roku). Words are compared in upper case, except the names of
// components (roArray...), which are compared as written.
#include <cctype>
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words name_builtin(
   "ABS ASC ATN CDBL CHR CINT CONTROL COPYFILE COS CREATEDIRECTORY CSNG DELETEDIRECTORY "
   "DELETEFILE EXP FINDMEMBERFUNCTION FINDNODE FIX FORMATDRIVEFORMATJSON GETINTERFACE INSTR "
   "INT LCASE LEFT LEN LISTDIR LOG MATCHFILES MID MOVEFILE OBSERVEFIELD PARSEJSON PARSEXML "
   "READASCIIFILE REBOOTSYSTEM RIGHT RND RUNGARBAGECOLLECTOR SGN SIN SLEEP SQR STR STRI "
   "STRING STRINGI STRTOI SUBSTITUTE TANTEXTTOP TEXT TRUCASE UPTIME VALVISIBLE VISIBLE WAIT");
const Words keyword_reserved(
   "BOX CREATEOBJECT DIM EACH ELSE ELSEIF END ENDFUNCTION ENDIF ENDSUB ENDWHILE EVAL EXIT "
   "EXITWHILE FALSE FOR FUNCTION GETGLOBALAA GETLASTRUNCOMPILEERROR GETLASTRUNRUNTIMEERROR "
   "GOTO IF IN INVALID LET LINE_NUM M NEXT OBJFUN POS PRINT REM RETURN RUN STEP STOP SUB TAB "
   "TO TRUE TYPE WHILE");
// Reserved, though not supported in standard .brs files.
const Words keyword_reserved_unsupported(
   "CLASS CONST IMPORT LIBRARY NAMESPACE PRIVATE PROTECTED PUBLIC");
const Words keyword_type(
   "BOOLEAN DIM DOUBLE DYNAMIC FLOAT FUNCTION INTEGER INTERFACE INVALID LONGINTEGER OBJECT "
   "STRING VOID");
const Words operator_word("AND AS MOD NOT OR THEN");
// Scene graph components (Rouge's list, some names run together as it has them).
const Words builtins(
   "roAppendFile roAppInfo roAppManager roArray roAssociativeArray roAudioGuide "
   "roAudioMetadata roAudioPlayer roAudioPlayerEvent roAudioResourceroBitmap roBoolean "
   "roBoolean roBrightPackage roBrSub roButton roByteArray roCaptionRenderer "
   "roCaptionRendererEvent roCecInterface roCECStatusEvent roChannelStore roChannelStoreEvent "
   "roClockWidget roCodeRegistrationScreen roCodeRegistrationScreenEventroCompositor "
   "roControlDown roControlPort roControlPort roControlUp roCreateFile roDatagramReceiver "
   "roDatagramSender roDataGramSocket roDateTime roDeviceInfo roDeviceInfoEvent "
   "roDoubleroEVPCipher roEVPDigest roFileSystem roFileSystemEvent roFloat roFont "
   "roFontMetrics roFontRegistry roFunction roGlobal roGpio roGridScreen roGridScreenEvent "
   "roHdmiHotPlugEventroHdmiStatus roHdmiStatusEvent roHMAC roHttpAgent roImageCanvas "
   "roImageCanvasEvent roImageMetadata roImagePlayer roImageWidgetroInput roInputEvent roInt "
   "roInt roInvalid roInvalid roIRRemote roKeyboard roKeyboardPress roKeyboardScreen "
   "roKeyboardScreenEventroList roListScreen roListScreenEvent roLocalization roLongInteger "
   "roMessageDialog roMessageDialogEvent roMessagePort roMicrophone roMicrophoneEvent "
   "roNetworkConfiguration roOneLineDialog roOneLineDialogEventroParagraphScreen "
   "roParagraphScreenEvent roPath roPinEntryDialog roPinEntryDialogEvent roPinentryScreen "
   "roPosterScreen roPosterScreenEventroProgramGuide roQuadravoxButton roReadFile "
   "roRectangleroRegexroRegion roRegistry roRegistrySection roResourceManager roRSA "
   "roRssArticle roRssParser roScreen roSearchHistory roSearchScreen roSearchScreenEvent "
   "roSerialPort roSGNode roSGNodeEvent roSGScreenroSGScreenEvent roSlideShowroSlideShowEvent "
   "roSNS5 roSocketAddress roSocketEvent roSpringboardScreen roSpringboardScreenEventroSprite "
   "roStorageInfo roStreamSocket roStringroSystemLogroSystemLogEvent roSystemTime "
   "roTextFieldroTextScreen roTextScreenEvent roTextToSpeech roTextToSpeechEvent "
   "roTextureManager roTextureRequest roTextureRequestEventroTextWidget roTimer roTimespan "
   "roTouchScreen roTunerroTunerEvent roUniversalControlEvent roUrlEvent roUrlTransfer "
   "roVideoEvent roVideoInput roVideoMode roVideoPlayer roVideoPlayerEvent roVideoScreen "
   "roVideoScreenEventroWriteFile roXMLElement roXMLList");

const std::string id = "(?i)[$a-z_][a-z0-9_]*";

Lexer make_brightscript() {
   Lexer l("brightscript");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(\'.*)", Tok::CommentSingle)
      .rule("(?i)REM.*", Tok::CommentSingle)
      .rule(R"([~!%^&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"((?i)\d*\.\d+(e-?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)\d+[lu]*)", Tok::NumInteger)
      .rule(R"(".*?")", Tok::StrDouble)
      .rule(id + R"((?=\s*[(]))", Tok::NameFunction)
      .rule(R"([()\[\],.;{}])", Tok::Punctuation)
      .rule(id, [](Runner& r) {
         std::string upper(r.m());
         for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         if (builtins.has(r.m()) || keyword_reserved.has(upper) ||
             keyword_reserved_unsupported.has(upper)) {
            r.token(Tok::KeywordReserved);
         } else if (keyword_type.has(upper)) {
            r.token(Tok::KeywordType);
         } else if (name_builtin.has(upper)) {
            r.token(Tok::NameBuiltin);
         } else if (operator_word.has(upper)) {
            r.token(Tok::OperatorWord);
         } else {
            r.token(Tok::Name);
         }
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& brightscript_lexer() {
   static const Lexer lexer = make_brightscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
