(* Solving and plotting, :Author: someone *)
f[x_] := Sin[x]^2 + Cos[x] /; x > 0
sol = Solve[a x^2 + b x + c == 0, x]
In[1]:= Integrate[Exp[-x^2], {x, -Infinity, Infinity}]
Out[1]= Sqrt[Pi]
Module[{n = 10, list},
  list = Table[Prime[i], {i, 1, n}];
  Total[list] // N
]
data = {1.5`10, 2^^1011, 3.2*^-4, 16^^FF.8};
assoc = <|"a" -> 1, "b" -> 2|>;
Map[#a + #2 &, {assoc}]
General::argx
Plot[f[x], {x, 0, 2 Pi}, PlotStyle -> Red, PlotLabel -> "f(x) = \[Alpha]"]
System`Private`helper[x]
