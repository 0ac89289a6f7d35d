# kramdown with parse_block_html reads `<div>t</div>` as an open div holding a paragraph (the
# end tag follows text on its line), so 3,000 such lines nest 3,000 deep: Ruby's stack overflows.
import os, sys
with open(os.path.join(sys.argv[1], "src", "index.md"), "w") as f:
    f.write("---\n---\n" + "<div>t</div>\n" * 3000)
