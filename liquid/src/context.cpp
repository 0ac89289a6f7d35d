#include "jekyllpp/liquid/context.hpp"

#include <deque>
#include <map>

#include "internal.hpp"
#include "jekyllpp/liquid/template.hpp"

namespace jekyllpp::liquid {

struct Context::Shared {
   // Few names (site, page, counters): a flat list; a deque keeps each one in place.
   std::deque< std::pair< std::string, std::any > > registers;
   std::map< std::string, Template, std::less<> > partials;
   // The partial load_partial found last ({% render %} in a loop asks for one name again and
   // again); map nodes do not move.
   const std::pair< const std::string, Template >* last_partial = nullptr;
   std::shared_ptr< const FileSystem > file_system;
   ResourceLimits limits;
   std::size_t render_score = 0;
   std::size_t assign_score = 0;
   std::optional< std::size_t > last_capture_length;
   // The register "counters" (see shared_counters), kept apart: every variable miss asks for it.
   const std::any* counters_register = nullptr;
   // Released subcontexts, cleared and without their link to this (no ownership cycle).
   std::vector< std::unique_ptr< Context > > spare_subcontexts;
};

namespace {
constexpr int kMaxDepth = 100;  // Liquid's Block::MAX_DEPTH

// A host that keeps {% increment %} counters beyond one render, as Jekyll does (they live in its
// payload, shared by every file of a build), passes their store as the register "counters", a
// std::shared_ptr< Hash >. {% render %}'s isolated contexts (base depth > 0) keep their own.
Hash* shared_counters(const std::any* counters_register, int base_depth) {
   if (base_depth != 0 || !counters_register) return nullptr;
   const auto* store = std::any_cast< std::shared_ptr< Hash > >(counters_register);
   return store ? store->get() : nullptr;
}
}

Context::Context(const Environment& environment, Value assigns)
    : environment_(&environment), shared_(std::make_shared< Shared >()), assigns_(std::move(assigns)) {
   shared_->limits = environment.resource_limits;
   scopes_.emplace_back();
}

Context::Context(const Environment& environment, std::shared_ptr< Shared > shared, int depth)
    : environment_(&environment), shared_(std::move(shared)), base_depth_(depth) {
   scopes_.emplace_back();
}

Context::Scope::Var& Context::Scope::slot(std::string_view name) {
   for (Var& v : vars)
      if (same_key(v.name, name)) return v;
   Var& v = vars.emplace_back();  // made in place: no temporary Var to move and destroy
   v.name.assign(name.data(), name.size());
   return v;
}

const Value* Context::find_outside_scopes(std::string_view name, Value& tmp, std::atomic< std::uint32_t >* guess) const {
   if (const Value* v = counters_.find(name)) return v;
   if (const Hash* shared = shared_counters(shared_->counters_register, base_depth_))
      if (!shared->empty())
         if (const Value* v = shared->find(name)) return v;
   if (assigns_.is_hash()) {
      const Value* v;
      if (guess) {
         std::uint32_t at = guess->load(std::memory_order_relaxed);
         const std::uint32_t before = at;
         v = assigns_.as_hash().find(name, at);
         if (at != before) guess->store(at, std::memory_order_relaxed);
      } else {
         v = assigns_.as_hash().find(name);
      }
      if (v) return v;
   } else if (assigns_.is_drop()) {
      tmp = assigns_.as_drop().get(name);
      if (!tmp.is_nil()) return &tmp;
   }
   if (strict_variables) throw Error(Error::Kind::UndefinedVariable, "undefined variable " + std::string(name));
   return nullptr;
}

Value Context::find_variable(std::string_view name) const {
   Value tmp;
   const Value* v = find_variable_ref(name, tmp);
   if (!v) return Value();
   return v == &tmp ? std::move(tmp) : *v;
}

void Context::set(std::string_view name, Value value) {
   Scope::Var& v = scopes_[depth_ - 1].slot(name);
   v.value = std::move(value);
   v.bound = nullptr;
}

std::size_t Context::bind(std::string_view name, const Value* value) {
   Scope& scope = scopes_[depth_ - 1];
   Scope::Var& v = scope.slot(name);
   v.bound = value;
   return std::size_t(&v - scope.vars.data());
}

void Context::assign(std::string_view name, Value value) {
   Scope::Var& v = scopes_[0].slot(name);
   v.value = std::move(value);
   v.bound = nullptr;
}

void Context::push_scope() {
   if (base_depth_ + int(depth_) + 1 > kMaxDepth) throw Error(Error::Kind::StackLevel, "Nesting too deep");
   if (depth_ == scopes_.size()) scopes_.emplace_back();
   ++depth_;
}

void Context::pop_scope() {
   if (depth_ == 1) throw Error(Error::Kind::ContextError, "ContextError");
   scopes_[--depth_].vars.clear();
}

Value& Context::counter(const std::string& name) {
   if (Hash* shared = shared_counters(shared_->counters_register, base_depth_)) {
      if (!shared->contains(name)) {
         Value initial;
         if (assigns_.is_hash())
            if (const Value* v = assigns_.as_hash().find(name)) initial = *v;
         shared->set(name, std::move(initial));
      }
      return const_cast< Value& >(*shared->find(name));
   }
   if (const Value* v = counters_.find(name)) return const_cast< Value& >(*v);
   Value initial;
   if (assigns_.is_hash()) {
      if (const Value* v = assigns_.as_hash().find(name)) initial = *v;
   }
   Scope::Var& slot = counters_.slot(name);
   slot.value = std::move(initial);
   return slot.value;
}

void Context::set_register(const std::string& name, std::any value) {
   std::any* slot = find_register(name);
   if (!slot) slot = &shared_->registers.emplace_back(name, std::any()).second;
   *slot = std::move(value);
   if (name == "counters") shared_->counters_register = slot;
}

std::any* Context::find_register(std::string_view name) {
   for (auto& entry : shared_->registers)
      if (same_key(entry.first, name)) return &entry.second;
   return nullptr;
}

void Context::set_file_system(std::shared_ptr< const FileSystem > file_system) {
   shared_->file_system = std::move(file_system);
}

const FileSystem& Context::file_system() const {
   return shared_->file_system ? *shared_->file_system : environment_->file_system();
}

Value Context::invoke_filter(std::string_view name, const Value& input, const std::vector< Value >& args,
                             const std::vector< std::pair< std::string, Value > >& kwargs) {
   const FilterFn* fn = environment_->find_filter(name);
   if (!fn) {
      if (strict_filters) throw Error(Error::Kind::UndefinedFilter, "undefined filter " + std::string(name));
      return input;
   }
   return (*fn)(FilterCall{*this, input, args, kwargs});
}

Context::Interrupt Context::pop_interrupt() {
   Interrupt i = interrupts_.back();
   interrupts_.pop_back();
   return i;
}

const Template& Context::load_partial(const std::string& name, const ParseOptions& options) {
   if (const auto* last = shared_->last_partial; last && same_key(last->first, name)) return last->second;
   auto found = shared_->partials.find(name);
   if (found == shared_->partials.end()) {
      std::string source = file_system().read_template_file(name);
      Template partial = Template::parse(source, *environment_, options);
      found = shared_->partials.emplace(name, std::move(partial)).first;
   }
   shared_->last_partial = &*found;
   return found->second;
}

Context::Subcontext Context::new_isolated_subcontext() {
   if (base_depth_ + int(depth_) > kMaxDepth) throw Error(Error::Kind::StackLevel, "Nesting too deep");
   Subcontext sub;
   if (shared_->spare_subcontexts.empty()) {
      sub.reset(new Context(*environment_, shared_, base_depth_ + 1));
   } else {
      sub.reset(shared_->spare_subcontexts.back().release());
      shared_->spare_subcontexts.pop_back();
      sub->environment_ = environment_;
      sub->shared_ = shared_;
      sub->base_depth_ = base_depth_ + 1;
   }
   sub->strict_variables = strict_variables;
   sub->strict_filters = strict_filters;
   sub->disabled_tags_ = disabled_tags_;
   return sub;
}

void Context::Recycle::operator()(Context* context) const {
   constexpr std::size_t kMaxSpare = 16;
   const std::shared_ptr< Shared > shared = std::move(context->shared_);
   if (shared->spare_subcontexts.size() >= kMaxSpare) {
      delete context;
      return;
   }
   context->clear_for_reuse();
   shared->spare_subcontexts.emplace_back(context);
}

void Context::clear_for_reuse() {
   for (std::size_t i = 0; i < depth_; ++i) scopes_[i].vars.clear();
   depth_ = 1;
   assigns_ = Value();
   counters_.vars.clear();
   template_name_.clear();
   interrupts_.clear();
   for_offsets_.clear();
   cycle_positions_.clear();
   ifchanged_last_.clear();
   forloop_stack_.clear();
}

void Context::increment_render_score(std::size_t amount) {
   shared_->render_score += amount;
   if (shared_->limits.render_score_limit && shared_->render_score > *shared_->limits.render_score_limit)
      throw Error(Error::Kind::Memory, "Memory limits exceeded");
}

void Context::increment_assign_score(std::size_t amount) {
   shared_->assign_score += amount;
   if (shared_->limits.assign_score_limit && shared_->assign_score > *shared_->limits.assign_score_limit)
      throw Error(Error::Kind::Memory, "Memory limits exceeded");
}

void Context::check_output_length(const std::string& output) {
   if (shared_->last_capture_length) {
      std::size_t increment = output.size() - *shared_->last_capture_length;
      shared_->last_capture_length = output.size();
      increment_assign_score(increment);
   } else if (shared_->limits.render_length_limit && output.size() > *shared_->limits.render_length_limit) {
      throw Error(Error::Kind::Memory, "Memory limits exceeded");
   }
}

bool Context::output_checked() const {
   return shared_->last_capture_length || shared_->limits.render_length_limit;
}

void Context::reset_resource_usage() {
   shared_->render_score = 0;
   shared_->assign_score = 0;
   shared_->last_capture_length.reset();
}

Context::CaptureGuard::CaptureGuard(Context& c) : context(c), saved(c.shared_->last_capture_length) {
   c.shared_->last_capture_length = 0;
}

Context::CaptureGuard::~CaptureGuard() { context.shared_->last_capture_length = saved; }

std::size_t& Context::cycle_position(std::string_view group) {
   auto found = cycle_positions_.find(group);
   if (found != cycle_positions_.end()) return found->second;
   return cycle_positions_.emplace(std::string(group), 0).first->second;
}

int Context::tag_disabled(std::string_view name) const {
   for (const auto& [tag, count] : disabled_tags_)
      if (same_key(tag, name)) return count;
   return 0;
}

void Context::disable_tag(std::string_view name, int delta) {
   for (auto& [tag, count] : disabled_tags_)
      if (same_key(tag, name)) {
         count += delta;
         return;
      }
   disabled_tags_.emplace_back(std::string(name), delta);
}

void Context::ForOffsets::set(std::string_view name, std::int64_t offset) {
   for (std::size_t i = 0; i < live_; ++i)
      if (same_key(entries_[i].first, name)) {
         entries_[i].second = offset;
         return;
      }
   if (live_ == entries_.size()) entries_.emplace_back();
   entries_[live_].first.assign(name.data(), name.size());
   entries_[live_].second = offset;
   ++live_;
}

}  // namespace jekyllpp::liquid
