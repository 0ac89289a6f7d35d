#pragma once
// The render-time state: variable scopes, the top-level assigns, registers (host objects keyed
// by name), interrupts (break/continue), options and resource limits.
//
// Variables: find_variable("page") searches the scopes innermost first, then the assigns the
// context was made with. set() writes the innermost scope (Liquid's context['x'] = v),
// assign() the outermost ({% assign %}). A tag that needs its own scope:
//
//   liquid::Context::ScopeGuard scope(context);      // push now, pop on exit
//   context.set("include", liquid::Value(std::move(params)));
//   partial.render(context, output);
//
// Registers carry host objects to tags and filters (Jekyll's `site`, `page`):
//   context.set_register("site", &site);  ...  Site* s = *context.register_as< Site* >("site");
// Registers set on a context are seen by the isolated subcontexts {% render %} makes.
#include <any>
#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

class Template;
struct ParseOptions;

class Context {
public:
   // assigns: the top-level variables, a Hash or a Drop (nil for none).
   explicit Context(const Environment& environment, Value assigns = Value());
   Context(const Context&) = delete;
   Context& operator=(const Context&) = delete;

   const Environment& environment() const { return *environment_; }

   // ---- variables
   // The variable's value, or nil (raises UndefinedVariable under strict_variables).
   Value find_variable(std::string_view name) const;
   // The same without copying when the value is stored (else it is put in tmp); null when absent.
   // Inline: every variable reference starts here; the scopes are searched innermost first.
   const Value* find_variable_ref(std::string_view name, Value& tmp) const {
      for (std::size_t i = depth_; i-- > 0;)
         if (const Value* v = scopes_[i].find(name)) return v;
      return find_outside_scopes(name, tmp, nullptr);
   }
   // The same for a template's variable reference: guess is where name was last found in the
   // assigns (each render of a layout gets a payload of one shape).
   const Value* find_variable_ref(std::string_view name, Value& tmp, std::atomic< std::uint32_t >& guess) const {
      for (std::size_t i = depth_; i-- > 0;)
         if (const Value* v = scopes_[i].find(name)) return v;
      return find_outside_scopes(name, tmp, &guess);
   }
   void set(std::string_view name, Value value);     // innermost scope
   // Binds name in the innermost scope to a value the caller keeps alive and unchanged until
   // the scope is popped or name is bound again ({% for %}'s item: no copy per iteration).
   // Returns the name's slot in that scope, which rebind() takes while the scope is innermost
   // and live (a slot is never removed before its scope is popped).
   std::size_t bind(std::string_view name, const Value* value);
   void rebind(std::size_t slot, const Value* value) {
      Scope::Var& v = scopes_[depth_ - 1].vars[slot];
      v.bound = value;
   }
   void assign(std::string_view name, Value value);  // outermost scope
   void push_scope();  // raises StackLevelError "Nesting too deep" past 100 levels
   void pop_scope();
   class ScopeGuard {
   public:
      explicit ScopeGuard(Context& context) : context_(context) { context_.push_scope(); }
      ~ScopeGuard() { context_.pop_scope(); }
      ScopeGuard(const ScopeGuard&) = delete;
      ScopeGuard& operator=(const ScopeGuard&) = delete;

   private:
      Context& context_;
   };
   // The counters {% increment %} / {% decrement %} keep beside the assigns.
   Value& counter(const std::string& name);

   // ---- registers
   void set_register(const std::string& name, std::any value);
   std::any* find_register(std::string_view name);
   template < class T >
   T* register_as(std::string_view name) {
      std::any* a = find_register(name);
      return a ? std::any_cast< T >(a) : nullptr;
   }

   // ---- options
   bool strict_variables = false;
   bool strict_filters = false;
   const std::string& template_name() const { return template_name_; }
   void set_template_name(std::string name) { template_name_ = std::move(name); }
   void set_file_system(std::shared_ptr< const FileSystem > file_system);
   const FileSystem& file_system() const;

   // ---- filters: raises UndefinedFilter under strict_filters, else returns input.
   Value invoke_filter(std::string_view name, const Value& input, const std::vector< Value >& args,
                       const std::vector< std::pair< std::string, Value > >& kwargs);

