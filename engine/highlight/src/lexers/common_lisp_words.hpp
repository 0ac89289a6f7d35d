#pragma once
// Rouge's Common Lisp word lists, space-separated.

namespace jekyllpp::highlight::common_lisp_words {

extern const char* const builtin_functions;
extern const char* const special_forms;
extern const char* const macros;
extern const char* const lambda_list_keywords;
extern const char* const declarations;
extern const char* const builtin_types;
extern const char* const builtin_classes;

}  // namespace jekyllpp::highlight::common_lisp_words
