#include "token.hpp"

namespace jekyllpp::highlight {

std::string_view short_name(Tok tok) {
   static constexpr std::string_view names[] = {
      "", "w", "esc", "err", "x",
      "k", "kc", "kd", "kn", "kp", "kr", "kt", "kv",
      "n", "na", "nb", "bp", "nc", "no", "nd", "ni", "ne", "nf", "fm", "py",
      "nl", "nn", "nx", "nt", "nv", "vc", "vg", "vi", "vm",
      "l", "ld",
      "s", "sa", "sb", "sc", "dl", "sd", "s2", "se", "sh", "si", "sx", "sr", "s1", "ss",
      "m", "mb", "mf", "mh", "mi", "il", "mo", "mx",
      "o", "ow", "p", "pi",
      "c", "ch", "cd", "cm", "cp", "cpf", "c1", "cs",
      "g", "gd", "ge", "gr", "gh", "gi", "go", "gp", "gs", "gu", "gt", "gl",
   };
   static_assert(sizeof(names) / sizeof(names[0]) == static_cast<int>(Tok::GenericLineno) + 1);
   return names[static_cast<int>(tok)];
}

}  // namespace jekyllpp::highlight
