#!/usr/bin/env lua
-- A small module
--[[ block
comment ]]
local M = {}

function M.greet(name, count)
  local msg = "Hello, " .. name .. "\n"
  for i = 1, count or 3 do
    print(string.format('%d: %s', i, msg))
  end
  local s = string.gsub(msg, "%s+", " ")
  local t = { x = 1.5e3, y = 0x1F, [[long
string]] }
  return not (#t == 0) and s ~= nil
end

while true do break end
return M
