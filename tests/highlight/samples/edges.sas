* a comment;
data work.one;
  input x y $ z;
  if x = . then y = 'miss''ing';
  d = '01jan2020'd; t = '12:00'T; dt='01jan2020:12:00:00'dt;
  format x 8.2;
  s = "Hello &name. and & more";
  array a{3} a1-a3;
  if x eq 1 and y ne 2 then z = x ** 2; ; * inline comment;
  n = _n_; call symput('x', x);
  datalines;
1 2 3
4 5 6
;
run;
data two; set one; run;
%macro foo(a=1);
  %let x = %sysfunc(today());
  %put &x &sysdate;
  %if &a = 1 %then %do; %end;
%mend foo;
proc sql;
  create table x as select a, b from y where c like 'a%' order by a;
quit;
proc means data=x mean std; var x; run;
proc print data=x noobs; run;
proc foo bar; run;
libname mylib '/path';
/* block
comment */
x = 0FFx + 1.5e3 + 12 ¬= 3 <> 4 || 'a';
missing . a .b @ ?;
