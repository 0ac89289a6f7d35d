#!/usr/bin/awk -f
# Counts words per file
BEGIN { FS = "[ \t]+"; total = 0 }
/^#/ { next }
$1 ~ /^[A-Za-z]+$/ && NF > 2 {
    words[FILENAME] += NF
    total++
}
function pct(n, d) {
    return d ? sprintf("%.1f", 100 * n / d) : "0"
}
END {
    for (f in words) printf "%s: %d (%s%%)\n", f, words[f], pct(words[f], total)
    x = total > 10 ? "many" : "few"
    print toupper(x), 3.5, $0
}
