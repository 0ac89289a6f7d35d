// Rouge's Praat lexer (phonetics scripts): commands ("To Pitch..."), functions by their type
// suffix ($ # none), procedures, forms, 'interpolated' variables and object references.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const keywords =
   "if then else elsif elif endif fi for from to endfor endproc while endwhile repeat until "
   "select plus minus demo assert stopwatch nocheck nowarn noprogress editor endeditor clearinfo";
const char* const functions_string =
   "backslashTrigraphsToUnicode chooseDirectory chooseReadFile chooseWriteFile date demoKey do "
   "environment extractLine extractWord fixed info left mid percent readFile replace "
   "replace_regex right selected string unicodeToBackslashTrigraphs";
const char* const functions_numeric =
   "abs appendFile appendFileLine appendInfo appendInfoLine arccos arccosh arcsin arcsinh "
   "arctan arctan2 arctanh barkToHertz beginPause beginSendPraat besselI besselK beta beta2 "
   "binomialP binomialQ boolean ceiling chiSquareP chiSquareQ choice comment cos cosh "
   "createDirectory deleteFile demoClicked demoClickedIn demoCommandKeyPressed "
   "demoExtraControlKeyPressed demoInput demoKeyPressed demoOptionKeyPressed "
   "demoShiftKeyPressed demoShow demoWaitForInput demoWindowTitle demoX demoY "
   "differenceLimensToPhon do editor endPause endSendPraat endsWith erb erbToHertz erf erfc "
   "exitScript exp extractNumber fileReadable fisherP fisherQ floor gaussP gaussQ hash "
   "hertzToBark hertzToErb hertzToMel hertzToSemitones imax imin incompleteBeta "
   "incompleteGammaP index index_regex integer invBinomialP invBinomialQ invChiSquareQ "
   "invFisherQ invGaussQ invSigmoid invStudentQ length ln lnBeta lnGamma log10 log2 max "
   "melToHertz min minusObject natural number numberOfColumns numberOfRows numberOfSelected "
   "objectsAreIdentical option optionMenu pauseScript phonToDifferenceLimens plusObject "
   "positive randomBinomial randomGauss randomInteger randomPoisson randomUniform real readFile "
   "removeObject rindex rindex_regex round runScript runSystem runSystem_nocheck selectObject "
   "selected semitonesToHertz sentence sentencetext sigmoid sin sinc sincpi sinh "
   "soundPressureToPhon sqrt startsWith studentP studentQ tan tanh text variableExists word "
   "writeFile writeFileLine writeInfo writeInfoLine";
const char* const functions_array = "linear randomGauss randomInteger randomUniform zero";
const char* const objects =
   "Activation AffineTransform AmplitudeTier Art Artword Autosegment BarkFilter "
   "BarkSpectrogram CCA Categories Cepstrogram Cepstrum Cepstrumc ChebyshevSeries "
   "ClassificationTable Cochleagram Collection ComplexSpectrogram Configuration Confusion "
   "ContingencyTable Corpus Correlation Covariance CrossCorrelationTable "
   "CrossCorrelationTableList CrossCorrelationTables DTW DataModeler Diagonalizer Discriminant "
   "Dissimilarity Distance Distributions DurationTier EEG ERP ERPTier EditCostsTable "
   "EditDistanceTable Eigen Excitation Excitations ExperimentMFC FFNet FeatureWeights "
   "FileInMemory FilesInMemory Formant FormantFilter FormantGrid FormantModeler FormantPoint "
   "FormantTier GaussianMixture HMM HMM_Observation HMM_ObservationSequence HMM_State "
   "HMM_StateSequence HMMObservation HMMObservationSequence HMMState HMMStateSequence "
   "Harmonicity ISpline Index Intensity IntensityTier IntervalTier KNN KlattGrid KlattTable "
   "LFCC LPC Label LegendreSeries LinearRegression LogisticRegression LongSound Ltas MFCC "
   "MSpline ManPages Manipulation Matrix MelFilter MelSpectrogram MixingMatrix Movie Network "
   "OTGrammar OTHistory OTMulti PCA PairDistribution ParamCurve Pattern Permutation Photo Pitch "
   "PitchModeler PitchTier PointProcess Polygon Polynomial PowerCepstrogram PowerCepstrum "
   "Procrustes RealPoint RealTier ResultsMFC Roots SPINET SSCP SVD Salience ScalarProduct "
   "Similarity SimpleString SortedSetOfString Sound Speaker Spectrogram Spectrum SpectrumTier "
   "SpeechSynthesizer SpellingChecker Strings StringsIndex Table TableOfReal TextGrid "
   "TextInterval TextPoint TextTier Tier Transition VocalTract VocalTractTier Weight WordList";
