package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
)

func main() {
	// Without this a closed stdout pipe kills the process with SIGPIPE;
	// ignored, the write fails with EPIPE and run ends quietly.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit status.
const (
	exitOK    = 0
	exitError = 1 // writing the output failed
	exitUsage = 2 // bad flags
)

// Limits on the pools, so that a typo cannot ask for gigabytes of memory.
const (
	maxIPs   = 100_000_000
	maxUsers = 10_000_000
)

const usage = `usage: loggen [-size N] [-seed N] [-format F] [-ips N] [-users N]

loggen writes realistic, deterministic security logs to standard output.

Formats: mixed (default), ecs, syslog, web, firewall, cef, windows.
Sizes: plain bytes, or with a suffix KB, MB, GB, TB (powers of 10: 1GB is
10^9 bytes) or KiB, MiB, GiB, TiB (powers of 2). Output stops at the first
line end at or after the size.

Flags:
`

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("loggen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizeFlag := fs.String("size", "100MB", "bytes to write (`SIZE`, e.g. 1GB, 500MB, 10KB, 4096)")
	seed := fs.Uint64("seed", 1, "random `seed`; the same flags give the same bytes")
	format := fs.String("format", "mixed", "log `format`: "+strings.Join(formatNames, ", "))
	nIPs := fs.Int("ips", 50_000, "distinct IPv4 addresses in the pool")
	nUsers := fs.Int("users", 5_000, "distinct usernames in the pool")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nExit status: 0 done (or the reader closed the pipe), 1 write error, 2 bad usage.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "loggen: "+format+"\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	size, err := parseSize(*sizeFlag)
	if err != nil {
		return fail("%v", err)
	}
	m, ok := formatMix(*format)
	if !ok {
		return fail("unknown format %q (want one of %s)", *format, strings.Join(formatNames, ", "))
	}
	if *nIPs < 1 || *nIPs > maxIPs {
		return fail("-ips must be between 1 and %d", maxIPs)
	}
	if *nUsers < 1 || *nUsers > maxUsers {
		return fail("-users must be between 1 and %d", maxUsers)
	}
	g := newGen(*seed, *nIPs, *nUsers)
	if err := generate(stdout, g, m, size); err != nil {
		if errors.Is(err, syscall.EPIPE) {
			return exitOK
		}
		fmt.Fprintf(stderr, "loggen: %v\n", err)
		return exitError
	}
	return exitOK
}

// flushAt is the buffered output size; lines are appended to one buffer
// and written when it passes this mark.
const flushAt = 256 << 10

// generate writes whole lines from m until at least size bytes are out.
func generate(w io.Writer, g *gen, m *mix, size int64) error {
	buf := make([]byte, 0, flushAt+64<<10)
	var n int64
	for n < size {
		start := len(buf)
		buf = m.line(g, buf)
		n += int64(len(buf) - start)
		g.tick()
		if len(buf) >= flushAt {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		_, err := w.Write(buf)
		return err
	}
	return nil
}

var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"B", 1},
}

// parseSize reads 1GB (10^9 bytes), 500MB, 10KB, 2GiB (2*2^30) or a plain
// byte count. Suffixes are case-insensitive; a decimal point is allowed
// before a suffix (1.5GB).
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range sizeUnits {
		if len(t) > len(u.suffix) && strings.EqualFold(t[len(t)-len(u.suffix):], u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil && n >= 0 {
		if mult > 1 && n > (1<<62)/mult {
			return 0, fmt.Errorf("size %q is too large", s)
		}
		return n * mult, nil
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 || f*float64(mult) > 1<<62 || mult == 1 {
		return 0, fmt.Errorf("bad size %q (want e.g. 1GB, 500MB, 10KB or a byte count)", s)
	}
	return int64(f * float64(mult)), nil
}
