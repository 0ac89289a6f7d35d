NB. a comment
a =: 3 + 4 * i. 10
b =: +/ % #
c =: 1 2 3 , 4 5.5 _6 1e3 2j3 16b1f
d =: 'it''s a string'
e =: {. }. >: <: ^: @: &. &.: !. !: ". ": ;: o. x: p.. q: s: u: ?. A. a. a: C. C.: E. f. F.. F.: F:: H. I. j. L. L: M. NB: r. t. T. u. v. _: 0: 1:
mean =: 3 : 0
  y =. +/ y
  if. y > 0 do.
    y % 2
  elseif. y < 0 do. -y
  else. 0 end.
  for_i. i. 3 do. echo i end.
  goto_lbl. label_lbl.
  for_. bad_.
)
add =: dyad def 'x + y NB. c'
str =: noun define
hello
world
)
Note 'title'
some notes
)
v =: verb : '+/ y'' '
w =: 4 : 0
  x + y
:
  x - y
)
m n u v x y
