-- A 4-bit counter
library IEEE;
use IEEE.STD_LOGIC_1164.ALL;
use IEEE.NUMERIC_STD.ALL;

entity Counter is
  generic (WIDTH : natural := 4);
  port (
    clk, rst : in  std_logic;
    q        : out std_logic_vector(WIDTH - 1 downto 0)
  );
end entity Counter;

architecture rtl of Counter is
  signal count : unsigned(WIDTH - 1 downto 0) := (others => '0');
begin
  process (clk) is
  begin
    if rising_edge(clk) then
      if rst = '1' then
        count <= (others => '0');
      elsif count /= x"F" and not false then
        count <= count + 1;
      end if;
    end if;
  end process;
  q <= std_logic_vector(count);
  assert WIDTH > 0 report "bad width: " & integer'image(WIDTH) severity failure;
end architecture;
