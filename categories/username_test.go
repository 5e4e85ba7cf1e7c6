package categories

import (
	"fmt"
	"strings"
	"testing"
)

// skeleton replaces letters with a, digits with 9 and keeps every other byte: the shape a
// pseudonym must keep, apart from the letter runs' lengths and digits added at the end.
func skeleton(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isNameLetter(c):
			if i == 0 || !isNameLetter(s[i-1]) {
				b.WriteByte('a')
			}
		case isNameDigit(c):
			b.WriteByte('9')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func TestUsernamesShape(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	for _, in := range []string{
		"jdoe", "mkeller", "johnsmith", "john.smith", "john_smith", "j-smith", "j.r.smith",
		"admin01", "svc_backup_2", "a", "x1", "first.middle.last", "user@x", "jürgen.müller",
	} {
		out := string(u.Append(nil, []byte(in)))
		// Same separators in the same order; letters where letters were; the digit runs
		// keep their length, and digits may follow at the end.
		sin, sout := skeleton(in), skeleton(out)
		if !strings.HasPrefix(sout, sin) || strings.Trim(sout[len(sin):], "9") != "" {
			t.Errorf("%q -> %q: shape %q, want %q plus digits", in, out, sout, sin)
		}
		for i := 0; i < len(out); i++ {
			if out[i] >= 0x80 {
				t.Errorf("%q -> %q: non-ASCII output", in, out)
				break
			}
		}
		if out == in {
			t.Errorf("%q unchanged", in)
		}
	}
}

func TestUsernamesDeterministicAndKeyed(t *testing.T) {
	u1 := NewUsernames(testNameKeyring(t, false))
	u2 := NewUsernames(testNameKeyring(t, false))
	other := NewUsernames(testNameKeyring(t, true))
	same := 0
	for _, in := range []string{"jdoe", "john.smith", "admin01", "1001", "svc_sql"} {
		a, b := string(u1.Append(nil, []byte(in))), string(u2.Append(nil, []byte(in)))
		if a != b {
			t.Errorf("%q: %q then %q under the same key", in, a, b)
		}
		if c := string(u1.Append(nil, []byte(in))); c != a {
			t.Errorf("%q: %q then %q from one Usernames", in, a, c)
		}
		if string(other.Append(nil, []byte(in))) == a {
			same++
		}
	}
	if same > 1 {
		t.Errorf("%d of 5 pseudonyms equal under another key", same)
	}
}

func TestUsernamesCase(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	base := string(u.Append(nil, []byte("john.smith")))
	for _, tc := range []struct{ in, want string }{
		{"john.smith", base},
		{"JOHN.SMITH", strings.ToUpper(base)},
		{"John.Smith", titleRuns(base)},
		{"JOHN.smith", base},
		{"jOhN.sMiTh", base},
	} {
		if got := string(u.Append(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	// Identity is case-insensitive: jdoe, JDOE and JDoe are one person.
	a := string(u.Append(nil, []byte("jdoe")))
	for _, in := range []string{"JDOE", "JDoe", "Jdoe"} {
		if got := strings.ToLower(string(u.Append(nil, []byte(in)))); got != a {
			t.Errorf("%q -> %q, want %q in some case", in, got, a)
		}
	}
}

func titleRuns(s string) string {
	b := []byte(s)
	applyCase(b, caseTitle)
	return string(b)
}

func TestUsernamesDigits(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	// All-digit names of one length map one to one onto names of that length.
	for _, tc := range []struct {
		n       int
		leading bool
	}{{1, false}, {2, false}, {3, false}, {3, true}, {4, false}} {
		seen := map[string]string{}
		lo, hi := pow10(tc.n-1), pow10(tc.n)
		if tc.n == 1 {
			lo = 1
		}
		if tc.leading {
			lo, hi = 0, pow10(tc.n-1)
		}
		for x := lo; x < hi; x++ {
			in := fmt.Sprintf("%0*d", tc.n, x)
			out := string(u.Append(nil, []byte(in)))
			if len(out) != len(in) || strings.Trim(out, "0123456789") != "" {
				t.Fatalf("%q -> %q: not %d digits", in, out, tc.n)
			}
			if (in[0] == '0') != (out[0] == '0') {
				t.Fatalf("%q -> %q: leading zero changed", in, out)
			}
			if prev, dup := seen[out]; dup {
				t.Fatalf("%q and %q both -> %q", prev, in, out)
			}
			seen[out] = in
		}
	}
	if got := string(u.Append(nil, []byte("0"))); got != "0" {
		t.Errorf("0 -> %q", got)
	}
	long := "12345678901234567890123"
	if out := string(u.Append(nil, []byte(long))); len(out) != len(long) || out == long {
		t.Errorf("%q -> %q", long, out)
	}
}

// TestUsernamesSpace checks that every shape a username pseudonym is produced in has a
// space of 2^40 or more, computed from the list sizes.
func TestUsernamesSpace(t *testing.T) {
	for _, in := range []string{
		"a", "jdoe", "mkeller", "johnsmith", "john.smith", "j.smith", "john.s", "j.s", "j.r.smith",
		"admin01", "x1", "svc_backup_2", "a-b-c-d", "jdoe9", "user_", "_x",
	} {
		bits := UsernameSpaceBits([]byte(in))
		if bits < minNameBits {
			t.Errorf("%q: space 2^%.1f, want 2^40 or more", in, bits)
		}
		// The space must match the output: extra digits are the only growth.
		t.Logf("%-14s 2^%.1f", in, bits)
	}
	// All-digit names: the numbers of that length.
	if got := UsernameSpaceBits([]byte("1001")); got > 13.2 || got < 13.1 {
		t.Errorf("1001: 2^%.2f, want log2(9000)", got)
	}
}

func TestUsernamesNoCollisions(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	seen := make(map[string]string, 100000)
	shapes := []string{"u%d", "user.n%d", "%dx", "a%db"}
	for i := range 100000 {
		in := fmt.Sprintf(shapes[i%len(shapes)], i)
		in = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return 'a' + (r - '0')
			}
			return r
		}, in) // letters only: digits would give digits, tested elsewhere
		out := string(u.Append(nil, []byte(in)))
		if prev, dup := seen[out]; dup && prev != in {
			t.Fatalf("%q and %q both -> %q", prev, in, out)
		}
		seen[out] = in
	}
	if len(seen) != 100000 {
		t.Errorf("%d distinct pseudonyms of 100000 usernames", len(seen))
	}
}

func TestUsernamesOddInput(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	for _, in := range []string{"", "-", "$", ".", "...", "\xff\xfe", "a\x00b", strings.Repeat("ab.", 200), "root"} {
		_ = u.Append(nil, []byte(in))
	}
	if got := u.Append([]byte("x"), nil); string(got) != "x" {
		t.Errorf("empty name appended %q", got[1:])
	}
}

func BenchmarkUsernamesAppend(b *testing.B) {
	u := NewUsernames(testNameKeyring(b, false))
	names := [][]byte{[]byte("jdoe"), []byte("john.smith"), []byte("svc_backup_2"), []byte("1001")}
	dst := make([]byte, 0, 256)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dst = u.Append(dst[:0], names[i%len(names)])
		i++
	}
}

