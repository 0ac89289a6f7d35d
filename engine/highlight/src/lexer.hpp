#pragma once
// A lexer as Rouge defines one: named states of rules tried in order against the text. A rule's
// pattern, once matched, yields a token (or one per group), moves the state stack, or runs a
// callback. Lexers that are not state machines (plain text, console) stream tokens themselves.
#include <array>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/highlight/highlight.hpp"
#include "regex.hpp"
#include "token.hpp"

namespace jekyllpp::highlight {

class Runner;
using Callback = std::function<void(Runner&)>;

struct State;

struct Rule {
   std::unique_ptr<Regex> re;  // null for a mixin
   bool beginning_of_line = false;
   const State* mixin = nullptr;
   Tok tok = Tok::Text;
   std::vector<Tok> groups;  // when set, one token per group instead of `tok`
   enum class Next { None, Push, PushSelf, Pop } next = Next::None;
   const State* push = nullptr;
   int pops = 0;
   Callback callback;
   std::string pending_state;  // mixin or push target, resolved when the lexer is finished
};

struct State {
   std::string name;
   std::vector<Rule> rules;
   // The rules that may match where the text goes on with byte b, in order (mixins always, the
   // others by their regexes' first bytes): rules_at[at[b]] up to rules_at[at[b + 1]]. Made by
   // index_rules once the rules are final; a state with other rules than indexed uses them all.
   std::vector<std::uint16_t> rules_at;
   std::array<std::uint32_t, 257> at{};
   std::size_t indexed = 0;  // how many rules the index covers
   void index_rules();
};

class StateBuilder {
public:
   explicit StateBuilder(State& state) : state_(state) {}
   // `next`: "" stays, "#pop" / "#pop:N" pops, "#push" pushes the current state, else a state name.
   // `pattern` may begin with Ruby's flags as "(?i)", "(?m)", "(?x)" (combinable: "(?mx)").
   StateBuilder& rule(std::string_view pattern, Tok tok, std::string_view next = "");
   StateBuilder& rule(std::string_view pattern, std::initializer_list<Tok> groups,
                      std::string_view next = "");
   StateBuilder& rule(std::string_view pattern, Callback callback);
   StateBuilder& mixin(std::string_view state);
   StateBuilder& mixin(const State& state);  // for states made while lexing

private:
   Rule& add(std::string_view pattern);
   State& state_;
};

class Lexer {
public:
   using Stream = std::function<void(Runner&, std::string_view)>;

   explicit Lexer(std::string tag);
   StateBuilder state(std::string_view name);
   // Rouge's `state` in a subclass for a state its parent defines: the parent's rules go.
   // Call finish() again afterwards.
   StateBuilder redefine(std::string_view name);
   void on_start(Callback start) { start_ = std::move(start); }
   void stream_with(Stream stream) { stream_ = std::move(stream); }
   // Resolves state names; call once all states are defined.
   void finish();

   const std::string& tag() const { return tag_; }
   const State& get_state(std::string_view name) const;
   // get_state("root"), found once by finish() (every lexing run starts there).
   const State& root() const { return root_ ? *root_ : get_state("root"); }

private:
   friend class Runner;
   std::string tag_;
   std::map<std::string, State, std::less<>> states_;
   const State* root_ = nullptr;
   Callback start_;
   Stream stream_;
};

// Receives tokens, merges runs of one type as Rouge's Lexer#lex does, writes Rouge's HTML.
class HtmlSink {
public:
   explicit HtmlSink(std::string& out) : out_(out) {}
   void emit(Tok tok, std::string_view text);
   void finish();

private:
   std::string& out_;
   bool open_ = false;
   Tok last_ = Tok::Text;
};

// One lexing run of a lexer: its state stack, scratch storage and sub-lexers.
class Runner {
public:
   Runner(const Lexer& lexer, HtmlSink& sink);
   void reset(bool run_start = true);
   void continue_lex(std::string_view text);

   // For callbacks: the current match, and what Rouge's RegexLexer offers rules.
   std::string_view m(int group = 0) const { return match_[group]; }
   bool matched(int group) const { return match_.has(group); }
   void token(Tok tok) { token(tok, match_[0]); }
   void token(Tok tok, std::string_view text) { if (!text.empty()) sink_.emit(tok, text); }
   void groups(std::initializer_list<Tok> toks);
   void push(std::string_view state);
   void push_self();
   // Pushes a state made while lexing (Rouge's `push do ... end`); the runner keeps it alive.
   void push_owned(std::unique_ptr<State> state);
   void pop(int times = 1);
   void go_to(std::string_view state);
   void reset_stack();
   bool in_state(std::string_view state) const;
   std::size_t depth() const { return stack_.size(); }  // Rouge's stack.size
   bool state_is(std::string_view state) const;
   // Rouge's delegate to a lexer class: a fresh lexer each time.
   void delegate(const Lexer& lexer, std::string_view text);
   void delegate(const Lexer& lexer) { delegate(lexer, match_[0]); }
   // Rouge's delegate to a lexer instance made at start: it keeps its state between calls.
   // `slot` tells apart two instances of one lexer (Vue keeps two JavaScript lexers).
   Runner& child(const Lexer& lexer, int slot = 0);
   // A lexer instance Rouge only ever calls continue_lex on (never reset): its start block never
   // runs (Escape's language lexer).
   Runner& unstarted_child(const Lexer& lexer);
   void delegate(Runner& child, std::string_view text) { child.continue_lex(text); }
   const Lexer& lexer() const { return lexer_; }
   HtmlSink& sink() { return sink_; }

   // Scratch storage for lexers that keep state beyond the stack (heredocs, indentation).
   std::vector<std::string> strs;
   std::vector<int> ints;
   std::string str;
   std::array<int, 4> vars{};

private:
   bool step(const State& state);
   int try_rule(const Rule& rule);
   const Lexer& lexer_;
   HtmlSink& sink_;
   std::vector<const State*> stack_;
   struct Child {
      const Lexer* lexer;
      int slot;
      std::unique_ptr<Runner> runner;
   };
   std::vector<Child> children_;
   std::vector<std::unique_ptr<State>> owned_states_;
   Match match_;
   std::string_view text_;
   std::size_t pos_ = 0;
   int null_steps_ = 0;
};

}  // namespace jekyllpp::highlight
