package anon

import (
	"strings"
	"testing"
)

// The registry reports two values that share a pseudonym, and not one value seen twice
// or in another case.
func TestCollisionsReported(t *testing.T) {
	c := newCollisions()
	c.note("username", []byte("jdoe"), []byte("mkeller42"))
	c.note("username", []byte("JDOE"), []byte("MKELLER42"))
	c.note("hostname", []byte("wks-1"), []byte("mkeller42")) // another category: no clash
	if len(c.found) != 0 {
		t.Fatalf("reported %v for one value", c.found)
	}
	c.note("username", []byte("asmith"), []byte("mkeller42"))
	c.note("hostname", []byte("a"), []byte("b"))
	c.note("hostname", []byte("c"), []byte("b")) // too short to be checked
	msgs := c.report()
	if len(msgs) != 1 || !strings.Contains(msgs[0], "1 pairs of username values") {
		t.Fatalf("report %q, want one username collision", msgs)
	}
	if again := c.report(); len(again) != 0 {
		t.Fatalf("reported twice: %q", again)
	}
}
