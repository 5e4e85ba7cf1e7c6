package categories

import (
	"math"
	"strings"
	"testing"
)

// testNameKeyring returns a keyring under a fixed key (bytes 0..31), or with other set, a
// different one.
func testNameKeyring(t testing.TB, other bool) *Keyring {
	t.Helper()
	key := make([]byte, KeySize)
	for i := range key {
		key[i] = byte(i)
		if other {
			key[i] ^= 0xa5
		}
	}
	k, err := NewKeyring(key)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

const (
	testVowels = "aeiouy"
)

func onlyOf(s, set string) bool {
	for _, c := range s {
		if !strings.ContainsRune(set, c) {
			return false
		}
	}
	return true
}

// TestWordListsShape checks the rules that make every generated surname split back into its
// parts in one way only, so that the surname count is the product of the table sizes.
func TestWordListsShape(t *testing.T) {
	w := wordTablesGet()
	consonants := "bcdfghjklmnpqrstvwxz"
	check := func(name string, list []string, ok func(string) bool) {
		t.Helper()
		seen := map[string]bool{}
		for _, s := range list {
			if seen[s] {
				t.Errorf("%s: duplicate %q", name, s)
			}
			seen[s] = true
			if !ok(s) {
				t.Errorf("%s: %q breaks the table's rule", name, s)
			}
		}
		if len(list) < 5 {
			t.Errorf("%s: only %d entries", name, len(list))
		}
	}
	check("onsets", w.onsets, func(s string) bool { return onlyOf(s, consonants) })
	check("vowels", w.vowels, func(s string) bool { return s != "" && onlyOf(s, testVowels) })
	check("codas", w.codas, func(s string) bool { return s != "" && onlyOf(s, consonants) })
	check("mid vowels", w.midVowels, func(s string) bool { return s != "" && onlyOf(s, testVowels) })
	check("mid consonants", w.midConsonants, func(s string) bool { return s != "" && onlyOf(s, consonants) })
	check("endings", w.endings, func(s string) bool {
		return s != "" && strings.ContainsRune(testVowels, rune(s[0])) && onlyOf(s, consonants+testVowels)
	})
	letters := func(s string) bool { return s != "" && onlyOf(s, "abcdefghijklmnopqrstuvwxyz") }
	check("given", w.given, letters)
	check("org qualifiers", w.orgQualifiers, letters)
	check("org nouns", w.orgNouns, letters)
	for _, q := range w.orgQualifiers {
		for _, n := range w.orgNouns {
			if q == n {
				t.Errorf("%q is both an org qualifier and an org noun", q)
			}
		}
	}
	if len(w.given) < 1000 {
		t.Errorf("%d given names, want 1000 or more", len(w.given))
	}
}

// TestSurnamesSplitUniquely parses generated surnames back into their parts by maximal
// consonant and vowel runs: the parse must give back the draws.
func TestSurnamesSplitUniquely(t *testing.T) {
	w := wordTablesGet()
	k := testNameKeyring(t, false)
	d := nameDrawer{prf: k.PRF("test")}
	var buf [8]byte
	isVowel := func(c byte) bool { return strings.IndexByte(testVowels, c) >= 0 }
	run := func(s string, vowel bool) (string, string) {
		i := 0
		for i < len(s) && isVowel(s[i]) == vowel {
			i++
		}
		return s[:i], s[i:]
	}
	index := func(list []string, s string) int {
		for i, x := range list {
			if x == s {
				return i
			}
		}
		return -1
	}
	for n := range 20000 {
		buf[0], buf[1], buf[2] = byte(n), byte(n>>8), byte(n>>16)
		d.start(d.prf.Sum(buf[:]))
		s := string(w.appendSurname(nil, &d))
		var parts [6]string
		rest := s
		parts[0], rest = run(rest, false)
		parts[1], rest = run(rest, true)
		parts[2], rest = run(rest, false)
		parts[3], rest = run(rest, true)
		parts[4], parts[5] = run(rest, false)
		lists := [][]string{w.onsets, w.vowels, w.codas, w.midVowels, w.midConsonants, w.endings}
		for i, p := range parts {
			if index(lists[i], p) < 0 {
				t.Fatalf("%q: part %d %q is not in its table", s, i, p)
			}
		}
	}
}

func TestCaseStyleOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want caseStyle
	}{
		{"jdoe", caseLower}, {"", caseLower}, {"1234", caseLower}, {"j.doe-2", caseLower},
		{"JDOE", caseUpper}, {"J.DOE_2", caseUpper},
		{"Jdoe", caseTitle}, {"John.Smith", caseTitle}, {"John Smith", caseTitle}, {"O'Brien", caseTitle},
		{"JDoe", caseMixed}, {"McDonald", caseMixed}, {"eBay", caseMixed}, {"john.Smith", caseMixed},
	} {
		if got := caseStyleOf([]byte(tc.in)); got != tc.want {
			t.Errorf("caseStyleOf(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		s    caseStyle
		want string
	}{
		{"anna.berger", caseTitle, "Anna.Berger"},
		{"anna berger-lind", caseTitle, "Anna Berger-Lind"},
		{"anna.berger42", caseUpper, "ANNA.BERGER42"},
		{"anna", caseLower, "anna"},
	} {
		b := []byte(tc.in)
		applyCase(b, tc.s)
		if string(b) != tc.want {
			t.Errorf("applyCase(%q, %d) = %q, want %q", tc.in, tc.s, b, tc.want)
		}
	}
}

func TestNameDrawerRange(t *testing.T) {
	k := testNameKeyring(t, false)
	d := nameDrawer{prf: k.PRF("test")}
	d.start(d.prf.Sum([]byte("x")))
	var counts [7]int
	// Far more draws than one block holds: the refill path runs many times.
	for range 70000 {
		v := d.intn(7)
		if v < 0 || v >= 7 {
			t.Fatalf("intn(7) = %d", v)
		}
		counts[v]++
	}
	for v, c := range counts {
		if math.Abs(float64(c)-10000) > 500 {
			t.Errorf("value %d drawn %d times of 70000, want about 10000", v, c)
		}
	}
}

// TestNamesNoAllocs checks that the Append methods do not allocate with a pre-sized dst,
// apart from what PRF.Sum allocates itself (measured, so that the test tightens by itself
// once Sum does not allocate).
func TestNamesNoAllocs(t *testing.T) {
	k := testNameKeyring(t, false)
	prf := k.PRF("alloc")
	in := []byte("x")
	sumAllocs := testing.AllocsPerRun(100, func() { prf.Sum(in) })
	u, h, f, o, g := NewUsernames(k), NewHostnames(k), NewFullnames(k), NewOrganizations(k), NewGeo(k)
	dst := make([]byte, 0, 256)
	for _, tc := range []struct {
		name string
		sums float64
		fn   func()
	}{
		{"username", 1, func() { dst = u.Append(dst[:0], []byte("john.smith")) }},
		{"username digits", 0, func() { dst = u.Append(dst[:0], []byte("1001")) }},
		{"label", 1, func() { dst = h.AppendLabel(dst[:0], []byte("WKS-042")) }},
		{"name", 3, func() { dst = h.AppendName(dst[:0], []byte("wks-042.corp.example.co.uk")) }},
		{"fullname", 1, func() { dst = f.Append(dst[:0], []byte("Smith, John A.")) }},
		{"organization", 1, func() { dst = o.Append(dst[:0], []byte("Acme, Inc.")) }},
		{"city", 0, func() { dst = g.AppendCity(dst[:0], []byte("Berlin")) }},
		{"country", 0, func() { dst = g.AppendCountry(dst[:0], []byte("DEU")) }},
	} {
		tc.fn() // warm caches
		want := tc.sums * sumAllocs
		if got := testing.AllocsPerRun(100, tc.fn); got > want {
			t.Errorf("%s: %v allocations per call, want %v (PRF.Sum: %v each)", tc.name, got, want, sumAllocs)
		}
	}
	if sumAllocs > 0 {
		t.Logf("PRF.Sum allocates %v times per call (keyring.go: its length buffer escapes)", sumAllocs)
	}
}

func TestIsGivenName(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Anna", true}, {"ANNA", true}, {"anna", true}, {"José", true}, {"JOSÉ", true},
		{"Zoë", true}, {"Daan", true}, {"Oluwaseun", true}, {"Anna2", false}, {"Annx", false}, {"", false}, {"李娜", false},
		{"Bo", true}, {"ED", true}, {"Ida", true}, {"Łukasz", true}, {"Ümit", true}, {"Korbinian", true}, // two letters, three, a first letter beyond ASCII
		{"Bx", false}, {"Idx", false}, {"Qqqanna", false},
	} {
		if got := IsGivenName([]byte(tc.word)); got != tc.want {
			t.Errorf("IsGivenName(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
