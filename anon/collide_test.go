package anon

import (
	"io"
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

// Forms of one organisation or one person's name share their pseudonym by design; the
// registry takes them for one identity, not a collision.
func TestCollisionsNotReportedForOneIdentity(t *testing.T) {
	var warnings []string
	e, err := New(Config{Key: make([]byte, 32), Workers: 1, Warn: func(w Warning) { warnings = append(warnings, w.String()) }})
	if err != nil {
		t.Fatal(err)
	}
	input := "org=acme-example\n{\"org\":\"Acme Example\"}\norganization=\"ACME EXAMPLE\"\n" +
		"fullname=\"Smith, John\"\nfullname=\"John Smith\"\nfullname=\"john smith\"\n"
	var out strings.Builder
	if err := e.Run(&out, []Input{{Name: "in", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(input)), nil }}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "cme") || strings.Contains(out.String(), "mith") {
		t.Fatalf("a name survives:\n%s", out.String())
	}
	if len(warnings) != 0 {
		t.Errorf("warnings for one identity: %q", warnings)
	}
}
