#include "psych_syntax.hpp"

#include <yaml.h>

#include <string>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/yaml_value.hpp"

namespace jekyllpp::site {

namespace {

// Psych builds nested collections recursively and overflows Ruby's stack somewhere above this
// depth (1,309 sequences, fewer mappings); stopping here also keeps yaml-cpp's recursion safe.
constexpr int max_collection_depth = 1000;

// Psych::SyntaxError#initialize: "(file): problem context at line L column C", the position
// being libyaml's context mark, counted from 1.
std::string psych_message(const yaml_parser_t& parser) {
   std::string what = parser.problem ? parser.problem : "";
   if (parser.context) what += (what.empty() ? "" : " ") + std::string(parser.context);
   return "(<unknown>): " + what + " at line " + std::to_string(parser.context_mark.line + 1) + " column " +
          std::to_string(parser.context_mark.column + 1);
}

}  // namespace

void check_psych_syntax(std::string_view text) {
   yaml_parser_t parser;
   if (!yaml_parser_initialize(&parser)) return;
   yaml_parser_set_input_string(&parser, reinterpret_cast< const unsigned char* >(text.data()), text.size());
   int depth = 0;
   // Psych.parse returns with the first document, so what follows it is never read.
   for (bool done = false; !done;) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
         const bool memory = parser.error == YAML_MEMORY_ERROR;
         std::string message = memory ? "" : psych_message(parser);
         yaml_parser_delete(&parser);
         if (memory) throw std::bad_alloc();
         throw YamlError(message);
      }
      const yaml_event_type_t type = event.type;
      yaml_event_delete(&event);
      if (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) {
         if (++depth > max_collection_depth) {
            yaml_parser_delete(&parser);
            throw StackLevelTooDeep();
         }
      } else if (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT) {
         --depth;
      }
      done = type == YAML_DOCUMENT_END_EVENT || type == YAML_STREAM_END_EVENT;
   }
   yaml_parser_delete(&parser);
}

}  // namespace jekyllpp::site
