#pragma once
// `{{ markup }}` in a template body.
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/node.hpp"

namespace jekyllpp::liquid {

class VariableNode : public Node {
public:
   VariableNode(Variable variable, int line) : Node(line), variable_(std::move(variable)) {}
   void render(Context& context, std::string& output) const override { variable_.render(context, output); }

private:
   Variable variable_;
};

}  // namespace jekyllpp::liquid
