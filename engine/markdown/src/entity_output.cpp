#include "entity_output.hpp"

#include <algorithm>
#include <iterator>

#include "unicode_tables.hpp"

namespace jekyllpp::markdown {
namespace {

// kramdown 2.4.0 entity names and the code points it maps (Utils::Entities), generated
// from its table: the HTML 4 entities, Windows-1252 code points 128-159 as their characters.
struct NamedEntity { std::string_view name; uint32_t code_point; };
constexpr NamedEntity named_entities[] = {
   {"AElig", 198}, {"Aacute", 193}, {"Acirc", 194}, {"Agrave", 192}, {"Alpha", 913},
   {"Aring", 197}, {"Atilde", 195}, {"Auml", 196}, {"Beta", 914}, {"Ccedil", 199},
   {"Chi", 935}, {"Dagger", 8225}, {"Delta", 916}, {"ETH", 208}, {"Eacute", 201},
   {"Ecirc", 202}, {"Egrave", 200}, {"Epsilon", 917}, {"Eta", 919}, {"Euml", 203},
   {"Gamma", 915}, {"Iacute", 205}, {"Icirc", 206}, {"Igrave", 204}, {"Iota", 921},
   {"Iuml", 207}, {"Kappa", 922}, {"Lambda", 923}, {"Mu", 924}, {"Ntilde", 209},
   {"Nu", 925}, {"OElig", 338}, {"Oacute", 211}, {"Ocirc", 212}, {"Ograve", 210},
   {"Omega", 937}, {"Omicron", 927}, {"Oslash", 216}, {"Otilde", 213}, {"Ouml", 214},
   {"Phi", 934}, {"Pi", 928}, {"Prime", 8243}, {"Psi", 936}, {"Rho", 929},
   {"Scaron", 352}, {"Sigma", 931}, {"THORN", 222}, {"Tau", 932}, {"Theta", 920},
   {"Uacute", 218}, {"Ucirc", 219}, {"Ugrave", 217}, {"Upsilon", 933}, {"Uuml", 220},
   {"Xi", 926}, {"Yacute", 221}, {"Yuml", 376}, {"Zeta", 918}, {"aacute", 225},
   {"acirc", 226}, {"acute", 180}, {"aelig", 230}, {"agrave", 224}, {"alefsym", 8501},
   {"alpha", 945}, {"amp", 38}, {"and", 8743}, {"ang", 8736}, {"apos", 39},
   {"aring", 229}, {"asymp", 8776}, {"atilde", 227}, {"auml", 228}, {"bdquo", 8222},
   {"beta", 946}, {"brvbar", 166}, {"bull", 8226}, {"cap", 8745}, {"ccedil", 231},
   {"cedil", 184}, {"cent", 162}, {"chi", 967}, {"circ", 710}, {"clubs", 9827},
   {"cong", 8773}, {"copy", 169}, {"crarr", 8629}, {"cup", 8746}, {"curren", 164},
   {"dArr", 8659}, {"dagger", 8224}, {"darr", 8595}, {"deg", 176}, {"delta", 948},
   {"diams", 9830}, {"divide", 247}, {"eacute", 233}, {"ecirc", 234}, {"egrave", 232},
   {"empty", 8709}, {"emsp", 8195}, {"ensp", 8194}, {"epsilon", 949}, {"equiv", 8801},
   {"eta", 951}, {"eth", 240}, {"euml", 235}, {"euro", 8364}, {"exist", 8707},
   {"fnof", 402}, {"forall", 8704}, {"frac12", 189}, {"frac14", 188}, {"frac34", 190},
   {"frasl", 8260}, {"gamma", 947}, {"ge", 8805}, {"gt", 62}, {"hArr", 8660},
   {"harr", 8596}, {"hearts", 9829}, {"hellip", 8230}, {"iacute", 237}, {"icirc", 238},
   {"iexcl", 161}, {"igrave", 236}, {"image", 8465}, {"infin", 8734}, {"int", 8747},
   {"iota", 953}, {"iquest", 191}, {"isin", 8712}, {"iuml", 239}, {"kappa", 954},
   {"lArr", 8656}, {"lambda", 955}, {"lang", 9002}, {"laquo", 171}, {"larr", 8592},
   {"lceil", 8969}, {"ldquo", 8220}, {"le", 8804}, {"lfloor", 8970}, {"lowast", 8727},
   {"loz", 9674}, {"lrm", 8206}, {"lsaquo", 8249}, {"lsquo", 8216}, {"lt", 60},
   {"macr", 175}, {"mdash", 8212}, {"micro", 181}, {"middot", 183}, {"minus", 8722},
   {"mu", 956}, {"nabla", 8711}, {"nbsp", 160}, {"ndash", 8211}, {"ne", 8800},
   {"ni", 8715}, {"not", 172}, {"notin", 8713}, {"nsub", 8836}, {"ntilde", 241},
   {"nu", 957}, {"oacute", 243}, {"ocirc", 244}, {"oelig", 339}, {"ograve", 242},
   {"oline", 8254}, {"omega", 969}, {"omicron", 959}, {"oplus", 8853}, {"or", 8744},
   {"ordf", 170}, {"ordm", 186}, {"oslash", 248}, {"otilde", 245}, {"otimes", 8855},
   {"ouml", 246}, {"para", 182}, {"part", 8706}, {"permil", 8240}, {"perp", 8869},
   {"phi", 966}, {"pi", 960}, {"piv", 982}, {"plusmn", 177}, {"pound", 163},
   {"prime", 8242}, {"prod", 8719}, {"prop", 8733}, {"psi", 968}, {"quot", 34},
   {"rArr", 8658}, {"radic", 8730}, {"rang", 9001}, {"raquo", 187}, {"rarr", 8594},
   {"rceil", 8968}, {"rdquo", 8221}, {"real", 8476}, {"reg", 174}, {"rfloor", 8971},
   {"rho", 961}, {"rlm", 8207}, {"rsaquo", 8250}, {"rsquo", 8217}, {"sbquo", 8218},
   {"scaron", 353}, {"sdot", 8901}, {"sect", 167}, {"shy", 173}, {"sigma", 963},
   {"sigmaf", 962}, {"sim", 8764}, {"spades", 9824}, {"sub", 8834}, {"sube", 8838},
   {"sum", 8721}, {"sup", 8835}, {"sup1", 185}, {"sup2", 178}, {"sup3", 179},
   {"supe", 8839}, {"szlig", 223}, {"tau", 964}, {"there4", 8756}, {"theta", 952},
   {"thetasym", 977}, {"thinsp", 8201}, {"thorn", 254}, {"tilde", 732}, {"times", 215},
   {"trade", 8482}, {"uArr", 8657}, {"uacute", 250}, {"uarr", 8593}, {"ucirc", 251},
   {"ugrave", 249}, {"uml", 168}, {"upsih", 978}, {"upsilon", 965}, {"uuml", 252},
   {"vellip", 8942}, {"weierp", 8472}, {"xi", 958}, {"yacute", 253}, {"yen", 165},
   {"yuml", 255}, {"zeta", 950}, {"zwj", 8205}, {"zwnj", 8204},
};
struct NumberedEntity { uint32_t number, code_point; std::string_view name; };
constexpr NumberedEntity numbered_entities[] = {
   {34, 34, "quot"}, {38, 38, "amp"}, {39, 39, "apos"}, {60, 60, "lt"},
   {62, 62, "gt"}, {128, 8364, "euro"}, {130, 8218, "sbquo"}, {131, 402, "fnof"},
   {132, 8222, "bdquo"}, {133, 8230, "hellip"}, {134, 8224, "dagger"}, {135, 8225, "Dagger"},
   {136, 710, "circ"}, {137, 8240, "permil"}, {138, 352, "Scaron"}, {139, 8249, "lsaquo"},
   {140, 338, "OElig"}, {142, 381, ""}, {145, 8216, "lsquo"}, {146, 8217, "rsquo"},
   {147, 8220, "ldquo"}, {148, 8221, "rdquo"}, {149, 8226, "bull"}, {150, 8211, "ndash"},
   {151, 8212, "mdash"}, {152, 732, "tilde"}, {153, 8482, "trade"}, {154, 353, "scaron"},
   {155, 8250, "rsaquo"}, {156, 339, "oelig"}, {158, 382, ""}, {159, 376, "Yuml"},
   {160, 160, "nbsp"}, {161, 161, "iexcl"}, {162, 162, "cent"}, {163, 163, "pound"},
   {164, 164, "curren"}, {165, 165, "yen"}, {166, 166, "brvbar"}, {167, 167, "sect"},
   {168, 168, "uml"}, {169, 169, "copy"}, {170, 170, "ordf"}, {171, 171, "laquo"},
   {172, 172, "not"}, {173, 173, "shy"}, {174, 174, "reg"}, {175, 175, "macr"},
   {176, 176, "deg"}, {177, 177, "plusmn"}, {178, 178, "sup2"}, {179, 179, "sup3"},
   {180, 180, "acute"}, {181, 181, "micro"}, {182, 182, "para"}, {183, 183, "middot"},
   {184, 184, "cedil"}, {185, 185, "sup1"}, {186, 186, "ordm"}, {187, 187, "raquo"},
   {188, 188, "frac14"}, {189, 189, "frac12"}, {190, 190, "frac34"}, {191, 191, "iquest"},
   {192, 192, "Agrave"}, {193, 193, "Aacute"}, {194, 194, "Acirc"}, {195, 195, "Atilde"},
   {196, 196, "Auml"}, {197, 197, "Aring"}, {198, 198, "AElig"}, {199, 199, "Ccedil"},
   {200, 200, "Egrave"}, {201, 201, "Eacute"}, {202, 202, "Ecirc"}, {203, 203, "Euml"},
   {204, 204, "Igrave"}, {205, 205, "Iacute"}, {206, 206, "Icirc"}, {207, 207, "Iuml"},
   {208, 208, "ETH"}, {209, 209, "Ntilde"}, {210, 210, "Ograve"}, {211, 211, "Oacute"},
   {212, 212, "Ocirc"}, {213, 213, "Otilde"}, {214, 214, "Ouml"}, {215, 215, "times"},
   {216, 216, "Oslash"}, {217, 217, "Ugrave"}, {218, 218, "Uacute"}, {219, 219, "Ucirc"},
   {220, 220, "Uuml"}, {221, 221, "Yacute"}, {222, 222, "THORN"}, {223, 223, "szlig"},
   {224, 224, "agrave"}, {225, 225, "aacute"}, {226, 226, "acirc"}, {227, 227, "atilde"},
   {228, 228, "auml"}, {229, 229, "aring"}, {230, 230, "aelig"}, {231, 231, "ccedil"},
   {232, 232, "egrave"}, {233, 233, "eacute"}, {234, 234, "ecirc"}, {235, 235, "euml"},
   {236, 236, "igrave"}, {237, 237, "iacute"}, {238, 238, "icirc"}, {239, 239, "iuml"},
   {240, 240, "eth"}, {241, 241, "ntilde"}, {242, 242, "ograve"}, {243, 243, "oacute"},
   {244, 244, "ocirc"}, {245, 245, "otilde"}, {246, 246, "ouml"}, {247, 247, "divide"},
   {248, 248, "oslash"}, {249, 249, "ugrave"}, {250, 250, "uacute"}, {251, 251, "ucirc"},
   {252, 252, "uuml"}, {253, 253, "yacute"}, {254, 254, "thorn"}, {255, 255, "yuml"},
   {338, 338, "OElig"}, {339, 339, "oelig"}, {352, 352, "Scaron"}, {353, 353, "scaron"},
   {376, 376, "Yuml"}, {381, 381, ""}, {382, 382, ""}, {402, 402, "fnof"},
   {710, 710, "circ"}, {732, 732, "tilde"}, {913, 913, "Alpha"}, {914, 914, "Beta"},
   {915, 915, "Gamma"}, {916, 916, "Delta"}, {917, 917, "Epsilon"}, {918, 918, "Zeta"},
   {919, 919, "Eta"}, {920, 920, "Theta"}, {921, 921, "Iota"}, {922, 922, "Kappa"},
   {923, 923, "Lambda"}, {924, 924, "Mu"}, {925, 925, "Nu"}, {926, 926, "Xi"},
   {927, 927, "Omicron"}, {928, 928, "Pi"}, {929, 929, "Rho"}, {931, 931, "Sigma"},
   {932, 932, "Tau"}, {933, 933, "Upsilon"}, {934, 934, "Phi"}, {935, 935, "Chi"},
   {936, 936, "Psi"}, {937, 937, "Omega"}, {945, 945, "alpha"}, {946, 946, "beta"},
   {947, 947, "gamma"}, {948, 948, "delta"}, {949, 949, "epsilon"}, {950, 950, "zeta"},
   {951, 951, "eta"}, {952, 952, "theta"}, {953, 953, "iota"}, {954, 954, "kappa"},
   {955, 955, "lambda"}, {956, 956, "mu"}, {957, 957, "nu"}, {958, 958, "xi"},
   {959, 959, "omicron"}, {960, 960, "pi"}, {961, 961, "rho"}, {962, 962, "sigmaf"},
   {963, 963, "sigma"}, {964, 964, "tau"}, {965, 965, "upsilon"}, {966, 966, "phi"},
   {967, 967, "chi"}, {968, 968, "psi"}, {969, 969, "omega"}, {977, 977, "thetasym"},
   {978, 978, "upsih"}, {982, 982, "piv"}, {8194, 8194, "ensp"}, {8195, 8195, "emsp"},
   {8201, 8201, "thinsp"}, {8204, 8204, "zwnj"}, {8205, 8205, "zwj"}, {8206, 8206, "lrm"},
   {8207, 8207, "rlm"}, {8211, 8211, "ndash"}, {8212, 8212, "mdash"}, {8216, 8216, "lsquo"},
   {8217, 8217, "rsquo"}, {8218, 8218, "sbquo"}, {8220, 8220, "ldquo"}, {8221, 8221, "rdquo"},
   {8222, 8222, "bdquo"}, {8224, 8224, "dagger"}, {8225, 8225, "Dagger"}, {8226, 8226, "bull"},
   {8230, 8230, "hellip"}, {8240, 8240, "permil"}, {8242, 8242, "prime"}, {8243, 8243, "Prime"},
   {8249, 8249, "lsaquo"}, {8250, 8250, "rsaquo"}, {8254, 8254, "oline"}, {8260, 8260, "frasl"},
   {8364, 8364, "euro"}, {8465, 8465, "image"}, {8472, 8472, "weierp"}, {8476, 8476, "real"},
   {8482, 8482, "trade"}, {8501, 8501, "alefsym"}, {8592, 8592, "larr"}, {8593, 8593, "uarr"},
   {8594, 8594, "rarr"}, {8595, 8595, "darr"}, {8596, 8596, "harr"}, {8629, 8629, "crarr"},
   {8656, 8656, "lArr"}, {8657, 8657, "uArr"}, {8658, 8658, "rArr"}, {8659, 8659, "dArr"},
   {8660, 8660, "hArr"}, {8704, 8704, "forall"}, {8706, 8706, "part"}, {8707, 8707, "exist"},
   {8709, 8709, "empty"}, {8711, 8711, "nabla"}, {8712, 8712, "isin"}, {8713, 8713, "notin"},
   {8715, 8715, "ni"}, {8719, 8719, "prod"}, {8721, 8721, "sum"}, {8722, 8722, "minus"},
   {8727, 8727, "lowast"}, {8730, 8730, "radic"}, {8733, 8733, "prop"}, {8734, 8734, "infin"},
   {8736, 8736, "ang"}, {8743, 8743, "and"}, {8744, 8744, "or"}, {8745, 8745, "cap"},
   {8746, 8746, "cup"}, {8747, 8747, "int"}, {8756, 8756, "there4"}, {8764, 8764, "sim"},
   {8773, 8773, "cong"}, {8776, 8776, "asymp"}, {8800, 8800, "ne"}, {8801, 8801, "equiv"},
   {8804, 8804, "le"}, {8805, 8805, "ge"}, {8834, 8834, "sub"}, {8835, 8835, "sup"},
   {8836, 8836, "nsub"}, {8838, 8838, "sube"}, {8839, 8839, "supe"}, {8853, 8853, "oplus"},
   {8855, 8855, "otimes"}, {8869, 8869, "perp"}, {8901, 8901, "sdot"}, {8942, 8942, "vellip"},
   {8968, 8968, "rceil"}, {8969, 8969, "lceil"}, {8970, 8970, "lfloor"}, {8971, 8971, "rfloor"},
   {9001, 9001, "rang"}, {9002, 9002, "lang"}, {9674, 9674, "loz"}, {9824, 9824, "spades"},
   {9827, 9827, "clubs"}, {9829, 9829, "hearts"}, {9830, 9830, "diams"},
};

// `<`, `>`, `&` and `"`: kramdown never writes them as characters from an entity (but `"`).
bool html_special(uint32_t cp) { return cp == '<' || cp == '>' || cp == '&' || cp == '"'; }

}  // namespace

KramdownEntity kramdown_entity(std::string_view name) {
   // The table is sorted by name (byte order).
   const NamedEntity* end = std::end(named_entities);
   const NamedEntity* e = std::lower_bound(std::begin(named_entities), end, name,
                                           [](const NamedEntity& x, std::string_view n) { return x.name < n; });
   if (e != end && e->name == name) return {e->code_point, e->name};
   return {};
}

KramdownEntity kramdown_entity(uint32_t code_point) {
   for (const NumberedEntity& e : numbered_entities)
      if (e.number == code_point) return {e.code_point, e.name, code_point};
   return {code_point, {}, code_point};
}

bool kramdown_entity_at(std::string_view s, KramdownEntity& entity, size_t& length) {
   // REXML's entity forms: &name; &#N; &#xH;
   if (s.size() < 3 || s[0] != '&') return false;
   size_t i = 1;
   bool numeric = s[i] == '#', hex = false;
   if (numeric && ++i < s.size() && s[i] == 'x') {
      hex = true;
      ++i;
   }
   size_t start = i;
   uint64_t value = 0;
   for (; i < s.size() && s[i] != ';'; ++i) {
      char c = s[i];
      int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (numeric ? d < 0 : !name_char) return false;
      if (numeric && (value = value * (hex ? 16 : 10) + d) > 0x10FFFF) return false;
   }
   if (i == start || i >= s.size()) return false;
   length = i + 1;
   entity = numeric ? kramdown_entity(uint32_t(value)) : kramdown_entity(s.substr(start, i - start));
   return true;
}

Options::EntityOutput entity_output_named(std::string_view value) {
   size_t begin = value.find_first_not_of(" \t\n");
   value = begin == std::string_view::npos ? std::string_view() : value.substr(begin);
   value = value.substr(0, value.find_last_not_of(" \t\n") + 1);
   if (!value.empty() && value[0] == ':') value.remove_prefix(1);
   using Mode = Options::EntityOutput;
   return value == "as_char" ? Mode::as_char : value == "as_input" ? Mode::as_input
          : value == "symbolic" ? Mode::symbolic : Mode::numeric;
}

void append_entity(std::string& out, const KramdownEntity& entity, std::string_view original,
                   Options::EntityOutput mode) {
   using Mode = Options::EntityOutput;
   if (mode == Mode::as_char && (entity.code_point == '"' || !html_special(entity.code_point))) {
      append_utf8(out, entity.code_point);
   } else if ((mode == Mode::as_input || mode == Mode::as_char) && !original.empty()) {
      out += original;
   } else if ((mode == Mode::symbolic || html_special(entity.code_point)) && !entity.name.empty()) {
      out.append("&").append(entity.name).append(";");
   } else {
      out.append("&#").append(std::to_string(entity.code_point)).append(";");
   }
}

}  // namespace jekyllpp::markdown
