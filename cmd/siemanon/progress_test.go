package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/siemanon/siemanon/anon"
)

// fakeClock advances by step at every reading.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time {
	c.t = c.t.Add(c.step)
	return c.t
}

func newProgress(t *testing.T, terminal bool, args ...string) (*progressFeature, *fakeClock) {
	t.Helper()
	clock := &fakeClock{t: time.Date(2025, 3, 3, 14, 0, 0, 0, time.UTC), step: 100 * time.Millisecond}
	p := &progressFeature{isTerminal: func(io.Writer) bool { return terminal }, now: clock.now}
	f := pflag.NewFlagSet("siemanon", pflag.ContinueOnError)
	p.addFlags(f)
	if err := f.Parse(args); err != nil {
		t.Fatal(err)
	}
	return p, clock
}

func writeLines(t *testing.T, n, width int) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "big.log")
	line := strings.Repeat("x", width-1) + "\n"
	if err := os.WriteFile(name, []byte(strings.Repeat(line, n)), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// The display shows bytes done of the total, rate and time left, at most about four times
// a second, and is cleared at the end.
func TestProgressShown(t *testing.T) {
	file := writeLines(t, 100, 1<<20/100)
	p, _ := newProgress(t, true, file)
	var stderr bytes.Buffer
	s := &streams{stdin: strings.NewReader(""), stderr: &stderr}
	observe, err := p.start(s, nil)
	if err != nil || observe == nil {
		t.Fatalf("no observer on a terminal: %v", err)
	}
	input := make([]byte, 1<<20/100-1)
	for i := range 100 {
		observe(&anon.LineReport{Line: int64(i + 1), Lines: 1, Kind: anon.KindRaw, Input: input})
	}
	shown := stderr.String()
	updates := strings.Count(shown, "\r")
	// 100 lines, 100 ms apart: 10 s, so 40 updates at most (four a second).
	if updates < 20 || updates > 40 {
		t.Errorf("%d updates, want 20 to 40", updates)
	}
	if !strings.Contains(shown, "\rsiemanon: 491.5 KiB of 1023.9 KiB (48%), 0.1 MB/s, 0:05 left") {
		t.Errorf("no halfway line in %q", shown)
	}
	if err := p.finish(s, anon.Stats{}, nil); err != nil {
		t.Fatal(err)
	}
	all := stderr.String()
	last := all[strings.LastIndex(all[:len(all)-1], "\r"):]
	if strings.Trim(last, "\r ") != "" {
		t.Errorf("the display was not cleared: ends with %q", last)
	}
	if strings.Contains(all, "\n") {
		t.Error("the display wrote a newline")
	}
}

func TestProgressNotShown(t *testing.T) {
	file := writeLines(t, 10, 100)
	gz := filepath.Join(t.TempDir(), "x.gz")
	os.WriteFile(gz, []byte{0x1f, 0x8b, 8, 0}, 0o644)
	cases := []struct {
		name     string
		terminal bool
		args     []string
		stdin    io.Reader
	}{
		{"not a terminal", false, []string{file}, nil},
		{"--no-progress", true, []string{"--no-progress", file}, nil},
		{"stdin a pipe", true, nil, strings.NewReader("x\n")},
		{"gzip input", true, []string{file, gz}, nil},
		{"missing input", true, []string{filepath.Join(t.TempDir(), "absent")}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, _ := newProgress(t, c.terminal, c.args...)
			var stderr bytes.Buffer
			observe, err := p.start(&streams{stdin: c.stdin, stderr: &stderr}, nil)
			if err != nil || observe != nil {
				t.Errorf("observer %v, err %v: want none", observe != nil, err)
			}
			p.finish(&streams{stderr: &stderr}, anon.Stats{}, nil)
			if stderr.Len() > 0 {
				t.Errorf("wrote %q", stderr.String())
			}
		})
	}
}

// A regular file on standard input has a known size, counted from where it stands.
func TestProgressStdinFile(t *testing.T) {
	file := writeLines(t, 10, 100)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Seek(200, io.SeekStart)
	size, ok := knownSize(nil, f)
	if !ok || size != 800 {
		t.Errorf("knownSize = %d, %v; want 800, true", size, ok)
	}
	if off, _ := f.Seek(0, io.SeekCurrent); off != 200 {
		t.Errorf("offset moved to %d", off)
	}
}

func TestProgressLine(t *testing.T) {
	got := progressLine(412<<20, 1200<<20, 5*time.Second)
	want := "siemanon: 412.0 MiB of 1.2 GiB (34%), 86.4 MB/s, 0:10 left"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := clock(3725 * time.Second); got != "1:02:05" {
		t.Errorf("clock = %q", got)
	}
}
