package categories

import (
	"strings"
	"testing"
)

func TestEmailAt(t *testing.T) {
	tests := []struct {
		text string
		want string // the address found, "" for none
	}{
		{"from=<jdoe@corp.example.com>", "jdoe@corp.example.com"},
		{"mail o'brien@firma.ie ok", "o'brien@firma.ie"},
		{"--mail.-jdoe@example.org", "jdoe@example.org"},
		{"to user@localhost", ""},
		{"trailing a@b", ""},
		// Internationalized domains and local parts in Latin, Greek and Cyrillic letters.
		{"from bok@ciepłownia-mazowsze.pl/imap", "bok@ciepłownia-mazowsze.pl"},
		{"von josé.garcía@empresa.es und", "josé.garcía@empresa.es"},
		{"<anna@straße-bau.de>", "anna@straße-bau.de"},
		{"Ωmega@ελληνικά-εταιρεία.gr.", "Ωmega@ελληνικά-εταιρεία.gr"},
		// Japanese around an address is the sentence's: it is not part of the address.
		{"連絡先はtanaka@example.co.jpまで", "tanaka@example.co.jp"},
		{"«jan@firma.pl»", "jan@firma.pl"},
		// A top-level domain is ASCII.
		{"x@firma.ρλ", ""},
	}
	for _, tt := range tests {
		at := strings.IndexByte(tt.text, '@')
		start, end, ok := EmailAt([]byte(tt.text), at)
		got := ""
		if ok {
			got = tt.text[start:end]
		}
		if got != tt.want {
			t.Errorf("EmailAt(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
