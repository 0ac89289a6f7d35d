# Writes filter_cases-NN.json: Liquid 5.4.0's output for every standard filter over a matrix of input
# types and argument kinds, plus edge cases (dates, numbers, strings, escapes, arrays). Run with the
# frozen clock the test uses:
#   SOURCE_DATE_EPOCH=1704067318 faketime '2024-01-01 00:01:58' ruby generate_filter_cases.rb
require 'liquid'
require 'json'
ENV['TZ'] = 'UTC'

def render(tpl, env)
  out = begin
    Liquid::Template.parse(tpl, line_numbers: true, error_mode: :warn).render!(env)
  rescue Liquid::Error => e
    "ERROR: #{e.class}: #{e.message}"
  rescue StandardError
    return nil # a plain Ruby error: its class has no Liquid counterpart to compare
  end
  out = out.dup.force_encoding("UTF-8")
  out.valid_encoding? ? out : nil
end

groups = []

matrix_env = {
  "s"=>"Hello World", "i"=>42, "neg"=>-7, "z"=>0, "f"=>3.7, "nf"=>-2.5, "t"=>true, "fl"=>false, "n"=>nil,
  "a"=>[1,"b",nil,[2,3]], "sa"=>["b","a","C",nil,"a"], "na"=>[3,1.5,-2,10], "h"=>{"a"=>1,"b"=>"x"},
  "ah"=>[{"a"=>2,"b"=>"x"},{"a"=>1,"c"=>true},{"b"=>nil,"a"=>2}], "e"=>"", "ea"=>[], "eh"=>{},
  "u"=>"ünïcödé ßtraße ǆ", "html"=>"<p>Hi &amp; <b>bye</b></p><script>x</script><!-- c --><style>y</style>&#39;&x",
  "ws"=>"  a  b \n c \r\n d\t", "num"=>"3.50", "nnum"=>"-0.0725", "ns"=>"12abc", "date"=>"2020-06-15 14:30:00 -0400",
  "b64"=>"SGVsbG8=", "b64u"=>"SGVsbG8", "url"=>"a b&c=d/é?%41+", "mix"=>[1,"a"], "big"=>12345678901234,
  "nested"=>[[1,[2]],[3]], "floats"=>[0.1,0.2,0.30000000000000004], "words"=>"one two three four five six"
}
inputs = %w[s i neg z f nf t fl n a sa na h ah e ea eh u html ws num nnum ns date b64 b64u url mix big nested floats words]
argsets = ["", ": 1", ": 2", ": -1", ": 0", ": 'a'", ": s", ": i", ": f", ": n", ": 'x', 'y'", ": 1, 2", ": 'a', 1", ": ', '", ": '%Y-%m-%d %H:%M'", ": 'b', 'x'", ": 1.5", ": '2.5'", ": a", ": ah", ": allow_false: true", ": 'd', allow_false: true", ": 2, '!'", ": 0, '...'", ": 'a', nil", ": 'a', 2", ": 'b', nil", ": 10, ''"]
filters = %w[size downcase upcase capitalize escape h escape_once url_encode url_decode base64_encode base64_decode base64_url_safe_encode base64_url_safe_decode slice truncate truncatewords split strip lstrip rstrip strip_html strip_newlines newline_to_br join sort sort_natural where uniq reverse map compact concat first last replace replace_first replace_last remove remove_first remove_last append prepend date default abs plus minus times divided_by modulo round ceil floor at_least at_most]
matrix = []
inputs.each do |inp|
  filters.each do |fl|
    argsets.each do |as|
      tpl = "{{ #{inp} | #{fl}#{as} }}"
      out = render(tpl, matrix_env)
      matrix << [tpl, out] if out
    end
  end
end
groups << {"environment"=>matrix_env, "cases"=>matrix}

