program Primes;
{ Prints the primes below a limit }
uses SysUtils;

const
  Limit = 100;

var
  i, j: Integer;
  isPrime: Boolean;
  name: string;

(* a helper
   procedure *)
procedure Show(n: Integer);
begin
  WriteLn('Prime: ', n);  // one per line
end;

begin
  name := 'it''s';
  for i := 2 to Limit do
  begin
    isPrime := True;
    for j := 2 to i div 2 do
      if i mod j = 0 then isPrime := False;
    if isPrime and (i <> 0) then Show(i);
  end;
  WriteLn($FF, 1.5e3, nil);
end.
