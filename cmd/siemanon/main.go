// Command siemanon pseudonymizes security logs: a filter that reads log lines, raw text or
// JSON, and writes each line back with every sensitive value (addresses, names, paths,
// secrets, ...) replaced by a keyed pseudonym of the same shape.
//
// Usage:
//
//	siemanon [flags] [FILE...]          # FILE "-" is standard input; .gz files are read as such
//	siemanon keygen FILE                # write a new random key, readable only by its owner
//	siemanon categories                 # list the categories
//	siemanon profiles [NAME]            # list the JSON profiles, or one profile's fields
//	siemanon scan FILE...               # what a file holds, by category and risk; nothing rewritten
//	siemanon check ORIGINAL CLEAN       # what the clean file still holds of the original
//	siemanon reveal [--map M] FILE      # undo pseudonyms, with the run's key or its map
//
// Exit status: 0 when every line was processed, 1 when a line could not be processed or an
// input could not be read (or, for check and --verify, something was left), 2 on a usage
// error, 3 when scan --fail-on finds a value of that risk.
package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	// A closed output pipe then shows up as EPIPE from Write, which run ends on quietly.
	signal.Ignore(syscall.SIGPIPE)
	// The engine's caches are bounded; a soft limit keeps the garbage collector from
	// letting the heap double past them on long runs, high enough that collecting costs
	// little. GOMEMLIMIT overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}