func TestUsernamesHexID(t *testing.T) {
	u := NewUsernames(testNameKeyring(t, false))
	for _, tc := range []struct{ in, shape string }{
		{"5f2c1a3b-1111-2222-3333-444455556666", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"},
		{"{5F2C1A3B-1111-2222-3333-444455556666}", "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}"},
		{"65f1c0ffee0123456789abcd", "xxxxxxxxxxxxxxxxxxxxxxxx"}, // a MongoDB ObjectId
	} {
		out := u.Append(nil, []byte(tc.in))
		if string(out) == tc.in || len(out) != len(tc.shape) {
			t.Fatalf("%q -> %q", tc.in, out)
		}
		for i, c := range out {
			hex := c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
			if tc.shape[i] == 'X' {
				hex = c >= '0' && c <= '9' || c >= 'A' && c <= 'F'
			}
			if tc.shape[i] == 'x' || tc.shape[i] == 'X' {
				if !hex {
					t.Errorf("%q -> %q: byte %d is %q, not a hex digit of the input's case", tc.in, out, i, c)
				}
			} else if c != tc.shape[i] {
				t.Errorf("%q -> %q: byte %d is %q, want %q", tc.in, out, i, c, tc.shape[i])
			}
		}
	}
	// A GUID is one identity whatever its case, as other account names are.
	lower, upper := u.Append(nil, []byte("5f2c1a3b-1111-2222-3333-444455556666")), u.Append(nil, []byte("5F2C1A3B-1111-2222-3333-444455556666"))
	if !strings.EqualFold(string(lower), string(upper)) {
		t.Errorf("%q and %q differ in more than case", lower, upper)
	}
}

func TestIsHexID(t *testing.T) {
	for v, want := range map[string]bool{
		"5f2c1a3b-1111-2222-3333-444455556666":   true,
		"{5f2c1a3b-1111-2222-3333-444455556666}": true,
		"65f1c0ffee0123456789abcd":               true,
		"deadbeefdeadbeefdeadbeef":               false, // no digit: could be a word
		"5f2c1a3b11":                             false, // too short
		"5f2c1a3b--11112222333344445555":         false,
		"-5f2c1a3b111122223333444455556666":      false,
		"5f2c1a3b-1111-2222-3333-44445555666g":   false,
		"john.smith":                             false,
	} {
		if got := isHexID([]byte(v)); got != want {
			t.Errorf("isHexID(%q) = %v, want %v", v, got, want)
		}
	}
}