   // ---- break / continue
   enum class Interrupt { Break, Continue };
   void push_interrupt(Interrupt interrupt) { interrupts_.push_back(interrupt); }
   bool interrupted() const { return !interrupts_.empty(); }
   Interrupt pop_interrupt();

   // ---- partials and subcontexts
   // Liquid's PartialCache: parses name through the file system once per render tree.
   const Template& load_partial(const std::string& name, const ParseOptions& options);
   // {% render %}'s context: fresh scopes and tag state; registers, limits and caches shared.
   // A released one goes back to a pool of its render tree, so a partial rendered for every item
   // of a loop reuses one context's storage.
   struct Recycle {
      void operator()(Context* context) const;
   };
   using Subcontext = std::unique_ptr< Context, Recycle >;
   Subcontext new_isolated_subcontext();

   // ---- resource limits (Liquid::ResourceLimits)
   void increment_render_score(std::size_t amount);
   void increment_assign_score(std::size_t amount);
   void check_output_length(const std::string& output);
   // Whether check_output_length has anything to do (a capture counting, a length limit); it
   // stays the same across the nodes of one block body.
   bool output_checked() const;
   // Capture counts its output against the assign score instead of the render length.
   struct CaptureGuard {
      explicit CaptureGuard(Context& context);
      ~CaptureGuard();
      Context& context;
      std::optional< std::size_t > saved;
   };
   void reset_resource_usage();  // at the start of each Template::render

   // ---- state of standard tags (Liquid keeps these in registers)
   // {% for %}'s offsets by loop name (`offset: continue` resumes there). Few names per
   // context: a flat list; a reused subcontext keeps the names' storage (entries past live_).
   class ForOffsets {
   public:
      const std::int64_t* find(std::string_view name) const {
         for (std::size_t i = 0; i < live_; ++i)
            if (same_key(entries_[i].first, name)) return &entries_[i].second;
         return nullptr;
      }
      void set(std::string_view name, std::int64_t offset);
      void clear() { live_ = 0; }

   private:
      std::vector< std::pair< std::string, std::int64_t > > entries_;
      std::size_t live_ = 0;
   };
   ForOffsets& for_offsets() { return for_offsets_; }
   std::size_t& cycle_position(std::string_view group);
   std::string& ifchanged_last() { return ifchanged_last_; }
   std::vector< DropPtr >& forloop_stack() { return forloop_stack_; }
   int tag_disabled(std::string_view name) const;
   void disable_tag(std::string_view name, int delta);

private:
   struct Shared;  // registers, partial cache, resource usage: shared with subcontexts
   Context(const Environment& environment, std::shared_ptr< Shared > shared, int depth);
   void clear_for_reuse();  // back to a fresh subcontext's state, keeping capacity
   // find_variable_ref past the scopes: counters, then the assigns.
   const Value* find_outside_scopes(std::string_view name, Value& tmp, std::atomic< std::uint32_t >* guess) const;
   // A scope holds few names (a loop's item and forloop); a flat vector searches fastest.
   struct Scope {
      struct Var {
         std::string name;
         Value value;
         const Value* bound = nullptr;  // set by bind(): the value lives elsewhere
      };
      std::vector< Var > vars;
      // Inline: every variable lookup asks each live scope.
      const Value* find(std::string_view name) const {
         for (const Var& v : vars)
            if (same_key(v.name, name)) return v.bound ? v.bound : &v.value;
         return nullptr;
      }
      Var& slot(std::string_view name);
   };

   const Environment* environment_;
   std::shared_ptr< Shared > shared_;
   std::vector< Scope > scopes_;  // [0, depth_) are live, [depth_ - 1] is innermost; the rest keep capacity
   std::size_t depth_ = 1;
   Value assigns_;
   Scope counters_;
   int base_depth_ = 0;
   std::string template_name_;
   std::vector< Interrupt > interrupts_;
   ForOffsets for_offsets_;
   std::map< std::string, std::size_t, std::less<> > cycle_positions_;
   std::string ifchanged_last_;
   std::vector< DropPtr > forloop_stack_;
   // {% render %} disables include per context; a name is rarely more than one: a flat list.
   std::vector< std::pair< std::string, int > > disabled_tags_;
};

}  // namespace jekyllpp::liquid
