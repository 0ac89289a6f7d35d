// Rouge's Groovy lexer and its Gradle subclass (more keywords and types).
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

#define GROOVY_KEYWORDS                                                                       \
   "assert break case catch continue default do else finally for if goto instanceof new "    \
   "return switch this throw try while in as "
#define GROOVY_TYPES "def boolean byte char double float int long short void "

struct Vocabulary {
   Words keywords, types;
};

const Words declarations(
   "abstract const enum extends final implements native private protected public static "
   "strictfp super synchronized throws transient volatile");
const Words constants("true false null");

const Vocabulary groovy_words{Words(GROOVY_KEYWORDS), Words(GROOVY_TYPES)};
const Vocabulary gradle_words{
   Words(GROOVY_KEYWORDS
         "allprojects artifacts buildscript configuration dependencies repositories sourceSets "
         "subprojects publishing"),
   Words(GROOVY_TYPES
         "Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput "
         "IncrementalTaskInputs Configuration ResolutionStrategy ArtifactResolutionQuery "
         "ComponentSelection ComponentSelectionRules ConventionProperty ExtensionAware "
         "ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact IvyArtifactSet "
         "IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom "
         "PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory")};

Lexer make_groovy(std::string tag, const Vocabulary& words) {
   Lexer l(std::move(tag));
   l.state("root")
      // A method declaration: what precedes the name is lexed as Groovy by Rouge's clone of
      // this lexer, which shares its state stack, so it is lexed here by this same run.
      .rule(R"(^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\())", [](Runner& r) {
         std::string head(r.m(1)), name(r.m(2)), space(r.m(3)), paren(r.m(4));
         r.continue_lex(head);
         r.token(Tok::NameFunction, name);
         r.token(Tok::Text, space);
         r.token(Tok::Operator, paren);
      })
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/[*].*?[*]/)", Tok::CommentMultiline)
      .rule(R"(@\w[\w.]*)", Tok::NameDecorator)
      .rule(R"((class|interface|trait)\b)", Tok::KeywordDeclaration, "class")
      .rule(R"(package\b)", Tok::KeywordNamespace, "import")
      .rule(R"(import\b)", Tok::KeywordNamespace, "import")
      .rule(R"~((?m)""".*?""")~", Tok::StrDouble)
      .rule(R"((?m)'''.*?''')", Tok::StrSingle)
      .rule(R"~("(\\.|\\\n|.)*?")~", Tok::StrDouble)
      .rule(R"('(\\.|\\\n|.)*?')", Tok::StrSingle)
      .rule(R"((?m)\$/(\$.|.)*?/\$)", Tok::Str)
      .rule(R"(/(\\.|\\\n|.)*?/)", Tok::Str)
      .rule(R"('\\.'|'[^\\]'|'\\u[0-9a-f]{4}')", Tok::StrChar)
      .rule(R"((\.)([a-zA-Z_][a-zA-Z0-9_]*))", {Tok::Operator, Tok::NameAttribute})
      .rule(R"([a-zA-Z_][a-zA-Z0-9_]*:)", Tok::NameLabel)
      .rule(R"([a-zA-Z_\$][a-zA-Z0-9_]*)", [&words](Runner& r) {
         std::string_view word = r.m();
         if (words.keywords.has(word)) r.token(Tok::Keyword);
         else if (declarations.has(word)) r.token(Tok::KeywordDeclaration);
         else if (words.types.has(word)) r.token(Tok::KeywordType);
         else if (constants.has(word)) r.token(Tok::KeywordConstant);
         else r.token(Tok::Name);
      })
      .rule(R"([~^*!%&\[\](){}<>\|+=:;,./?-])", Tok::Operator)
      .rule(R"(\d+\.\d+([eE]\d+)?[fd]?)", Tok::NumFloat)
      .rule(R"(0x[0-9a-f]+)", Tok::NumHex)
      .rule(R"([0-9]+L?)", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text);
   l.state("class").rule(R"(\s+)", Tok::Text).rule(R"(\w\w*)", Tok::NameClass, "#pop");
   l.state("import").rule(R"(\s+)", Tok::Text).rule(R"([\w.]+[*]?)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& groovy_lexer() {
   static const Lexer lexer = make_groovy("groovy", groovy_words);
   return lexer;
}

const Lexer& gradle_lexer() {
   static const Lexer lexer = make_groovy("gradle", gradle_words);
   return lexer;
}

}  // namespace jekyllpp::highlight
