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

// TestBinarySID checks SQL Server's hexadecimal SIDs: found only for domain SIDs, mapped
// as their text form is, in their letters' case.
func TestBinarySID(t *testing.T) {
	m := NewSIDs(fixedKeyring(7))
	for _, tc := range []struct {
		in   string
		text string // "" when not a domain SID of this form
	}{
		{"0x0105000000000005150000004A7E2B1F9C3D8E1A5F6B2C7D51040000", "S-1-5-21-522944074-445529500-2100063071-1105"},
		{"0x0105000000000005150000004a7e2b1f9c3d8e1a5f6b2c7df4010000", "S-1-5-21-522944074-445529500-2100063071-500"},
		{"0x01040000000000051500000001000000020000000300000000", ""}, // runs on: a hex digit follows
		{"0x01020000000000052000000020020000", ""},                   // S-1-5-32-544, well-known
		{"0x010500000000000515000000", ""},                           // too short for its count
		{"0x4C1D9E0A77B34F62A91C05D3E8F2B6A4", ""},                   // a SQL login's GUID-like sid
	} {
		v := []byte(tc.in)
		n := BinarySIDLen(v)
		if tc.text == "" {
			if n == len(v) {
				t.Errorf("BinarySIDLen(%s) = %d, want no SID", tc.in, n)
			}
			continue
		}
		if n != len(v) {
			t.Fatalf("BinarySIDLen(%s) = %d, want %d", tc.in, n, len(v))
		}
		if got := string(binarySIDText(nil, v)); got != tc.text {
			t.Errorf("binarySIDText(%s) = %s, want %s", tc.in, got, tc.text)
		}
		out := m.AppendBinarySID(nil, v)
		if want := m.Append(nil, []byte(tc.text)); string(binarySIDText(nil, out)) != string(want) {
			t.Errorf("%s -> %s (%s), want the text form's pseudonym %s", tc.in, out, binarySIDText(nil, out), want)
		}
		if back := m.UnmapBinarySID(nil, out); string(back) != tc.in {
			t.Errorf("UnmapBinarySID(%s) = %s, want %s", out, back, tc.in)
		}
		if len(out) != len(v) || strings.ToUpper(tc.in) == tc.in && strings.ToUpper(string(out)) != string(out) ||
			strings.ToLower(tc.in[2:]) == tc.in[2:] && strings.ToLower(string(out)) != string(out) {
			t.Errorf("%s -> %s: length or case changed", tc.in, out)
		}
	}
}
