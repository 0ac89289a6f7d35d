#!/bin/sed -f
# squeeze blank lines and fix names
/^$/d
s/colour/color/g
s|/usr/local|/opt|gp
1,10s/[[:space:]]\+$//
/start/,/end/ {
  s/\(foo\)\(bar\)/\2\1/w changes.txt
  y/abc/xyz/
}
$a\
appended line
3i inserted
/^#/!p
\%regex%d
:loop
N; s/\n/ /; t loop
r header.txt
q 5
