package anon

import (
	"strings"
	"testing"
)

// TestLeafPath checks what is kept of a leaf's key path: all of a short one, the last
// whole segments of a long one, the end of a key longer than the bound.
func TestLeafPath(t *testing.T) {
	long := strings.Repeat("a.", 100) + "source.ip"
	huge := strings.Repeat("k", 300)
	for _, tt := range []struct{ in, want string }{
		{"source.ip", "source.ip"},
		{long, long[len(long)-maxLeafPath+1:]},
		{huge, huge[:maxLeafPath]},
	} {
		got := string(LeafPath([]byte(tt.in)))
		if got != tt.want || len(got) > maxLeafPath {
			t.Errorf("LeafPath(%d bytes) = %q, want %q", len(tt.in), got, tt.want)
		}
	}
}

// TestSignaturePath checks that detection sees a long path cut at a segment boundary
// within the longest signature, so that a signature at its start still matches.
func TestSignaturePath(t *testing.T) {
	w := &worker{e: &Engine{maxSignature: 17}}
	for _, tt := range []struct{ in, want string }{
		{"winlog.event_data", "winlog.event_data"},
		{"winlog.event_data.SubjectUserName", "winlog.event_data"},
		{"winlog.x.y.z.q.r.s", "winlog.x.y.z.q.r"},
		{strings.Repeat("k", 40) + ".ip", ""},
	} {
		w.path = []byte(tt.in)
		if got := string(w.signaturePath()); got != tt.want {
			t.Errorf("signaturePath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
