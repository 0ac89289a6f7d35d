// Rouge's Stan lexer (mc-stan.org): program blocks, function signatures recognised by a lookahead
// for their argument list, builtin functions and distributions, complex and real numbers.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("if else while for break continue print reject return");
const Words types(
   "int real vector ordered positive_ordered simplex unit_vector row_vector matrix "
   "cholesky_factor_corr cholesky_factor_cov corr_matrix cov_matrix data void complex array");
const Words reserved(
   // Stan's reserved words
   "for in while repeat until if then else true false target functions model data parameters "
   "quantities transformed generated "
   // names reserved by its implementation
   "var fvar STAN_MAJOR STAN_MINOR STAN_PATCH STAN_MATH_MAJOR STAN_MATH_MINOR STAN_MATH_PATCH "
   // C++'s
   "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t "
   "char32_t class compl const constexpr const_cast continue decltype default delete do double "
   "dynamic_cast else enum explicit export extern false float for friend goto if inline int long "
   "mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public "
   "register reinterpret_cast return short signed sizeof static static_assert static_cast struct "
   "switch template this thread_local throw true try typedef typeid typename union unsigned using "
   "virtual void volatile wchar_t while xor xor_eq");
const Words builtin_functions(
   "abs int_step min max size target get_lp step is_inf is_nan fabs fdim fmin fmax fmod floor "
   "ceil round trunc sqrt cbrt square exp exp2 log log2 log10 pow inv inv_sqrt inv_square hypot "
   "cos sin tan acos asin atan atan2 cosh sinh tanh acosh asinh atanh logit inv_logit "
   "inv_cloglog erf erfc Phi inv_Phi Phi_approx binary_log_loss owens_t beta inc_beta lbeta "
   "tgamma lgamma digamma trigamma lmgamma gamma_p gamma_q binomial_coefficient_log choose "
   "bessel_first_kind bessel_second_kind modified_bessel_first_kind "
   "log_modified_bessel_first_kind modified_bessel_second_kind falling_factorial lchoose "
   "log_falling_factorial rising_factorial log_rising_factorial expm1 fma multiply_log ldexp "
   "lmultiply log1p log1m log1p_exp log1m_exp log_diff_exp log_mix log_sum_exp log_inv_logit "
   "log_inv_logit_diff log1m_inv_logit lambert_w0 lambert_wm1 to_complex get_real get_imag arg "
   "norm conj proj polar sum prod log_sum_exp mean variance sd distance squared_distance "
   "quantile dims num_elements rep_array append_array sort_asc sort_desc sort_indices_asc "
   "sort_indices_desc rank reverse num_elements rows cols dot_product columns_dot_product "
   "rows_dot_product dot_self columns_dot_self rows_dot_self tcrossprod crossprod quad_form "
   "quad_form_diag quad_form_sym trace_quad_form trace_gen_quad_form "
   "multiply_lower_tri_self_transpose diag_pre_multiply diag_post_multiply rep_vector "
   "rep_row_vector rep_matrix symmetrize_from_lower_tri add_diag diagonal diag_matrix "
   "identity_matrix linspaced_array linspaced_int_array linspaced_vector linspaced_row_vector "
   "one_hot_int_array one_hot_array one_hot_vector one_hot_row_vector ones_int_array ones_array "
   "ones_vector ones_row_vector zeros_int_array zeros_array zeros_vector zeros_row_vector "
   "uniform_simplex col row block sub_col sub_row head tail segment append_col append_row "
   "softmax log_softmax cumulative_sum cov_exp_quad mdivide_left_tri_low mdivide_right_tri_low "
   "mdivide_left_spd mdivide_right_spd matrix_exp matrix_exp_multiply scale_matrix_exp_multiply "
   "matrix_power trace determinant log_determinant inverse inverse_spd chol2inv "
   "generalized_inverse eigenvalues_sym eigenvectors_sym qr_thin_Q qr_thin_R qr_Q qr_R "
   "cholseky_decompose singular_values svd_U svd_V csr_extract_w csr_extract_v csr_extract_u "
   "csr_to_dense_matrix csr_matrix_times_vector to_matrix to_vector to_row_vector to_array_2d "
   "to_array_1d algebra_solver algebra_solver_newton ode_rk45 ode_rk45_tol ode_ckrk "
   "ode_ckrk_tol ode_adams ode_adams_tol ode_bdf ode_bdf_tol ode_adjoint_tol_ctl integrate_1d "
   "reduce_sum reduce_sum_static map_rect integrate_ode_rk45 integrate_ode integrate_ode_adams "
   "integrate_ode_bdf hmm_marginal hmm_latent_rng hmm_hidden_state_prob");
