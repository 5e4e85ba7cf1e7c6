package categories

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// testNationalIDs are published example numbers (or ones whose check is worked by hand in
// the comment), each with the format that must claim it.
var testNationalIDs = []struct{ id, scheme string }{
	{"RSSMRA85T10A562S", "codice fiscale (IT)"}, // Agenzia delle Entrate's Mario Rossi
	{"12345678Z", "DNI (ES)"},                   // 12345678 mod 23 = 14: Z
	{"12345678-Z", "DNI (ES)"},
	{"X1234567L", "NIE (ES)"}, // 01234567 mod 23 = 19: L
	{"131052-308T", "henkilötunnus (FI)"},
	{"811218-9876", "personnummer (SE)"},
	{"7103192745", "rodné číslo (CZ, SK)"}, // 7103192745 = 11 × 645744795
	{"710319/2745", "rodné číslo (CZ, SK)"},
	{"756.9217.0769.85", "AHV/AVS (CH)"},
	{"65170839J003", "Sozialversicherungsnummer (DE)"}, // J = 10; weighted digit sums 43
	{"943 476 5919", "NHS number (UK)"},
	{"44051401359", "PESEL (PL)"},
	{"37605030299", "isikukood (EE)"},
	{"1237010180", "SVNR (AT)"}, // 3+14+27+0+8+0+2+8+0 = 62, mod 11 = 7
	{"111222333", "BSN (NL)"},
	{"123456789", "NIF (PT)"}, // a BSN too? 9+16+21+24+25+24+21+16 = 156: not 11-proof with 9
	{"1234567T", "PPSN (IE)"},
	{"123-45-6789", "SSN (US)"},
	{"AB 12 34 56 C", "NINO (UK)"},
	{"AB123456C", "NINO (UK)"},
	{"010190-1235", "CPR (DK)"},
	{"37.550.291-P", "DNI (ES)"},
	{"594-1614080-39", "eID card (BE)"},          // 5941614080 mod 97 = 39
	{"MORGA657054SM9IJ", "driving licence (UK)"}, // DVLA's example
	{"CHAUD954172P99WA", "driving licence (UK)"},
	{"10000000146", "T.C. Kimlik No (TR)"},       // (1+0+0+0+1)×7−0 = 14: 4; 1+4+1 = 6
	{"111.444.777-35", "CPF (BR)"},               // Receita Federal's example: 162×10 mod 11 = 3; 204×10 mod 11 = 5
	{"5527 2756 0132", "título de eleitor (BR)"}, // 5·2+5·3+2·4+7·5+2·6+7·7+5·8+6·9 = 223, mod 11 = 3; 0·7+1·8+3·9 = 35, mod 11 = 2
	{"552727560132", "título de eleitor (BR)"},
	{"784-1969-5005171-2", "Emirates ID (AE)"}, // Luhn over 78419695005171: 2
	{"2341 2341 2346", "Aadhaar (IN)"},         // the Verhoeff check digit of 23412341234 is 6
	{"S1234567D", "NRIC/FIN (SG)"},             // 2+14+18+20+20+18+14 = 106, mod 11 = 7: D
	{"T1234567J", "NRIC/FIN (SG)"},             // 106+4 = 110, mod 11 = 0: J
}

// TestNationalIDLayoutsFit: every layout's payload fits the permutation (appendMapped
// would panic otherwise).
func TestNationalIDLayoutsFit(t *testing.T) {
	for si := range idSchemes {
		s := &idSchemes[si]
		for _, l := range s.layouts {
			size := 1.0
			for i := range len(l) {
				if l[i] != '#' && l[i] != '~' {
					if set := s.idClass(l[i]); set != "" {
						size *= float64(len(set))
					}
				}
			}
			if size > 1<<62 {
				t.Errorf("%s %q: %.3g payload values, more than 2^62", s.name, l, size)
			}
		}
	}
}

func schemeOf(v string) string {
	s, _ := identifyID([]byte(v))
	if s < 0 {
		return ""
	}
	return idSchemes[s].name
}

func TestNationalIDFormats(t *testing.T) {
	for _, c := range testNationalIDs {
		if got := schemeOf(c.id); got != c.scheme {
			t.Errorf("%s: claimed by %q, want %q", c.id, got, c.scheme)
		}
	}
	// One character changed: the check fails, or (a format without one) a field does; a bare
	// run of digits may pass another format's check (44051401358 is a valid CPF).
	for _, bad := range []string{
		"RSSMRA85T10A562T", "12345678A", "X1234567A", "131052-308A", "811218-9875",
		"7103192746", "756.9217.0769.86", "65170839J004", "44051401358",
		"000-12-3456", "666-12-3456", "900-12-3456", "123-00-6789", "123-45-0000",
		"QQ123456C", "GB123456A", "AB123456E", "320190-1235", "RSSMRA85T10A562",
		"111.444.777-36", "111.111.111-11",
	} {
		if got := schemeOf(bad); got != "" && !strings.Contains(got, "BSN") && !strings.Contains(got, "NIF") && !strings.Contains(got, "CPF") {
			t.Errorf("%s: claimed by %q, want no format", bad, got)
		}
	}
}

