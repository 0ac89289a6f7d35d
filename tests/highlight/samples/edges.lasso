<html><body>
[local(x = 1, y = 'str\'ing')]
<?lasso
  define user => type {
    data public name::string = 'x', private age
    public getname() => .name
    public setname(n::string, -opt = 1, ...) => { .'name' = #n }
  }
  define foo->bar(a::integer=5) => #a * 2
  define baz(x) => { return #x }
  local(u) = user
  #u->setname('Bob') & ->getname
  self->'member'
  with x in array(1, 2.5, 0xFF, infinity) do { stdoutnl(#x) }
  if(#x == 1 && #y != 2 || not #z) => { log_critical("a \"b\"") }
  $gvar = `raw` + 'a' =bw 'b'
  // comment
  /**! doc */ /* multi */
  let v = 3
  namespace_using(foo) error_code
?>
[no_square_brackets] [not code] <?= 1 ?>
[noprocess] [not code] [/noprocess]
<script>var x = [1];</script>
</body></html>
