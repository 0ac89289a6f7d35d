# comment
form Test parameters
  sentence Name hello world
  real Duration 1.5
  positive Freq 440
  boolean Loud yes
  word Kind sine
  optionmenu Shape: 1
    option Sine
    option Square
  comment Enter values
endform
clearinfo
sound = Create Sound from formula: "s", 1, 0, duration, 44100, "sin(2*pi*440*x)"
selectObject: sound
To Pitch... 0 75 600
n = Get number of frames
for i from 1 to n
  f = Get value in frame: i, "Hertz"
  if f <> undefined and f > 100
    appendInfoLine: "Frame ", i, ": ", fixed$(f, 2), " Hz"
  endif
endfor
@myProc: 3, "x"
call oldProc 'name$' 4
procedure myProc: .a, .b$
  .c = .a * 2 + Object_'sound'.xmax
  writeInfoLine: 'praatVersion$', tab$, newline$
endproc
text$ = replace_regex$ (text$, "a", "b", 0)
x# = zero# (10)
printline Value is 'x:2'
Sound sine
exit Done