func TestNationalIDAt(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int // 0: not found
	}{
		{"RSSMRA85T10A562S,", 16},
		{"12345678Z ok", 9},
		{"131052-308T)", 11},
		{"123-45-6789", 11},
		{"AB 12 34 56 C.", 13},
		{"756.9217.0769.85 x", 16},
		{"CPF 111.444.777-35.", 0},
		{"111.444.777-35.", 14},
		{"111.444.777-35-1", 0},
		{"1 85 05 78 006 084 36", 0}, // the NIR's key is not 36
		{"12345678Za", 0},            // runs on into a letter
		{"123-45-6789-1", 0},         // into another group
		{"123-45-67890", 0},
		{"44051401359", 0}, // a bare PESEL is a number like any other
		{"111222333", 0},   // so is a BSN
		{"010190-1235", 0}, // and a CPR number
		{"1234567T", 0},    // and a PPSN
		{"12345678", 0},    // too short
		{"AB 12 34 56 C was", 13},
		{"AB 12 34 56 C 7", 0},    // grouped, and a group follows
		{"RSSNTN61M14H501Z.", 16}, // a codice fiscale with a wrong check letter: still one
		{"RSSNTN61M94H501Z", 0},   // but not with a day no one is born on
		{"12345678A", 0},          // a DNI's wrong letter is a number like any other
	} {
		n, ok := NationalIDAt([]byte(c.text))
		if !ok {
			n = 0
		}
		if n != c.n {
			t.Errorf("NationalIDAt(%q) = %d, want %d", c.text, n, c.n)
		}
	}
}

// randomValidID makes a valid number of a scheme and layout from random payload
// characters, or "" when the draw fails its fields.
func randomValidID(r *rand.Rand, si, li int) string {
	s := &idSchemes[si]
	layout := s.layouts[li]
	v := []byte(layout)
	for i := range len(layout) {
		switch set := s.idClass(layout[i]); {
		case layout[i] == '~':
			v[i] = set[r.IntN(len(set))]
		case set != "":
			v[i] = set[r.IntN(len(set))]
		}
	}
	if s.valid != nil && !s.valid(v) || s.fill != nil && !s.fill(v, layout) {
		return ""
	}
	if a, b := identifyID(v); a != si || b != li {
		return ""
	}
	return string(v)
}

// TestNationalIDPseudonyms maps random valid numbers of every format and layout: each
// pseudonym is a valid number of the same format and layout, differs from its original
// (but for chance), never meets another's, and Unmap takes it back.
func TestNationalIDPseudonyms(t *testing.T) {
	m := NewNationalIDs(fixedKeyring(1))
	r := rand.New(rand.NewPCG(1, 2))
	for si := range idSchemes {
		for li := range idSchemes[si].layouts {
			seen := map[string]string{}
			same := 0
			for made := 0; made < 300; {
				id := randomValidID(r, si, li)
				if id == "" {
					continue
				}
				made++
				p := string(m.Append(nil, []byte(id)))
				if a, b := identifyID([]byte(p)); a != si || b != li {
					t.Fatalf("%s %s -> %s: claimed by %d/%d", idSchemes[si].name, id, p, a, b)
				}
				if o, dup := seen[p]; dup && o != id {
					t.Fatalf("%s and %s share %s", o, id, p)
				}
				seen[p] = id
				if p == id {
					same++
				}
				if back := string(m.Unmap(nil, []byte(p))); back != id {
					t.Fatalf("%s -> %s -> %s", id, p, back)
				}
			}
			if same > 3 {
				t.Errorf("%s %q: %d of 300 pseudonyms equal their original", idSchemes[si].name, idSchemes[si].layouts[li], same)
			}
		}
	}
}

func TestNationalIDKeyed(t *testing.T) {
	a, b := NewNationalIDs(fixedKeyring(1)), NewNationalIDs(fixedKeyring(2))
	for _, c := range testNationalIDs {
		pa, pb := string(a.Append(nil, []byte(c.id))), string(b.Append(nil, []byte(c.id)))
		if pa == pb && pa != c.id {
			t.Errorf("%s: the same pseudonym %s under two keys", c.id, pa)
		}
		if again := string(a.Append(nil, []byte(c.id))); again != pa {
			t.Errorf("%s: %s then %s under one key", c.id, pa, again)
		}
	}
}

