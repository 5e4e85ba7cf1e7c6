package categories

import (
	"fmt"
	"strings"
	"testing"
)

// TestSIDShape checks domain SID pseudonyms: the domain part changes, each RID keeps its
// number of digits (from 1000 up, below 2^32), RIDs below 1000 stay, RIDs of one domain
// never collide, the same RID in two domains maps apart, and Unmap inverts Append.
func TestSIDShape(t *testing.T) {
	m := NewSIDs(testNameKeyring(t, false))
	const domain = "S-1-5-21-1004336348-1177238915-682003330-"
	for _, tc := range []struct {
		rid  string
		kept bool
	}{
		{"500", true}, {"999", true}, {"1000", false}, {"1104", false}, {"9999", false},
		{"10000", false}, {"123456", false}, {"999999999", false}, {"1000000000", false},
		{"4294967295", false}, {"4294967296", true},
	} {
		in := domain + tc.rid
		out := string(m.Append(nil, []byte(in)))
		parts := strings.Split(out, "-")
		rid := parts[len(parts)-1]
		if strings.HasPrefix(out, domain) {
			t.Errorf("%s -> %s: domain kept", in, out)
		}
		if len(rid) != len(tc.rid) {
			t.Errorf("%s -> %s: RID %s, want %d digits", in, out, rid, len(tc.rid))
		}
		if tc.kept && rid != tc.rid {
			t.Errorf("%s -> %s: RID %s should stay", in, out, tc.rid)
		}
		var v uint64
		fmt.Sscan(rid, &v)
		if !tc.kept && (v < 1000 || v > 0xffffffff) {
			t.Errorf("%s -> %s: RID out of [1000, 2^32)", in, out)
		}
		if back := string(m.Unmap(nil, []byte(out))); back != in {
			t.Errorf("Unmap(%s) = %s, want %s", out, back, in)
		}
	}

	seen := map[string]string{}
	for rid := 1000; rid < 3000; rid++ {
		in := fmt.Sprintf("%s%d", domain, rid)
		out := string(m.Append(nil, []byte(in)))
		if prev, ok := seen[out]; ok {
			t.Fatalf("%s and %s both map to %s", prev, in, out)
		}
		seen[out] = in
	}

	a := m.Append(nil, []byte("S-1-5-21-1-2-3-1104"))
	b := m.Append(nil, []byte("S-1-5-21-1-2-4-1104"))
	ridA, ridB := a[strings.LastIndexByte(string(a), '-'):], b[strings.LastIndexByte(string(b), '-'):]
	if string(ridA) == string(ridB) {
		t.Errorf("RID 1104 maps to %s in two domains", ridA)
	}
}
