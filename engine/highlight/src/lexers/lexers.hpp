#pragma once
// Every lexer jekyllpp has, each built once on first use, and the names Rouge finds them by.
#include <memory>
#include <string_view>
#include <vector>

#include "lexer.hpp"

namespace jekyllpp::highlight {

const Lexer& plaintext_lexer();
const Lexer& output_lexer();  // plain text as Generic.Output, for console sessions
const Lexer& backtick_lexer();  // plain text as String.Backtick, for unknown languages in markdown
const Lexer& shell_lexer();
const Lexer& console_lexer();
const Lexer& rust_lexer();
const Lexer& python_lexer();
const Lexer& toml_lexer();
const Lexer& sql_lexer();
const Lexer& yaml_lexer();
const Lexer& css_lexer();
const Lexer& javascript_lexer();
const Lexer& typescript_lexer();
const Lexer& jsx_lexer();
const Lexer& tsx_lexer();
const Lexer& html_lexer();
const Lexer& xml_lexer();
const Lexer& json_lexer();
const Lexer& markdown_lexer();
const Lexer& ruby_lexer();
const Lexer& c_lexer();
const Lexer& cpp_lexer();
const Lexer& java_lexer();
const Lexer& apache_lexer();
const Lexer& nginx_lexer();
const Lexer& diff_lexer();
const Lexer& sass_lexer();
const Lexer& scss_lexer();
const Lexer& liquid_lexer();
const Lexer& go_lexer();
const Lexer& docker_lexer();
const Lexer& make_lexer();
const Lexer& ini_lexer();
const Lexer& properties_lexer();
const Lexer& conf_lexer();
const Lexer& erb_lexer();
const Lexer& csharp_lexer();
const Lexer& kotlin_lexer();
const Lexer& lua_lexer();
const Lexer& r_lexer();
const Lexer& swift_lexer();
const Lexer& haskell_lexer();
const Lexer& elixir_lexer();
const Lexer& http_lexer();
const Lexer& dart_lexer();
const Lexer& php_lexer();
const Lexer& powershell_lexer();
const Lexer& scala_lexer();
const Lexer& hcl_lexer();
const Lexer& terraform_lexer();
const Lexer& graphql_lexer();
const Lexer& groovy_lexer();
const Lexer& gradle_lexer();
const Lexer& objective_c_lexer();
const Lexer& batchfile_lexer();
const Lexer& cmake_lexer();
const Lexer& perl_lexer();
const Lexer& viml_lexer();
const Lexer& tex_lexer();
const Lexer& protobuf_lexer();
const Lexer& clojure_lexer();
const Lexer& erlang_lexer();
const Lexer& matlab_lexer();
const Lexer& jinja_lexer();
const Lexer& twig_lexer();
const Lexer& coffeescript_lexer();
const Lexer& handlebars_lexer();
const Lexer& nix_lexer();
const Lexer& elm_lexer();
const Lexer& json_doc_lexer();
const Lexer& systemd_lexer();
const Lexer& fsharp_lexer();
const Lexer& ocaml_lexer();
const Lexer& vb_lexer();
const Lexer& scheme_lexer();
const Lexer& prolog_lexer();
const Lexer& zig_lexer();
const Lexer& julia_lexer();
const Lexer& irb_lexer();
const Lexer& irb_output_lexer();  // Ruby values as IRB prints them, for IRB sessions
const Lexer& plist_lexer();
const Lexer& pascal_lexer();
const Lexer& gherkin_lexer();
const Lexer& nasm_lexer();
const Lexer& vue_lexer();
const Lexer& solidity_lexer();
const Lexer& fortran_lexer();
const Lexer& d_lexer();
const Lexer& awk_lexer();
const Lexer& vhdl_lexer();
const Lexer& verilog_lexer();
const Lexer& tcl_lexer();
const Lexer& ada_lexer();
const Lexer& cuda_lexer();
const Lexer& glsl_lexer();
const Lexer& hlsl_lexer();
const Lexer& objective_cpp_lexer();
const Lexer& common_lisp_lexer();
const Lexer& dot_lexer();
const Lexer& llvm_lexer();
const Lexer& sed_lexer();
const Lexer& ssh_lexer();
const Lexer& bibtex_lexer();
const Lexer& eex_lexer();
const Lexer& puppet_lexer();
const Lexer& racket_lexer();
const Lexer& mathematica_lexer();
const Lexer& brainfuck_lexer();
const Lexer& gdscript_lexer();
const Lexer& qml_lexer();
const Lexer& vala_lexer();
const Lexer& stata_lexer();
const Lexer& prometheus_lexer();
const Lexer& tap_lexer();
const Lexer& turtle_lexer();
const Lexer& literate_haskell_lexer();
const Lexer& literate_coffeescript_lexer();
const Lexer& coq_lexer();
const Lexer& applescript_lexer();
const Lexer& haml_lexer();
const Lexer& slim_lexer();
const Lexer& reasonml_lexer();
const Lexer& hocon_lexer();
const Lexer& jsonnet_lexer();
const Lexer& sparql_lexer();
const Lexer& cython_lexer();
const Lexer& nim_lexer();
const Lexer& crystal_lexer();
const Lexer& email_lexer();
const Lexer& velocity_lexer();
const Lexer& smarty_lexer();
const Lexer& hack_lexer();
const Lexer& io_lexer();
const Lexer& rego_lexer();
const Lexer& epp_lexer();
const Lexer& sml_lexer();
const Lexer& actionscript_lexer();
const Lexer& plsql_lexer();
const Lexer& moonscript_lexer();
const Lexer& smalltalk_lexer();
const Lexer& lean_lexer();
const Lexer& digdag_lexer();
const Lexer& postscript_lexer();
const Lexer& meson_lexer();
const Lexer& jsp_lexer();
const Lexer& q_lexer();
const Lexer& hylang_lexer();
const Lexer& pony_lexer();
const Lexer& sieve_lexer();
const Lexer& idris_lexer();
const Lexer& rescript_lexer();
const Lexer& cypher_lexer();
const Lexer& apex_lexer();
const Lexer& haxe_lexer();
const Lexer& abap_lexer();
const Lexer& apiblueprint_lexer();
const Lexer& armasm_lexer();
const Lexer& augeas_lexer();
const Lexer& bbcbasic_lexer();
const Lexer& biml_lexer();
const Lexer& bpf_lexer();
const Lexer& brightscript_lexer();
const Lexer& bsl_lexer();
const Lexer& ceylon_lexer();
const Lexer& cfscript_lexer();
const Lexer& clean_lexer();
const Lexer& cmhg_lexer();
const Lexer& csvs_lexer();
const Lexer& dafny_lexer();
const Lexer& datastudio_lexer();
const Lexer& ecl_lexer();
const Lexer& eiffel_lexer();
const Lexer& escape_lexer();
const Lexer& factor_lexer();
const Lexer& fluent_lexer();
const Lexer& freefem_lexer();
const Lexer& ghc_cmm_lexer();
const Lexer& ghc_core_lexer();
const Lexer& hql_lexer();
const Lexer& idlang_lexer();
const Lexer& igorpro_lexer();
const Lexer& isabelle_lexer();
const Lexer& isbl_lexer();
const Lexer& j_lexer();
const Lexer& janet_lexer();
const Lexer& jsl_lexer();
const Lexer& lasso_lexer();
const Lexer& livescript_lexer();
const Lexer& lustre_lexer();
const Lexer& lutin_lexer();
const Lexer& m68k_lexer();
const Lexer& magik_lexer();
const Lexer& mason_lexer();
const Lexer& minizinc_lexer();
const Lexer& mosel_lexer();
const Lexer& msgtrans_lexer();
const Lexer& mxml_lexer();
const Lexer& nesasm_lexer();
const Lexer& nial_lexer();
const Lexer& ocl_lexer();
const Lexer& openedge_lexer();
const Lexer& opentype_feature_file_lexer();
const Lexer& praat_lexer();
const Lexer& robot_framework_lexer();
const Lexer& sas_lexer();
const Lexer& slice_lexer();
const Lexer& sqf_lexer();
const Lexer& stan_lexer();
const Lexer& supercollider_lexer();
const Lexer& syzlang_lexer();
const Lexer& syzprog_lexer();
const Lexer& ttcn3_lexer();
const Lexer& tulip_lexer();
const Lexer& vcl_lexer();
const Lexer& wollok_lexer();
const Lexer& xojo_lexer();
const Lexer& xpath_lexer();
const Lexer& xquery_lexer();
const Lexer& yang_lexer();

struct CatalogEntry {
   std::string_view tag;
   std::vector<std::string_view> aliases;
   const Lexer& (*factory)();
};

const std::vector<CatalogEntry>& lexer_catalog();

class LexerOptions;
using LexerPool = std::vector<std::unique_ptr<Lexer>>;

// Rouge's Lexer.find(name).new(options): the lexer of that name, built anew in `pool` when it
// reads one of the options; nullptr when there is no lexer of that name.
const Lexer* configured_lexer(std::string_view name, const LexerOptions& options, LexerPool& pool);
// The lexers that read options, built for them.
Lexer console_lexer_with(LexerOptions options, LexerPool& pool);
Lexer escape_lexer_with(LexerOptions options, LexerPool& pool);
Lexer php_lexer_with(const char* tag, const LexerOptions& options);  // tag: "php" or "hack"
Lexer lasso_lexer_with(const LexerOptions& options);
Lexer plaintext_lexer_with(const LexerOptions& options);
Lexer erb_lexer_with(bool eex, LexerOptions options, LexerPool& pool);  // ?parent=; ERB or EEX

}  // namespace jekyllpp::highlight