edge_env = {"u"=>"héllo wörld ñ", "a"=>[3,1,2], "h"=>{"x"=>1}, "ah"=>[{"n"=>"b","v"=>2},{"n"=>"A","v"=>nil},{"n"=>"c","v"=>false},{"v"=>1}], "t"=>true, "fl"=>false, "e"=>"", "sp"=>"   ", "n"=>nil}
tpls = []
dates = ["2020-06-15", "2020-06-15T14:30:00Z", "2020-06-15T14:30:00.123456+05:30", "June 15, 2020", "15 June 2020 3pm", "Mon, 15 Jun 2020 14:30:45 GMT", "2020/6/5", "5.6.2020", "20200615", "1 Jan 70", "Jun 2020", "12:30", "2020-13-01", "not a date", "2020-06-15 14:30:00 PST", "2020-06-15 14:30 +09", "Sat Jan  1 00:00:00 UTC 2000", "2021-W05-3", "1990-01-01T00:00:00-08:00", "  2020-06-15  ", "0", "1700000000", "-5", "2020-06-15 12:00:00.5", "tomorrow", "2020-06-15 noon", "1st of May 2020", "May 1st", "2020-06-31", "2020-02-29 23:59:60", "99-01-01", "68-01-01", "'98", "Thursday", "12/25/2020", "25/12/2020", "2020.06.15", "10:00 am EST", "10:00:00 a.m.", "2020-06-15 24:00"]
fmts = ["%Y-%m-%d %H:%M:%S %z", "%a %b %e %l:%M %p %Z", "%s %N %L", "%j %U %W %V %G %u %w", "%-m/%-d/%y %I%P", "%10Y|%-H|%_m|%^a|%#b|%::z|%:z"]
dates.each { |d| fmts.each { |f| tpls << "{{ '#{d}' | date: '#{f}' }}" } }
[1, 1.0, -1.5, 0.1, 1e20, 1.5e-7, 123456789.123, 2**40, -0.0].each do |x|
  [1, 0.5, 3, 7.25, "2.25", "abc", "1e2", " 4 ", "-0.5", 100000000000.0, 1e-10].each do |y|
    %w[plus minus times divided_by modulo at_least at_most round].each { |f| tpls << "{{ #{x} | #{f}: #{y.inspect} }}" }
  end
  %w[abs ceil floor round].each { |f| tpls << "{{ #{x} | #{f} }}" }
end
["0.5", "1.5", "2.5", "-2.5", "2.675", "1.005", "12345.6789"].each { |x| [0, 1, 2, -1, -2, 5].each { |n| tpls << "{{ '#{x}' | round: #{n} }}" } }
strs = ["héllo wörld ñ", "a,b,,c,,", ",a,,b", "  lead trail  ", "one  two\tthree\nfour", "x", "", "\u00e9\u0301", "日本語テキスト"]
strs.each do |s|
  q = s.inspect
  tpls << "{{ #{q} | split: ',' | join: '|' }}" << "{{ #{q} | split: ' ' | join: '|' }}" << "{{ #{q} | split: '' | join: '|' }}" << "{{ #{q} | split: ',,' | size }}"
  [[0], [1], [-1], [-3, 2], [2, 100], [100], [0, 0], [1, -1], ["'1'"], ["1.5"]].each { |args| tpls << "{{ #{q} | slice: #{args.join(', ')} }}" }
  [[3], [5, "'…'"], [0], [1, "''"], [20], [-1]].each { |args| tpls << "{{ #{q} | truncate: #{args.join(', ')} }}" }
  [[1], [2, "'…'"], [0], [-1], [3, "''"]].each { |args| tpls << "{{ #{q} | truncatewords: #{args.join(', ')} }}" }
  %w[upcase downcase capitalize strip lstrip rstrip size url_encode escape base64_encode base64_url_safe_encode first last reverse].each { |f| tpls << "{{ #{q} | #{f} }}" }
