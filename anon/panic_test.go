package anon

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestPanicReplacesTheLine: a bug met by one line (here forced: the raw key table is
// gone, so the first key=value panics) replaces that line by a marker, reports it with
// its number, and the stream goes on with every other line rewritten; nothing of the
// line that panicked is written out.
func TestPanicReplacesTheLine(t *testing.T) {
	var warnings []Warning
	e, err := New(Config{Key: bytes.Repeat([]byte{7}, 32), Workers: 1, Warn: func(w Warning) { warnings = append(warnings, w) }})
	if err != nil {
		t.Fatal(err)
	}
	e.rawKeys = nil
	in := "from 10.1.2.3 port 22\nlogin user=jdoe from 10.1.2.4\nfrom 10.1.2.3 again\n"
	var out bytes.Buffer
	err = e.Run(&out, []Input{{Name: "in", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(in)), nil
	}}})
	if !errors.Is(err, ErrIncomplete) {
		t.Fatalf("Run: %v, want ErrIncomplete", err)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) != 4 || lines[3] != "" {
		t.Fatalf("want 3 lines out, got %q", out.String())
	}
	if !strings.HasPrefix(lines[1], "[siemanon: line not processed: internal error") {
		t.Errorf("line 2 = %q, want the marker", lines[1])
	}
	if strings.Contains(out.String(), "jdoe") || strings.Contains(out.String(), "10.1.2.") {
		t.Errorf("a value survived: %q", out.String())
	}
	if lines[0] == "from 10.1.2.3 port 22" || lines[2] == "from 10.1.2.3 again" {
		t.Errorf("the other lines were not rewritten: %q", out.String())
	}
	if len(warnings) != 1 || warnings[0].Line != 2 || !strings.Contains(warnings[0].Message, "internal error") {
		t.Errorf("warnings = %+v, want one for line 2", warnings)
	}
}
