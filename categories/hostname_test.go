package categories

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// validDNSLabel reports whether s is a letter-digit-hyphen label of 1 to 63 bytes that
// neither starts nor ends with a hyphen.
func validDNSLabel(s string) bool {
	if len(s) == 0 || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func TestHostnamesLabelShape(t *testing.T) {
	h := NewHostnames(testNameKeyring(t, false))
	for _, tc := range []struct{ in, skel string }{
		{"WKS-042", "a-999"}, {"mail", "a"}, {"dc01", "a99"}, {"fileserver2", "a9"},
		{"ny-fw-01", "a-a-99"}, {"www", "a"}, {"x", "a"}, {"42", "99"}, {"srv_db", "a_a"},
		{strings.Repeat("a", 63), "a"},
	} {
		out := string(h.AppendLabel(nil, []byte(tc.in)))
		if got := skeleton(out); got != tc.skel {
			t.Errorf("%q -> %q: shape %q, want %q", tc.in, out, got, tc.skel)
		}
		if validDNSLabel(tc.in) && !validDNSLabel(out) {
			t.Errorf("%q -> %q: not a valid DNS label", tc.in, out)
		}
		if len(tc.in) < labelMinExtend && len(out) != len(tc.in) {
			t.Errorf("%q -> %q: a short label must keep its length", tc.in, out)
		}
		if out == tc.in && tc.in != "42" {
			t.Errorf("%q unchanged", tc.in)
		}
	}
}

func TestHostnamesCaseAndIdentity(t *testing.T) {
	h := NewHostnames(testNameKeyring(t, false))
	base := string(h.AppendLabel(nil, []byte("wks-042")))
	for _, tc := range []struct{ in, want string }{
		{"wks-042", base},
		{"WKS-042", strings.ToUpper(base)},
		{"Wks-042", titleRuns(base)},
		{"wKs-042", base},
	} {
		if got := string(h.AppendLabel(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	other := NewHostnames(testNameKeyring(t, true))
	if string(other.AppendLabel(nil, []byte("wks-042"))) == base {
		t.Errorf("wks-042 maps the same way under another key")
	}
	if string(NewHostnames(testNameKeyring(t, false)).AppendLabel(nil, []byte("wks-042"))) != base {
		t.Errorf("not deterministic")
	}
}

func TestHostnamesNamePublicSuffix(t *testing.T) {
	h := NewHostnames(testNameKeyring(t, false))
	label := func(s string) string { return string(h.AppendLabel(nil, []byte(s))) }
	for _, tc := range []struct{ in, want string }{
		{"corp.example.co.uk", label("corp") + "." + label("example") + ".co.uk"},
		{"CORP.EXAMPLE.CO.UK", strings.ToUpper(label("corp")+"."+label("example")) + ".CO.UK"},
		{"wks-042.corp.local", label("wks-042") + "." + label("corp") + ".local"},
		{"wks-042.corp.local.", label("wks-042") + "." + label("corp") + ".local."},
		{"WKS-042", strings.ToUpper(label("wks-042"))},
		{"wks-042.", label("wks-042") + "."},
		{"host.lan", label("host") + ".lan"},
		{"db1.internal", label("db1") + ".internal"},
		{"mail.example.com", label("mail") + "." + label("example") + ".com"},
		{"a..b.com", label("a") + ".." + label("b") + ".com"},
		{"co.uk", "co.uk"},
		{"com", label("com")}, // one label: a short host name
		{"", ""},
	} {
		if got := string(h.AppendName(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHostnamesLabelSpace(t *testing.T) {
	for _, in := range []string{"mail", "dc01", "wks-042", "ny-fw-01", "a-b1", "fileserver", "x-1-y", "ab12", "srv-web-prod-01"} {
		if bits := LabelSpaceBits([]byte(in)); bits < minNameBits {
			t.Errorf("%q: space 2^%.1f, want 2^40 or more", in, bits)
		}
	}
	// Short labels keep their length and shape; their space is all labels of that shape.
	for _, tc := range []struct {
		in   string
		bits float64
	}{{"www", math.Log2(26 * 26 * 26)}, {"dc", math.Log2(26 * 26)}, {"s01", math.Log2(26 * 10)}, {"x-9", math.Log2(26 * 9)}} {
		if got := LabelSpaceBits([]byte(tc.in)); got != tc.bits {
			t.Errorf("%q: 2^%.2f, want 2^%.2f", tc.in, got, tc.bits)
		}
	}
}

func TestHostnamesNoCollisions(t *testing.T) {
	h := NewHostnames(testNameKeyring(t, false))
	seen := make(map[string]string, 100000)
	for i := range 100000 {
		in := fmt.Sprintf("wks-%05d", i)
		out := string(h.AppendLabel(nil, []byte(in)))
		if prev, dup := seen[out]; dup {
			t.Fatalf("%q and %q both -> %q", prev, in, out)
		}
		seen[out] = in
	}
}

func FuzzHostnamesLabel(f *testing.F) {
	for _, s := range []string{"WKS-042", "mail", "a", "xn--bcher-kva", "srv_db", "a-b", strings.Repeat("z9-", 21) + "z", "\xff", "wks-042.corp.local."} {
		f.Add(s)
	}
	h := NewHostnames(testNameKeyring(f, false))
	h2 := NewHostnames(testNameKeyring(f, false))
	f.Fuzz(func(t *testing.T, in string) {
		out := string(h.AppendLabel(nil, []byte(in)))
		if validDNSLabel(in) && !validDNSLabel(out) {
			t.Errorf("%q -> %q: not a valid DNS label", in, out)
		}
		if again := string(h2.AppendLabel(nil, []byte(in))); again != out {
			t.Errorf("%q -> %q then %q", in, out, again)
		}
		name := string(h.AppendName(nil, []byte(in)))
		if strings.Count(name, ".") != strings.Count(in, ".") {
			t.Errorf("%q -> %q: dots changed", in, name)
		}
	})
}

func BenchmarkHostnamesAppendName(b *testing.B) {
	h := NewHostnames(testNameKeyring(b, false))
	names := [][]byte{[]byte("WKS-042"), []byte("wks-042.corp.local"), []byte("intranet.corp.example.co.uk")}
	dst := make([]byte, 0, 256)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dst = h.AppendName(dst[:0], names[i%len(names)])
		i++
	}
}

// TestHostnamesShortLabelsPermuted checks that every label of 1 to 3 bytes of a shape gets
// a distinct pseudonym of the same shape: no two short labels share one.
func TestHostnamesShortLabelsPermuted(t *testing.T) {
	h := NewHostnames(testNameKeyring(t, false))
	const letters, digits = "abcdefghijklmnopqrstuvwxyz", "0123456789"
	var labels []string
	for _, a := range letters {
		labels = append(labels, string(a))
		for _, b := range letters + digits + "-" {
			labels = append(labels, string(a)+string(b))
			for _, c := range letters + digits {
				labels = append(labels, string(a)+string(b)+string(c))
			}
		}
	}
	for _, d := range digits {
		labels = append(labels, "x"+string(d)+"1", string(d)+"ab")
	}
	seen := map[string]string{}
	unchanged := 0
	for _, in := range labels {
		out := string(h.AppendLabel(nil, []byte(in)))
		if prev, dup := seen[out]; dup && prev != in {
			t.Fatalf("%q and %q both -> %q", prev, in, out)
		}
		seen[out] = in
		if skeleton(out) != skeleton(in) || len(out) != len(in) {
			t.Errorf("%q -> %q: shape changed", in, out)
		}
		if (in[0] == '0') != (out[0] == '0') || len(in) > 1 && in[0] >= 'a' && (in[1] == '0') != (out[1] == '0') {
			t.Errorf("%q -> %q: a leading zero was added or removed", in, out)
		}
		if in == out {
			unchanged++
		}
		if upper := string(h.AppendLabel(nil, []byte(strings.ToUpper(in)))); upper != strings.ToUpper(out) {
			t.Errorf("%q -> %q, but %q -> %q", in, out, strings.ToUpper(in), upper)
		}
	}
	// A random permutation leaves about one label of each shape in place.
	if unchanged > len(labels)/100 {
		t.Errorf("%d of %d short labels map to themselves", unchanged, len(labels))
	}
}
