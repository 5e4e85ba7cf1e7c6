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
	if len(c.found) != 1 || !strings.Contains(c.found[0], "username") {
		t.Fatalf("found %v, want one username collision", c.found)
	}
}