end
["%41%42+c", "%zz%4", "%E9", "%C3%A9", "a+b%2Bc"].each { |s| tpls << "{{ '#{s}' | url_decode }}" }
["SGVsbG8=", "SGVsbG8", "SGVsbA==", "SGVsbB==", "S", "", "SGV sbG8=", "_-8=", "_-8", "YWJj\n"].each { |s| tpls << "{{ #{s.inspect} | base64_decode }}" << "{{ #{s.inspect} | base64_url_safe_decode }}" }
["&amp; &lt; &#39; &#x27; &foo &; & &123; &#; <>\"'", "a & b"].each { |s| tpls << "{{ #{s.inspect} | escape_once }}" << "{{ #{s.inspect} | escape }}" }
["<a href='x'>link</a> text <br/>", "<script>a</script>b<script>c", "<!-- x -->y<!-- z", "<style a>p{}</style>q", "a < b > c", "<SCRIPT>x</SCRIPT>", "<p\nclass=x>y</p>"].each { |s| tpls << "{{ #{s.inspect} | strip_html }}" }
["a\nb\r\nc\rd", "\n\n"].each { |s| tpls << "{{ #{s.inspect} | newline_to_br }}" << "{{ #{s.inspect} | strip_newlines }}" }
tpls += ["{{ ah | sort: 'n' | map: 'n' | join: ',' }}", "{{ ah | sort: 'v' | map: 'v' | join: ',' }}", "{{ ah | sort_natural: 'n' | map: 'n' | join: ',' }}", "{{ ah | where: 'v' | size }}", "{{ ah | where: 'v', false | size }}", "{{ ah | where: 'n', 'b' | map: 'v' }}", "{{ ah | map: 'n' | compact | join }}", "{{ ah | compact: 'n' | size }}", "{{ ah | uniq: 'v' | size }}", "{{ h | map: 'x' }}", "{{ h | first }}", "{{ h | last }}", "{{ h | size }}", "{{ a | concat: h }}", "{{ a | concat: a | join }}", "{{ n | concat: a | join }}", "{{ a | join: 1 }}", "{{ a | join: n }}", "{{ t | default: 1 }}", "{{ fl | default: 1 }}", "{{ fl | default: 1, allow_false: true }}", "{{ n | default: 1, allow_false: true }}", "{{ e | default: 1, allow_false: true }}", "{{ sp | default: 1 }}", "{{ h | default: 1 }}", "{{ a | sort | reverse | join }}", "{{ 'b,A,c,a' | split: ',' | sort_natural | join }}", "{{ 'b,A,c,a' | split: ',' | sort | join }}", "{{ a | sort: 'x' }}", "{{ 'x' | sort: 'x' }}", "{{ 5 | sort }}", "{{ a | first }}", "{{ a | last }}", "{{ u | replace: 'l', '\\\\0\\\\0' }}", "{{ u | replace_first: 'l', '[\\\\`|\\\\\\']' }}", "{{ u | replace: '', '-' }}", "{{ u | replace_last: 'l', '\\\\0' }}", "{{ u | remove: 'l' }}", "{{ 'a.b.c' | replace: '.', '\\\\\\\\' }}", "{{ u | size }}", "{{ 'abc' | upcase: 1 }}", "{{ 'abc' | replace }}", "{{ 'abc' | plus }}", "{{ 'abc' | truncate: 1, 2, 3 }}", "{{ 'abc' | date }}", "{{ 'abc' | default: 1, 2, 3 }}", "{{ 'abc' | slice }}", "{{ 'abc' | nonexistent }}", "{{ 'abc' | truncatewords: 2147483647 }}", "{{ 'a b' | truncatewords: 2147483646 }}", "{{ 'abc' | slice: 'x' }}", "{{ 'abc' | truncate: 2.5 }}", "{{ 1 | divided_by: 0 }}", "{{ 1 | modulo: 0 }}", "{{ 'abc' | round: 'x' }}", "{{ 10 | date: '%Y' }}", "{{ 10.5 | date: '%Y' }}", "{{ t | date: '%Y' }}", "{{ '2020-06-15' | date: '' }}", "{{ '2020-06-15' | date: n }}", "{{ '2020-06-15' | date: '%' }}", "{{ '2020-06-15' | date: 'x%-' }}"]
edge = tpls.map { |tpl| (out = render(tpl, edge_env)) && [tpl, out] }.compact
groups << {"environment"=>edge_env, "cases"=>edge}

