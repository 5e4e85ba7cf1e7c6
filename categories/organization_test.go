package categories

import (
	"strings"
	"testing"
)

func TestOrganizationsSuffix(t *testing.T) {
	o := NewOrganizations(testNameKeyring(t, false))
	core := string(o.Append(nil, []byte("Acme")))
	for _, tc := range []struct{ in, want string }{
		{"Acme", core},
		{"Acme Corp", core + " Corp"},
		{"ACME, Inc.", strings.ToUpper(core) + ", Inc."},
		{"acme llc", strings.ToLower(core) + " llc"},
		{"Acme GmbH & Co. KG", core + " GmbH & Co. KG"},
		{"Acme Co., Ltd.", core + " Co., Ltd."},
		{"Acme Pty Ltd", core + " Pty Ltd"},
		{"Acme S.A.", core + " S.A."},
		{"A.C.M.E. BV", strings.ToUpper(core) + " BV"}, // punctuation is not identity
	} {
		if got := string(o.Append(nil, []byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
	if words := strings.Fields(core); len(words) != 3 {
		t.Errorf("Acme -> %q, want brand, qualifier and noun", core)
	}
	if other := string(NewOrganizations(testNameKeyring(t, true)).Append(nil, []byte("Acme"))); other == core {
		t.Errorf("Acme -> %q under two keys", core)
	}
	if bits := OrganizationSpaceBits(); bits < minNameBits {
		t.Errorf("space 2^%.2f, want 2^40 or more", bits)
	}
	if got := string(o.Append(nil, []byte("Corp"))); got == "Corp" || len(strings.Fields(got)) != 3 {
		t.Errorf("Corp alone -> %q, want a pseudonym", got)
	}
	for _, in := range []string{"", " ", "Inc.", ", Ltd", "\xff"} {
		_ = o.Append(nil, []byte(in))
	}
}

func BenchmarkOrganizationsAppend(b *testing.B) {
	o := NewOrganizations(testNameKeyring(b, false))
	name := []byte("Acme Widgets, Inc.")
	dst := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		dst = o.Append(dst[:0], name)
	}
}