// TestNationalIDGeneric: a value of no known format keeps the class of every character
// and comes back with Unmap; values longer than one permutation holds too.
func TestNationalIDGeneric(t *testing.T) {
	m := NewNationalIDs(fixedKeyring(3))
	for _, v := range []string{"QQ123456C", "AB-12cd/77", "P1234567", "X", "12-34",
		"123456789012345678901234567890", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklm", "ü-12"} {
		p := m.Append(nil, []byte(v))
		if len(p) != len(v) {
			t.Fatalf("%s -> %s: length changed", v, p)
		}
		for i := range len(v) {
			if class(v[i]) != class(p[i]) {
				t.Fatalf("%s -> %s: byte %d changed class", v, p, i)
			}
		}
		if ParseNationalID(p) {
			t.Errorf("%s -> %s: a known format", v, p)
		}
		if back := string(m.Unmap(nil, p)); back != v {
			t.Errorf("%s -> %s -> %s", v, p, back)
		}
	}
}

func class(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return '9'
	case c >= 'A' && c <= 'Z':
		return 'A'
	case c >= 'a' && c <= 'z':
		return 'a'
	}
	return c
}

// anyCheckShape reports a value of a scheme found in text whatever its check character
// (a codice fiscale with a wrong check letter), which ParseNationalID refuses.
func anyCheckShape(v []byte) bool {
	for si := range idSchemes {
		s := &idSchemes[si]
		for _, l := range s.layouts {
			if s.anyCheck && s.matches(v, l, true) {
				return true
			}
		}
	}
	return false
}

func FuzzNationalID(f *testing.F) {
	for _, c := range testNationalIDs {
		f.Add(c.id)
	}
	f.Add("1 85 05 78 006 084 36 and more")
	m := NewNationalIDs(fixedKeyring(4))
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := NationalIDAt([]byte(s)); ok && !ParseNationalID([]byte(s[:n])) && !anyCheckShape([]byte(s[:n])) {
			t.Fatalf("NationalIDAt(%q) = %d, which ParseNationalID refuses and no scheme takes whatever its check", s, n)
		}
		if len(s) > 64 {
			return
		}
		p := m.Append(nil, []byte(s))
		if back := string(m.Unmap(nil, p)); back != s {
			t.Fatalf("%q -> %q -> %q", s, p, back)
		}
		if ParseNationalID([]byte(s)) != ParseNationalID(p) {
			t.Fatalf("%q -> %q: known format on one side only", s, p)
		}
	})
}

// Example_nationalIDs shows pseudonyms of national identification numbers under a fixed
// key: the layout and every separator stay, and the check characters are recomputed, so
// each pseudonym is a valid number of its format.
func Example_nationalIDs() {
	m := NewNationalIDs(fixedKeyring(0))
	for _, id := range []string{"RSSMRA85T10A562S", "12345678Z", "131052-308T", "44051401359", "123-45-6789"} {
		p := m.Append(nil, []byte(id))
		fmt.Printf("%s -> %s -> %s\n", id, p, m.Unmap(nil, p))
	}
	// Output:
	// RSSMRA85T10A562S -> LFWDKD70C51M860A -> RSSMRA85T10A562S
	// 12345678Z -> 02018044R -> 12345678Z
	// 131052-308T -> 280474-251F -> 131052-308T
	// 44051401359 -> 33112719032 -> 44051401359
	// 123-45-6789 -> 046-23-0117 -> 123-45-6789
}

// TestNationalIDWrongCheck maps a codice fiscale whose check letter is wrong (found in
// text all the same): its pseudonym keeps its layout, is no valid number of any format,
// and Unmap takes it back.
func TestNationalIDWrongCheck(t *testing.T) {
	m := NewNationalIDs(fixedKeyring(0))
	for _, id := range []string{"RSSNTN61M14H501Z", "BRNGLI85M52L219X", "FRRGLI88E52F205K"} {
		if ParseNationalID([]byte(id)) {
			t.Fatalf("%s: its check letter was meant to be wrong", id)
		}
		p := m.Append(nil, []byte(id))
		if string(p) == id || len(p) != len(id) || ParseNationalID(p) {
			t.Errorf("%s -> %s: want another value of its layout and no valid number", id, p)
		}
		for k := range p {
			if (p[k] >= '0' && p[k] <= '9') != (id[k] >= '0' && id[k] <= '9') {
				t.Errorf("%s -> %s: byte %d changed its class", id, p, k)
			}
		}
		if back := m.Unmap(nil, p); string(back) != id {
			t.Errorf("Unmap(%s) = %s, want %s", p, back, id)
		}
	}
}