# Arrays of mixed types, nested arrays, hashes and ranges through the array filters.
array_env = {"m"=>[3, 1.5, -2, 10, 1.0, 1], "ms"=>["b", "B", "a", "10", "9", "", " x"], "mx"=>[1, "1", nil, true], "hs"=>[{"k"=>1}, {"k"=>1.0}, {"k"=>"1"}, {"k"=>nil}, {}],
 "nest"=>[[3,[1]],[[2]]], "arrs"=>[[2,1],[1,2],[1]], "bools"=>[true,false,true], "h"=>{"a"=>{"b"=>1}}, "strs"=>["x","y"]}
array_tpls = []
ins = ["m", "ms", "mx", "hs", "nest", "arrs", "bools", "h", "(1..5)", "(3..1)", "strs"]
fl = ["sort", "sort_natural", "uniq", "reverse", "compact", "first", "last", "size", "join", "join: '-'", "map: 'k'", "map: 'to_liquid'", "where: 'k'", "where: 'k', 1", "where: 'k', '1'", "sort: 'k'", "sort_natural: 'k'", "uniq: 'k'", "compact: 'k'", "concat: strs", "slice: 1, 2", "slice: -2", "slice: 1", "first | size", "sort | first", "map: 0", "map: 1", "where: 0", "sort: 0", "uniq: 0"]
ins.each { |i| fl.each { |f| array_tpls << "{{ #{i} | #{f} }}" } }
arrays = array_tpls.map { |tpl| (out = render(tpl, array_env)) && [tpl, out] }.compact
groups << {"environment"=>array_env, "cases"=>arrays}

# Floats whose to_s has an exponent (1.0e-05, 2.5e+20) through the math filters, and quotients of
# decimals with few digits (the exact-double division path) beside ones with many.
float_env = {"tiny"=>1.0e-05, "tinier"=>-2.5e-09, "huge"=>2.5e+20, "price"=>19.99, "third"=>0.3333333333333333, "big"=>12345678901234567}
float_tpls = []
["tiny", "tinier", "huge", "price", "third", "big", "7", "-3", "0.25", "1.5", "'2.50'", "0.0001", "100.0"].each do |a|
  ["tiny", "tinier", "huge", "price", "third", "big", "3", "-4", "0.5", "2.0", "'0.125'", "0.001", "10.0"].each do |b|
    ["plus", "minus", "times", "divided_by", "modulo", "at_least"].each { |f| float_tpls << "{{ #{a} | #{f}: #{b} }}" }
  end
  float_tpls << "{{ #{a} | round: 9 }}" << "{{ #{a} | times: 100 | round | divided_by: 100.0 }}" << "{{ #{a} | abs }}" << "{{ #{a} | ceil }}"
end
floats = float_tpls.map { |tpl| (out = render(tpl, float_env)) && [tpl, out] }.compact
groups << {"environment"=>float_env, "cases"=>floats}

# Written in parts of at most 15,000 cases (each under 2 MB), each part with its group's environment.
Dir.glob(File.join(__dir__, "filter_cases-*.json")).each { |f| File.delete(f) }
parts = groups.flat_map { |g| g["cases"].each_slice(15_000).map { |cases| g.merge("cases"=>cases) } }
parts.each.with_index(1) do |part, n|
  File.write(File.join(__dir__, format("filter_cases-%02d.json", n)), JSON.generate({"groups"=>[part]}))
end
puts groups.sum { |g| g["cases"].size }
