/* a block comment
   spanning lines */
shared late String name = "x";
class Foo(shared small Integer a) satisfies Bar {
    if (exists x = a) { return x.string; }
    value s = "Hello, ``name``!";
    Character c = '\{#00E9}';
    value n = 1_000_000.5k + #FFFF_0000 + $1010_0101;
}
