#!/usr/bin/env swipl
% Family relations
parent(tom, bob).
parent(bob, 'Ann Marie').
ancestor(X, Y) :- parent(X, Y).
ancestor(X, Y) :- parent(X, Z), ancestor(Z, Y).

count([], 0).
count([_|T], N) :- count(T, M), N is M + 1.

/* block
 * comment */
main :- findall(X, ancestor(tom, X), L), length(L, N), N >= 2,
        format("~w ancestors~n", [N]), X1 = 3.5, _Ignored = foo.
