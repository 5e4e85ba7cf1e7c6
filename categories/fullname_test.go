package categories

import (
	"fmt"
	"strings"
	"testing"
)

func TestFullnamesLayout(t *testing.T) {
	f := NewFullnames(testNameKeyring(t, false))
	given, surname := func() (string, string) {
		out := strings.Fields(string(f.Append(nil, []byte("John Smith"))))
		return out[0], out[1]
	}()
	for _, tc := range []struct{ in, want string }{
		{"John Smith", given + " " + surname},
		{"Smith, John", surname + ", " + given},
		{"JOHN SMITH", strings.ToUpper(given + " " + surname)},
		{"john smith", strings.ToLower(given + " " + surname)},
		{"john  SMITH", given + "  " + surname}, // mixed case: Capitalized
	} {
		if got := string(f.Append(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, skel string }{
		{"John A. Smith", "a a. a"},
		{"Mary-Jane O'Brien", "a-a a'a"},
		{"Smith", "a"},
		{"Smith, John A.", "a, a a."},
		{"Ann\tLee", "a\ta"},
		{"李 娜", "a a"},           // a script without case: words of the list's letters
		{"فاطمة الزهراء", "a a"}, // and Capitalized, as a name is usually written
	} {
		out := string(f.Append(nil, []byte(tc.in)))
		if got := skeleton(out); got != tc.skel {
			t.Errorf("%q -> %q: shape %q, want %q", tc.in, out, got, tc.skel)
		}
	}
	// Initials stay one letter; given names come from the list.
	out := strings.Fields(string(f.Append(nil, []byte("John A. Smith"))))
	if len(out[1]) != 2 || out[1][1] != '.' {
		t.Errorf("John A. Smith -> %q: the initial is not an initial", out)
	}
	if !inList(wordTablesGet().given, strings.ToLower(out[0])) {
		t.Errorf("John A. Smith -> %q: %q is not a listed given name", out, out[0])
	}
}

func inList(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestFullnamesKeyed(t *testing.T) {
	a := string(NewFullnames(testNameKeyring(t, false)).Append(nil, []byte("John Smith")))
	b := string(NewFullnames(testNameKeyring(t, false)).Append(nil, []byte("John Smith")))
	c := string(NewFullnames(testNameKeyring(t, true)).Append(nil, []byte("John Smith")))
	if a != b {
		t.Errorf("%q then %q under one key", a, b)
	}
	if a == c {
		t.Errorf("%q under two keys", a)
	}
}

func TestFullnamesSpace(t *testing.T) {
	if bits := FullnameSpaceBits(); bits < minNameBits {
		t.Errorf("two-word names: space 2^%.2f, want 2^40 or more", bits)
	}
	f := NewFullnames(testNameKeyring(t, false))
	seen := make(map[string]string, 100000)
	for i := range 100000 {
		in := fmt.Sprintf("Person%d Surname%d", i, i%97)
		out := string(f.Append(nil, []byte(in)))
		if prev, dup := seen[out]; dup {
			t.Fatalf("%q and %q both -> %q", prev, in, out)
		}
		seen[out] = in
	}
}

func TestFullnamesOddInput(t *testing.T) {
	f := NewFullnames(testNameKeyring(t, false))
	for _, in := range []string{"", " ", ",", ", ,", "A", "A.", "\xff", strings.Repeat("Word ", 40), "Smith,"} {
		out := f.Append(nil, []byte(in))
		if strings.Trim(in, " ,") == "" && string(out) != in {
			t.Errorf("%q -> %q: separators only must stay", in, out)
		}
	}
}

func BenchmarkFullnamesAppend(b *testing.B) {
	f := NewFullnames(testNameKeyring(b, false))
	name := []byte("Smith, John A.")
	dst := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		dst = f.Append(dst[:0], name)
	}
}
