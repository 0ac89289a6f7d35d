// {% comment %}...{% endcomment %}: the body is parsed (its tags must be well formed) and
// never rendered; unknown tags inside are ignored.
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {
class Comment : public Node {
public:
   explicit Comment(int line) : Node(line) {}
   void render(Context&, std::string&) const override {}
   bool blank() const override { return true; }
};

NodePtr parse_comment(const std::string& tag, const std::string&, ParseContext& parse) {
   int line = parse.line_number();
   BlockBody body;
   bool blank = true;
   while (parse_block_part(parse, body, tag, blank)) {
   }
   return std::make_unique< Comment >(line);
}
}  // namespace

void register_comment(Environment& env) { env.register_tag("comment", parse_comment); }

}  // namespace jekyllpp::liquid
