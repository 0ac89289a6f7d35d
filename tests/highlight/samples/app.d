module site.app;

import std.stdio : writeln, writefln;
import std.algorithm;

/++ A page
    /+ nested +/ +/
struct Page {
    string path;
    size_t words = 0;
    @property bool empty() const { return words == 0; }
}

@safe nothrow unittest {
    assert(Page("a", 2).words == 2);
}

void main(string[] args) {
    auto pages = [Page("index.md", 120), Page("about.md")];
    immutable total = pages.map!(p => p.words).sum;
    writefln("%d pages, %s words", pages.length, total);
    real ratio = 1.5e3 + 0x1F + 0b101 + 10_000UL;
    char c = '\n';
    string raw = r"C:\site" ~ `tick` ~ q"[bracket [nested]]" ~ q{int x;};
    debug writeln(__FILE__, " ", __LINE__, c, raw, ratio);
}
