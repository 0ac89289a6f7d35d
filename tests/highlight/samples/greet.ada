with Ada.Text_IO; use Ada.Text_IO;
private with Ada.Strings.Unbounded;

-- Greets a few people
procedure Greet is
   type Count is range 0 .. 1_000;
   N     : Count := 16#FF# mod 10;
   Ratio : constant Float := 1.5E3;
   Name  : String := "Ada ""Lovelace""";
   C     : Character := 'x';

   function Twice (X : Integer) return Integer is (X * 2);
begin
   <<Start>>
   for I in 1 .. 3 loop
      if I /= 2 and then N > 0 then
         Put_Line ("Hello " & Name & Integer'Image (Twice (I)));
      end if;
   end loop;
   N := Count'Last;
end Greet;
