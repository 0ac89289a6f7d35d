#include "lexer.hpp"

#include <array>
#include <stdexcept>

namespace jekyllpp::highlight {

namespace {

// Splits Ruby's regexp options off a leading "(?imx)" written before the pattern.
std::pair<std::string_view, std::string_view> split_flags(std::string_view pattern) {
   if (pattern.size() > 3 && pattern.substr(0, 2) == "(?") {
      std::size_t close = pattern.find(')');
      std::string_view flags = pattern.substr(2, close - 2);
      if (!flags.empty() && flags.find_first_not_of("imx") == std::string_view::npos)
         return {pattern.substr(close + 1), flags};
   }
   return {pattern, {}};
}

std::size_t utf8_length(unsigned char lead) {
   if (lead >= 0xF0) return 4;
   if (lead >= 0xE0) return 3;
   if (lead >= 0xC0) return 2;
   return 1;
}

}  // namespace

Rule& StateBuilder::add(std::string_view pattern) {
   Rule& rule = state_.rules.emplace_back();
   auto [source, flags] = split_flags(pattern);
   rule.re = std::make_unique<Regex>(source, flags);
   rule.beginning_of_line = !source.empty() && source[0] == '^';
   return rule;
}

StateBuilder& StateBuilder::rule(std::string_view pattern, Tok tok, std::string_view next) {
   Rule& rule = add(pattern);
   rule.tok = tok;
   if (next.empty()) {
      rule.next = Rule::Next::None;
   } else if (next == "#push") {
      rule.next = Rule::Next::PushSelf;
   } else if (next.substr(0, 4) == "#pop") {
      rule.next = Rule::Next::Pop;
      rule.pops = next.size() > 5 ? std::stoi(std::string(next.substr(5))) : 1;
   } else {
      rule.next = Rule::Next::Push;
      rule.pending_state = next;
   }
   return *this;
}

StateBuilder& StateBuilder::rule(std::string_view pattern, std::initializer_list<Tok> groups,
                                 std::string_view next) {
   rule(pattern, Tok::Text, next);
   state_.rules.back().groups = groups;
   return *this;
}

StateBuilder& StateBuilder::rule(std::string_view pattern, Callback callback) {
   add(pattern).callback = std::move(callback);
   return *this;
}

StateBuilder& StateBuilder::mixin(std::string_view state) {
   state_.rules.emplace_back().pending_state = state;
   return *this;
}

StateBuilder& StateBuilder::mixin(const State& state) {
   state_.rules.emplace_back().mixin = &state;
   return *this;
}

Lexer::Lexer(std::string tag) : tag_(std::move(tag)) {}

StateBuilder Lexer::state(std::string_view name) {
   auto it = states_.find(name);
   if (it == states_.end()) {
      it = states_.emplace(std::string(name), State{}).first;
      it->second.name = name;
   }
   return StateBuilder(it->second);
}

StateBuilder Lexer::redefine(std::string_view name) {
   StateBuilder builder = state(name);
   states_.find(name)->second.rules.clear();
   return builder;
}

const State& Lexer::get_state(std::string_view name) const {
   auto it = states_.find(name);
   if (it == states_.end())
      throw std::logic_error("highlight: lexer " + tag_ + " has no state " + std::string(name));
   return it->second;
}

void Lexer::finish() {
   for (auto& [name, state] : states_) {
      for (Rule& rule : state.rules) {
         if (rule.pending_state.empty()) continue;
         const State* target = &get_state(rule.pending_state);
         if (rule.re) rule.push = target;
         else rule.mixin = target;
      }
      state.index_rules();
   }
   auto root = states_.find("root");
   root_ = root == states_.end() ? nullptr : &root->second;
}

void State::index_rules() {
   rules_at.clear();
   for (unsigned byte = 0; byte < 256; ++byte) {
      at[byte] = static_cast<std::uint32_t>(rules_at.size());
      for (std::size_t i = 0; i < rules.size(); ++i)
         if (!rules[i].re || rules[i].re->may_start_with(static_cast<unsigned char>(byte)))
            rules_at.push_back(static_cast<std::uint16_t>(i));
   }
   at[256] = static_cast<std::uint32_t>(rules_at.size());
   indexed = rules.size();
}

void HtmlSink::emit(Tok tok, std::string_view text) {
   if (tok != last_ || !open_) {
      out_ += span_switch(open_ ? last_ : Tok::Text, tok);
      last_ = tok;
      open_ = true;
   }
   // Rouge's HTML formatter escapes &, < and > only.
   static constexpr auto special = [] {
      std::array<bool, 256> table{};
      table['&'] = table['<'] = table['>'] = true;
      return table;
   }();
   std::size_t start = 0;
   for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (!special[static_cast<unsigned char>(c)]) continue;
      out_.append(text.data() + start, i - start);
      out_ += c == '&' ? std::string_view("&amp;")
              : c == '<' ? std::string_view("&lt;")
                         : std::string_view("&gt;");
      start = i + 1;
   }
   out_.append(text.data() + start, text.size() - start);
}

void HtmlSink::finish() {
   if (open_ && last_ != Tok::Text) out_ += "</span>";
   open_ = false;
}

