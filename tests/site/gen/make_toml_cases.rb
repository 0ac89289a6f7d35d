# Generates tests/site/data/toml.tsv from tomlrb 1.3.0, the TOML reader Jekyll 4.3.1 loads a
# `.toml` config with (run: ruby make_toml_cases.rb). Each line: the document, then "ok" and
# the value (Times as "T(%Y-%m-%d %H:%M:%S.%N %z)"), or the error's class and message.
require "tomlrb"

def esc(s) = s.to_s.gsub("\\", "\\\\\\\\").gsub("\t", "\\t").gsub("\n", "\\n")

def show(v)
  case v
  when Hash then "{" + v.map { |k, x| "#{k.inspect}=>#{show(x)}" }.join(", ") + "}"
  when Array then "[" + v.map { |x| show(x) }.join(", ") + "]"
  when Time then v.strftime("T(%Y-%m-%d %H:%M:%S.%N %z)")
  else v.inspect
  end
end

docs = [
  "a = 1\nb = -2\nc = +3\nd = 1_000\ne = 0\nf = -0",
  "h = 0x1F", "o = 0o17\nx = 1", "b = 0b101", "z = 012", "x = 1__2",
  "f = 1.5\ng = 1e3\nh = -2.5E-2\ni = 1_0.5\nj = 3.\nk = inf\nl = -inf\nm = +inf\nn = nan\no = 1.e5",
  "s = \"a\\tb\\u00e9\\U0001F600\\\\ \\\"q\\\" \\b\\f\\r\\n\"",
  "s = \"bad \\x\"", "s = \"\\u12\"", "s = \"\\é\"", "s = \"\\uD800\"", "s = \"# not a comment\" # a comment",
  "s = 'lit \\n \"q\"'", "s = ''", "s = \"\"",
  "s = \"\"\"\nline1\nline2 \\\n   cont\"\"\"", "s = \"\"\"a\\\nb\"\"\"", "s = \"\"\"quote\"\"\"\"", "s = \"\"\"\n\n\"\"\"",
  "s = '''\nraw\\n\n'''", "s = '''one\ntwo'''",
  "a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.999999-07:00\nc = 1979-05-27T07:32:00\nd = 1979-05-27\ne = 1979-05-27 07:32:00\nf = 1979-05-27t07:32:00.5Z",
  "a = 1979-05-27T07:32:00z", "a = 1979-05-27T07:32:00+05:60", "a = 1979-05-27T07:32:00-23:59", "a = 1979-00-01",
  "a = 1979-01-00", "a = 1979-01-32", "a = 1979-16-01", "a = 1979-01-01T24:01:00", "a = 1979-01-01T24:00:01",
  "a = 1979-01-01T07:60:00", "a = 1979-01-01T07:64:00", "a = 1979-01-01T07:59:60.25", "a = 1979-01-01T07:59:61",
  "a = 2021-02-31", "a = 1979-13-45", "a = 1979-05-27T25:00:00", "a = 1979-05-27T24:00:00", "a = 1979-05-27T07:32:00+25:00",
  "a = 2024-01-01x", "a = 2024-01-01 x = 1",
  "arr = [1, 'two', 3.0, [4], {x = 1}]\ne = []\nt = [1,]\nn = [ [ ], [[]] ]",
  "x = [,]", "x = [1,,2]", "x = [1 2]", "x = [1",
  "a.b = 1", "[x]\n\"q k\" = 1\n'l' = 2\n1 = 3\ntrue = 4\nfalse = 5\n\"a\\tb\" = 6",
  "[a.b]\nc=1\n[a]\nd=2", "[[d]]\nx=1\n[[d]]\nx=2\n[d.sub]\ny=3", "[[d]]\n[d]", "[[d]]\n[d.e]\nx=1",
  "[a]\nx=1\n[b]\ny=2\n[a]\nz=3", "[ a . \"b.c\" . 'd' ]\nx=1", "[a.]\nx=1", "[]\nx=1", "[.a]", "[a]]\nx=1", "[[a]\nx=1", "[1.5]",
  "[a]\nb = [1]\n[[a.b]]\nc = 2",
  "a = 1 b = 2", "a =\nb = 2", "a = ", "a = 1\na = 2\nb = 3\na = 4", "trueish = 1", "information = 1", "key-with_dash = 1",
  "it = { a = 1, b = { c = 2 }, d = [1, 2] }", "it = { \"q\" = 1 }", "it = {}", "it = { a = 1, }", "it = { a = }", "it = { a = 1 b = 2 }",
  "{ a = 1 }\nb = 2", "x = 1 # c\n# whole\n\n\t  y = 2", "x = @", "x = \"open\ny = 1", "= 1", "x == 1", "x = 'a' 'b'",
  "[[defaults]]\n[defaults.scope]\npath = \"\"\n[defaults.values]\nlayout = \"post\"\n[[defaults]]\nscope = { path = \"x\" }\nvalues = { layout = \"page\" }",
  "s = \"abc\\\"\nt = 1", "s = \"a\\\"b\"", "s = 'a\\'b'", "s = 'open\nt = 1", "s = '''a''''", "s = \"\"\"a\"\"\"\"\"",
  "x = 1e", "x = 1e5x", "x = _.5", "x = 1_.5e_1", "x = -nan", "x = +0", "x = 00", "x = 1979-05-27Z", "x = 1979-05-27-07:00",
  "x = 1979-05-27T07:32", "x = 1979-05-27\n12:00:00", "x = 1979-05-27T07:32:00.Z", "x = \"é\" é", "\uFEFFx = 1",
  "",
]
rows = docs.map do |d|
  begin
    [d, "ok", show(Tomlrb.parse(d))]
  rescue StandardError => e
    [d, e.class.to_s, e.message]
  end
end
File.write(File.join(__dir__, "..", "data", "toml.tsv"), rows.map { |r| r.map { |f| esc(f) }.join("\t") }.join("\n") + "\n")
