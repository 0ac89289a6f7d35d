#!/usr/bin/env tclsh
# Builds the site
package require Tcl 8.6
set site_dir [file join $::env(HOME) site]
set count 0

proc build {dir {drafts 0}} {
    global count
    foreach f [glob -nocomplain -directory $dir *.md] {
        if {[file size $f] > 0} {
            incr count
            puts "building $f ($count)\t\x41"
        } elseif {$drafts} then {
            puts stderr {skipped}
        } else {
            continue
        }
    }
    return $count
}

set n [build $site_dir 1]; puts "done: ${n} pages {braced}"
array set opts {port 4000 host localhost}
expr {$n * 2 + 1.5}
