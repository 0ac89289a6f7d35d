// Rouge's OpenType feature file lexer (AFDKO .fea): feature/lookup blocks and their tags,
// @classes, keywords, include paths.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "Ascender Attach AxisValue CapHeight CaretOffset CodePageRange DesignAxis Descender "
   "ElidedFallbackName ElidedFallbackNameID ElidableAxisValueName FeatUILabelNameID "
   "FeatUITooltipTextNameID FontRevision FSType GlyphClassDef HorizAxis.BaseScriptList "
   "HorizAxis.BaseTagList HorizAxis.MinMax IgnoreBaseGlyphs IgnoreLigatures IgnoreMarks "
   "LigatureCaretByDev LigatureCaretByIndex LigatureCaretByPos LineGap MarkAttachClass "
   "MarkAttachmentType NULL OlderSiblingFontAttribute Panose ParamUILabelNameID RightToLeft "
   "SampleTextNameID TypoAscender TypoDescender TypoLineGap UnicodeRange UseMarkFilteringSet "
   "Vendor VertAdvanceY VertAxis.BaseScriptList VertAxis.BaseTagList VertAxis.MinMax "
   "VertOriginY VertTypoAscender VertTypoDescender VertTypoLineGap WeightClass WidthClass "
   "XHeight anchorDef anchor anonymous anon by contour cursive device enumerate enum "
   "exclude_dflt featureNames feature flag from ignore include_dflt include languagesystem "
   "language location lookupflag lookup markClass mark nameid name parameters position pos "
   "required reversesub rsub script sizemenuname substitute subtable sub table useExtension "
   "valueRecordDef winAscent winDescent");

const std::string identifier = R"((?i:[a-z_][a-z0-9\/_.-]*))";

Lexer make_opentype_feature_file() {
   Lexer l("opentype_feature_file");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(#.*$)", Tok::Comment)
      .rule(R"((anonymous|anon|feature|lookup|table)((?:\s)+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("featurename");  // feature <tag>
      })
      .rule(R"((\})((?:\s)))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::Text});
         r.push("featurename");  // } <tag>;
      })
      .rule(R"((?i)include\b)", Tok::Keyword, "includepath")
      .rule(R"([\-\[\]\/(){},.:;=%*<>'])", Tok::Punctuation)
      .rule(R"(`.*?)", Tok::StrBacktick)
      .rule(R"(\")", Tok::Str, "strings")
      .rule(R"((?i)\\[^.*\s]+)", Tok::StrEscape)
      .rule("@" + identifier, Tok::NameClass)
      // (the lookbehind sees nothing before the scan position, as in Rouge)
      .rule(R"((?<!\.))" + identifier,
            [](Runner& r) { r.token(keywords.has(r.m()) ? Tok::Keyword : Tok::Name); })
      .rule(identifier, Tok::Name)
      .rule(R"((?:0x|\\)[0-9A-Fa-f]+)", Tok::NumHex)
      .rule(R"(-?\d+)", Tok::NumInteger);
   l.state("featurename").rule(identifier, Tok::NameFunction, "#pop");
   l.state("includepath")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"(\()", Tok::Punctuation)
      .rule(R"([^\s()]+)", Tok::Str);
   l.state("strings")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"([^"%\n]+)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& opentype_feature_file_lexer() {
   static const Lexer lexer = make_opentype_feature_file();
   return lexer;
}

}  // namespace jekyllpp::highlight