// Each distribution is also named with one of Rouge's suffixes (_lpdf, _rng...).
const char* const distribution_names =
   "bernoulli bernoulli_logit bernoulli_logit_glm binomial binomial_logit beta_binomial "
   "hypergeometric categorical categorical_logit_glm discrete_range ordered_logistic "
   "ordered_logistic_glm ordered_probit neg_binomial neg_binomial_2 neg_binomial_2_log "
   "neg_binomial_2_log_glm poisson poisson_log poisson_log_glm multinomial multinomial_logit "
   "normal std_normal normal_id_glm exp_mod_normal skew_normal student_t cauchy "
   "double_exponential logistic gumbel skew_double_exponential lognormal chi_square "
   "inv_chi_square scaled_inv_chi_square exponential gamma inv_gamma weibull frechet rayleigh "
   "pareto pareto_type_2 wiener beta beta_proportion von_mises uniform multi_normal "
   "multi_normal_prec multi_normal_cholesky multi_gp multi_gp_cholesky multi_student_t "
   "gaussian_dlm_obs dirichlet lkj_corr lkj_corr_cholesky wishart inv_wishart";
const Words distributions(distribution_names);
const Words constants(
   "pi e sqrt2 log2 log10 not_a_number positive_infinity negative_infinity machine_precision");

bool is_distribution(std::string_view name) {
   static const char* const suffixes[] = {"_lpmf", "_lupmf", "_lpdf", "_lcdf", "_lccdf", "_rng",
                                          "_log", "_cdf_log", "_ccdf_log"};
   if (distributions.has(name)) return true;
   for (std::string_view suffix : suffixes) {
      if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix &&
          distributions.has(name.substr(0, name.size() - suffix.size())))
         return true;
   }
   return false;
}

// Rouge interpolates these as Regexps into (?mx) rules, where they keep their own flags.
const std::string ws = R"((?-sx:(?:\s|//.*?\n|/[*].*?[*]/)+))";
const std::string id = R"([a-zA-Z_][a-zA-Z0-9_]*)";
const std::string return_type = R"((?-sx:(?:(?:[a-z_]\s*(?:\[[0-9, ]\])?)\s+)*))";
const std::string real = R"(((\d+[.]\d*|[.]?\d+)e[+-]?\d+|\d*[.]\d+|\d+))";

Lexer make_stan() {
   Lexer l("stan");
   l.state("root")
      .mixin("whitespace")
      .rule(R"(#include)", Tok::CommentPreproc, "include")
      .rule(R"(#.*$)", Tok::GenericDeleted)
      .rule(R"((?x)functions|(?:transformed\s+)?data|(?:transformed\s+)?parameters|model
               |generated\s+quantities)",
            Tok::NameNamespace)
      .rule(R"(\{)", Tok::Punctuation, "bracket_scope")
      .mixin("scope");
   l.state("include").rule(R"((\s+)(\S+)(\s*))",
                           {Tok::Text, Tok::CommentPreprocFile, Tok::Text}, "#pop");
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"(//(\\.|.)*?$)", Tok::CommentSingle)
      .mixin("inline_whitespace");
   l.state("inline_whitespace")
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline);
   l.state("statements")
      .mixin("whitespace")
      .rule(R"(#include)", Tok::CommentPreproc, "include")
      .rule(R"(#.*$)", Tok::GenericDeleted)
      // Rouge pushes a state it never defines (it raises, stopping Jekyll's build): the quote
      // stays a Str here.
      .rule(R"(")", Tok::Str)
      .rule("(?mx)(" + real + "(" + ws + ")[+-](" + ws + ")" + real + "i)|" + real +
               "i|((\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+|\\d*[.]\\d+)",
            Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(\*/)", Tok::Error)
      .rule(R"(=|<|<=|>|>=|==|!=|!|&&|\|\||\+|-|\*|/|\^|'|\.\+|\.-|\.\*|\./|\.\^|\\|\+=|-=|)"
            R"(\*=|/=|\.\*=|\./=|~|\?|:)",
            Tok::Operator)
      .rule(R"([\[\],.;])", Tok::Punctuation)
      .rule(R"([|](?![|]))", Tok::Punctuation)
      .rule(R"(T\b)", Tok::KeywordReserved)
      .rule(R"((lower|upper)\b)", Tok::NameAttribute)
      .rule(id, [](Runner& r) {
         std::string_view name = r.m();
         if (keywords.has(name)) r.token(Tok::Keyword);
         else if (types.has(name)) r.token(Tok::KeywordType);
         else if (reserved.has(name)) r.token(Tok::KeywordReserved);
         else r.token(Tok::NameVariable);
      });
   l.state("scope")
      .mixin("whitespace")
      .rule("(?mx)(" + return_type + ")(" + id + R"()(?=\([^;]*?\)))",
            [](Runner& r) {
               r.delegate(r.lexer(), r.m(1));
               std::string_view name = r.m(2);
               if (builtin_functions.has(name) || is_distribution(name))
                  r.token(Tok::NameBuiltin, name);
               // Rouge writes the whole match here, the return type a second time.
               else if (constants.has(name)) r.token(Tok::KeywordConstant);
               else r.token(Tok::NameFunction, name);
            })
      .rule(R"(\{)", Tok::Punctuation, "bracket_scope")
      .rule(R"(\()", Tok::Punctuation, "parens_scope")
      .mixin("statements");
   l.state("bracket_scope").mixin("scope").rule(R"(\})", Tok::Punctuation, "#pop");
   l.state("parens_scope").mixin("scope").rule(R"(\))", Tok::Punctuation, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& stan_lexer() {
   static const Lexer lexer = make_stan();
   return lexer;
}

}  // namespace jekyllpp::highlight
