package anon

import "testing"

func TestRefAt(t *testing.T) {
	tests := []struct {
		in   string
		want rune
		n    int
	}{
		{"&quot;x", '"', 6},
		{"&#64;firma", '@', 5},
		{"&#x40;", '@', 6},
		{"&#X119;ba", 'ę', 7},
		{"&eacute;", 'é', 8},
		{"&nbsp;", ' ', 6},
		{"&unknown;", 0, 0},
		{"&#0;", 0, 0},          // no character
		{"&#xD800;", 0, 0},      // a surrogate
		{"& amp;", 0, 0},        // no reference
		{"&amp", 0, 0},          // unterminated
		{`\x22rdupont`, '"', 4}, // nginx's quote
		{`\x5C`, '\\', 4},
		{`\xC3\xA9e`, 'é', 8},
		{`\xE2\x82\xAC`, '€', 12},
		{`\xampp`, 0, 0},         // C:\xampp
		{`\xab`, 0, 0},           // a byte alone, no UTF-8
		{`\x41`, 0, 0},           // a letter needs no escape: taken for text
		{`\xC3`, 0, 0},           // a character cut short
		{`\303\251`, 'é', 8},     // strace's octal
		{"#303#251", 'é', 8},     // rsyslog's
		{"#011Ana", '\t', 4},     // rsyslog's tab
		{"#123", 0, 0},           // a ticket's number
		{"#C3#BCller", 'ü', 6},   // HAProxy's captures
		{"#42", 0, 0},            // a number
		{`\u00e1\u0161`, 'á', 6}, // JSON's, Java's, Python's repr
		{`\u0041`, 0, 0},         // no letter beyond ASCII
		{`\users`, 0, 0},         // a path
		{`\200\...`, 0, 0},       // no UTF-8
	}
	for _, tt := range tests {
		r, n := refAt([]byte(tt.in), 0)
		if r != tt.want || n != tt.n {
			t.Errorf("refAt(%q) = %q, %d; want %q, %d", tt.in, r, n, tt.want, tt.n)
		}
	}
}

func TestAppendReferenced(t *testing.T) {
	tests := []struct {
		pseudonym, orig, want string
	}{
		{"anna.berg@example.pl", "jan.kowalski&#64;firma.pl", "anna.berg&#64;example.pl"},
		{"Zoë Berg", "Jan&nbsp;Zi&#x119;ba", "Zo&#xeb;&nbsp;Berg"},
		{"Zoë Berg", "Jan Zi&#281;ba", "Zo&#235; Berg"},
		{"Zoë Berg", `Ren\xC3\xA9e Dupont`, `Zo\xC3\xAB Berg`},
		{"Zoë Berg", `Ren\xc3\xa9e Dupont`, `Zo\xc3\xab Berg`},
		{"Zoë", "J&amp;J", "Zoë"}, // no letter written as a reference
		{"Zoë Berg", "Ren#303#251e Dupont", "Zo#303#253 Berg"},
		{"Zoë Berg", `Tom\303\241\305\241`, `Zo\303\253 Berg`},
		{"Zoë Berg", "J#C3#BCrgen", "Zo#C3#AB Berg"},
		{"Zoë Bergů", `Tom\u00e1\u0161`, `Zo\u00eb Berg\u016f`},
		{"Zoë", `J\u00F6rg`, `Zo\u00EB`},
	}
	for _, tt := range tests {
		if got := string(appendReferenced(nil, []byte(tt.pseudonym), []byte(tt.orig))); got != tt.want {
			t.Errorf("appendReferenced(%q, %q) = %q; want %q", tt.pseudonym, tt.orig, got, tt.want)
		}
	}
}