Runner::Runner(const Lexer& lexer, HtmlSink& sink) : lexer_(lexer), sink_(sink) {}

void Runner::reset(bool run_start) {
   stack_.clear();
   children_.clear();
   strs.clear();
   ints.clear();
   str.clear();
   vars = {};
   if (!lexer_.stream_) stack_.push_back(&lexer_.root());
   if (run_start && lexer_.start_) lexer_.start_(*this);
}

void Runner::continue_lex(std::string_view text) {
   if (lexer_.stream_) {
      lexer_.stream_(*this, text);
      return;
   }
   std::string_view saved_text = text_;
   std::size_t saved_pos = pos_;
   text_ = text;
   pos_ = 0;
   null_steps_ = 0;
   while (pos_ < text_.size()) {
      if (stack_.empty()) stack_.push_back(&lexer_.root());
      if (!step(*stack_.back())) {
         std::size_t n = utf8_length(static_cast<unsigned char>(text_[pos_]));
         token(Tok::Error, text_.substr(pos_, n));
         pos_ += n;
      }
   }
   text_ = saved_text;
   pos_ = saved_pos;
}

bool Runner::step(const State& state) {
   if (state.indexed == state.rules.size() && pos_ < text_.size()) {
      // Only the rules whose first test the next byte passes (most fail on it).
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      for (std::uint32_t k = state.at[byte]; k < state.at[byte + 1]; ++k)
         if (int result = try_rule(state.rules[state.rules_at[k]]); result >= 0) return result;
      return false;
   }
   for (const Rule& rule : state.rules)
      if (int result = try_rule(rule); result >= 0) return result;
   return false;
}

// `rule` tried at the current position: -1 when it does not match (the next rule is tried),
// else what step returns.
int Runner::try_rule(const Rule& rule) {
   if (rule.mixin) return step(*rule.mixin) ? 1 : -1;
   if (rule.beginning_of_line && pos_ != 0 && text_[pos_ - 1] != '\n') return -1;
   // Ruby's StringScanner matches against the rest of the text as if it were the whole
   // string: lookbehind sees nothing before the scan position, and \A and \b treat it as
   // the start.
   if (!rule.re->match(text_.substr(pos_), 0, match_)) return -1;
   std::size_t size = match_.end();
   pos_ += size;
   if (rule.callback) {
      rule.callback(*this);
   } else {
      if (rule.groups.empty()) {
         token(rule.tok);
      } else {
         int group = 1;
         for (Tok tok : rule.groups) token(tok, match_[group++]);
      }
      switch (rule.next) {
         case Rule::Next::None: break;
         case Rule::Next::Push: stack_.push_back(rule.push); break;
         case Rule::Next::PushSelf: push_self(); break;
         case Rule::Next::Pop: pop(rule.pops); break;
      }
   }
   if (size == 0) {
      if (++null_steps_ > 5) return 0;
   } else {
      null_steps_ = 0;
   }
   return 1;
}

void Runner::groups(std::initializer_list<Tok> toks) {
   int group = 1;
   for (Tok tok : toks) token(tok, match_[group++]);
}

void Runner::push(std::string_view state) { stack_.push_back(&lexer_.get_state(state)); }
void Runner::push_self() {
   if (stack_.empty()) stack_.push_back(&lexer_.root());
   stack_.push_back(stack_.back());
}

void Runner::push_owned(std::unique_ptr<State> state) {
   state->index_rules();
   stack_.push_back(state.get());
   owned_states_.push_back(std::move(state));
}

void Runner::pop(int times) {
   for (; times > 0 && !stack_.empty(); --times) stack_.pop_back();
}

void Runner::go_to(std::string_view state) {
   if (stack_.empty()) stack_.push_back(nullptr);
   stack_.back() = &lexer_.get_state(state);
}

void Runner::reset_stack() {
   stack_.clear();
   stack_.push_back(&lexer_.root());
}

bool Runner::in_state(std::string_view state) const {
   for (const State* s : stack_)
      if (s->name == state) return true;
   return false;
}

bool Runner::state_is(std::string_view state) const {
   return !stack_.empty() && stack_.back()->name == state;
}

void Runner::delegate(const Lexer& lexer, std::string_view text) {
   Runner fresh(lexer, sink_);
   fresh.reset();
   fresh.continue_lex(text);
}

Runner& Runner::child(const Lexer& lexer, int slot) {
   for (Child& child : children_)
      if (child.lexer == &lexer && child.slot == slot) return *child.runner;
   Child& made = children_.emplace_back(Child{&lexer, slot, std::make_unique<Runner>(lexer, sink_)});
   made.runner->reset();
   return *made.runner;
}

Runner& Runner::unstarted_child(const Lexer& lexer) {
   constexpr int unstarted_slot = -1;
   for (Child& child : children_)
      if (child.lexer == &lexer && child.slot == unstarted_slot) return *child.runner;
   Child& made = children_.emplace_back(
      Child{&lexer, unstarted_slot, std::make_unique<Runner>(lexer, sink_)});
   made.runner->reset(false);
   return *made.runner;
}

}  // namespace jekyllpp::highlight