const char* const variables_numeric =
   "all average e left macintosh mono pi praatVersion right stereo undefined unix windows";
const char* const variables_string =
   "praatVersion tab shellDirectory homeDirectory preferencesDirectory newline "
   "temporaryDirectory defaultDirectory";
const char* const object_attributes = "ncol nrow xmin ymin xmax ymax nx ny dx dy";

std::string any_of(const char* list) { return "(?:" + alternation(list) + ")"; }

// Leaves the current state for another in its place (Rouge's pop! then push).
Callback then_go(Tok tok, const char* state) {
   return [tok, state](Runner& r) {
      r.token(tok);
      r.pop();
      r.push(state);
   };
}

Lexer make_praat() {
   Lexer l("praat");
   l.state("root")
      .rule(R"((\s+)(#.*?$))", {Tok::Text, Tok::CommentSingle})
      .rule(R"(^#.*?$)", Tok::CommentSingle)
      .rule(R"(;[^\n]*)", Tok::CommentSingle)
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((\bprocedure)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("procedure_definition");
      })
      .rule(R"((\bcall)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("procedure_call");
      })
      .rule(R"(@)", Tok::NameFunction, "procedure_call")
      .mixin("function_call")
      .rule(R"(\b(?:select all)\b)", Tok::Keyword)
      .rule(R"(\b)" + any_of(keywords) + R"(\b)", Tok::Keyword)
      .rule(R"((\bform\b)(\s+)([^\n]+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text, Tok::Str});
         r.push("old_form");
      })
      .rule(R"((print(?:line|tab)?|echo|exit|asserterror|pause|send(?:praat|socket)|include|)"
            R"(execute|system(?:_nocheck)?)(\s+))",
            [](Runner& r) {
               r.groups({Tok::Keyword, Tok::Text});
               r.push("string_unquoted");
            })
      .rule(R"((goto|label)(\s+)(\w+))", {Tok::Keyword, Tok::Text, Tok::NameLabel})
      .mixin("variable_name")
      .mixin("number")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(\b)" + any_of(objects) + R"((?=\s+\S+\n))", Tok::NameClass, "string_unquoted")
      .rule(R"(\b(?=[A-Z]))", Tok::Text, "command")
      .rule(R"((\.{3}|[)(,\$]))", Tok::Punctuation);
   l.state("command")
      .rule(R"(( ?([^\s:\.'])+ ?))", Tok::Keyword)
      .mixin("string_interpolated")
      .rule(R"(\.{3})", then_go(Tok::Keyword, "old_arguments"))
      .rule(R"(:)", then_go(Tok::Keyword, "comma_list"))
      .rule(R"([\s])", Tok::Text, "#pop");
   l.state("procedure_call")
      .mixin("string_interpolated")
      .rule(R"((:|\s*\())", Tok::Punctuation, "#pop")
      .rule(R"(')", Tok::NameFunction)
      .rule(R"([^:\('\s]+)", Tok::NameFunction)
      .rule(R"((?=\s+))", then_go(Tok::Text, "old_arguments"));
   l.state("procedure_definition")
      .rule(R"((:|\s*\())", Tok::Punctuation, "#pop")
      .rule(R"([^:\(\s]+)", Tok::NameFunction)
      .rule(R"((\s+))", Tok::Text, "#pop");
   l.state("function_call")
      .rule(R"(\b()" + alternation(functions_string) + R"()\$(?=\s*[:(]))", Tok::NameFunction,
            "function")
      .rule(R"(\b()" + alternation(functions_array) + R"()#(?=\s*[:(]))", Tok::NameFunction,
            "function")
      .rule(R"(\b()" + alternation(functions_numeric) + R"()(?=\s*[:(]))", Tok::NameFunction,
            "function");
   l.state("function")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((?::|\s*\())", then_go(Tok::Text, "comma_list"));
   l.state("comma_list")
      .rule(R"((\s*\n\s*)(\.{3}))", {Tok::Text, Tok::Punctuation})
      .rule(R"(\s*[\])\n])", Tok::Text, "#pop")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(\b(if|then|else|fi|endif)\b)", Tok::Keyword)
      .mixin("function_call")
      .mixin("variable_name")
      .mixin("operator")
      .mixin("number")
      .rule(R"([()])", Tok::Text)
      .rule(R"(,)", Tok::Punctuation);
   l.state("old_arguments")
      .rule(R"(\n)", Tok::Text, "#pop")
      .mixin("variable_name")
      .mixin("operator")
      .mixin("number")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"([^\n])", Tok::Text);
   l.state("number")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(\b\d+(\.\d*)?([eE][-+]?\d+)?%?)", Tok::Num);
   l.state("variable_name")
      .mixin("operator")
      .mixin("number")
      .rule(R"(\b)" + any_of(variables_string) + R"(\$)", Tok::NameBuiltin)
      .rule(R"(\b)" + any_of(variables_numeric) + R"((?!\$)\b)", Tok::NameBuiltin)
      .rule(R"(\b(Object|)" + alternation(objects) + ")_", [](Runner& r) {
         r.token(Tok::NameBuiltin);
         r.push("object_reference");
      })
      .rule(R"(\.?[a-z][a-zA-Z0-9_.]*(\$|#)?)", Tok::Text)
      .rule(R"([\[\]])", Tok::Text, "comma_list")
      .mixin("string_interpolated");
   l.state("object_reference")
      .mixin("string_interpolated")
      .rule(R"(([a-z][a-zA-Z0-9_]*|\d+))", Tok::NameBuiltin)
      .rule(R"(\.()" + alternation(object_attributes) + R"()\b)", Tok::NameBuiltin, "#pop")
      .rule(R"(\$)", Tok::NameBuiltin)
      .rule(R"(\[)", Tok::Text, "#pop");
   l.state("operator")
      // (as in Rouge, === or +++++ match too)
      .rule(R"(([+\/*<>=!-]=?|[&*|][&*|]?|\^|<>))", Tok::Operator)
      .rule(R"((?<![\w.])(and|or|not|div|mod)(?![\w.]))", Tok::OperatorWord);
   l.state("string_interpolated")
      .rule(R"~('[\._a-z][^\[\]'":]*(\[([\d,]+|"[\w,]+")\])?(:[0-9]+)?')~", Tok::StrInterpol);
   l.state("string_unquoted")
      .rule(R"(\n\s*\.{3})", Tok::Punctuation)
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(\s)", Tok::Text)
      .mixin("string_interpolated")
      .rule(R"(')", Tok::Str)
      .rule(R"([^'\n]+)", Tok::Str);
   l.state("string")
      .rule(R"(\n\s*\.{3})", Tok::Punctuation)
      .rule(R"(")", Tok::Str, "#pop")
      .mixin("string_interpolated")
      .rule(R"(')", Tok::Str)
      .rule(R"([^'"\n]+)", Tok::Str);
   l.state("old_form")
      .rule(R"((\s+)(#.*?$))", {Tok::Text, Tok::CommentSingle})
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((optionmenu|choice)([ \t]+\S+:[ \t]+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("number");
      })
      .rule(R"((option|button)([ \t]+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("string_unquoted");
      })
      .rule(R"((sentence|text)([ \t]+\S+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("string_unquoted");
      })
      .rule(R"((word)([ \t]+\S+[ \t]*)(\S+)?([ \t]+.*)?)",
            {Tok::Keyword, Tok::Text, Tok::Str, Tok::Text})
      .rule(R"~((boolean)(\s+\S+\s*)(0|1|"?(?:yes|no)"?))~",
            {Tok::Keyword, Tok::Text, Tok::NameVariable})
      .rule(R"((real|natural|positive|integer)([ \t]+\S+[ \t]*)([+-]?))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text, Tok::Operator});
         r.push("number");
      })
      .rule(R"((comment)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("string_unquoted");
      })
      .rule(R"(\bendform\b)", Tok::Keyword, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& praat_lexer() {
   static const Lexer lexer = make_praat();
   return lexer;
}

}  // namespace jekyllpp::highlight
