# A _config.toml whose value nests 20,000 arrays: Jekyll inspects the configuration recursively
# and overflows Ruby's stack (SystemStackError).
import os, sys
with open(os.path.join(sys.argv[1], "src", "_config.toml"), "w") as f:
    f.write("a = " + "[" * 20000 + "]" * 20000 + "\n")
