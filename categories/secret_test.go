package categories

import (
	"bytes"
	"testing"
)

// classOf is the character class Secrets keeps: lower, upper, digit, or the byte itself.
func classOf(c byte) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return 'a'
	case c >= 'A' && c <= 'Z':
		return 'A'
	case c >= '0' && c <= '9':
		return '0'
	}
	return c
}

func TestSecretsShape(t *testing.T) {
	s := NewSecrets(testNameKeyring(t, false))
	other := NewSecrets(testNameKeyring(t, true))
	for _, tt := range []struct {
		in  string
		hex bool // every letter of the replacement is a hex digit
	}{
		{"Tr0ub4dor&3", false},
		{"{8F3B41E7-420E-4526-887D-C40439FD9A8E}", true},
		{"d41d8cd98f00b204e9800998ecf8427e", true},
		{"Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo", false},
		{"1234567890", false},
	} {
		out := s.Append(nil, []byte(tt.in))
		if len(out) != len(tt.in) {
			t.Fatalf("%q -> %q: length changed", tt.in, out)
		}
		for i := range out {
			if classOf(out[i]) != classOf(tt.in[i]) {
				t.Fatalf("%q -> %q: class changed at %d", tt.in, out, i)
			}
		}
		if tt.hex && !isHexText(out) {
			t.Errorf("%q -> %q: a hex token is no longer hex", tt.in, out)
		}
		if string(out) == tt.in {
			t.Errorf("%q unchanged", tt.in)
		}
		if again := s.Append(nil, []byte(tt.in)); !bytes.Equal(again, out) {
			t.Errorf("%q: not deterministic", tt.in)
		}
		if bytes.Equal(other.Append(nil, []byte(tt.in)), out) {
			t.Errorf("%q: the same under another key", tt.in)
		}
	}
}
