package categories

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
)

// ibanMod is the mod-97 remainder written out independently of ibanRemainder: the BBAN,
// then the first four characters, as one decimal number with letters as 10 to 35.
func ibanMod(iban string) int64 {
	compact := strings.ReplaceAll(iban, " ", "")
	if len(compact) < 5 {
		return -1
	}
	var num strings.Builder
	for _, c := range compact[4:] + compact[:4] {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprint(&num, int(c-'A')+10)
		} else {
			num.WriteRune(c)
		}
	}
	n, ok := new(big.Int).SetString(num.String(), 10)
	if !ok {
		return -1
	}
	return new(big.Int).Mod(n, big.NewInt(97)).Int64()
}

func ibanValid(iban string) bool { return ibanMod(iban) == 1 }

// makeIBAN returns the IBAN of a country and BBAN with its check digits, in print form
// when spaced.
func makeIBAN(country, bban string, spaced bool) string {
	iban := fmt.Sprintf("%s%02d%s", country, 98-ibanMod(country+"00"+bban), bban)
	if !spaced {
		return iban
	}
	var b strings.Builder
	for i, c := range iban {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// testIBANs are valid IBANs: published examples and made ones, narrow and wide classes.
var testIBANs = []string{
	"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
	"GB29NWBK60161331926819", "NL91 ABNA 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606",
	"MT84 MALT 0110 0001 2345 MTLC AST0 01S", "BE68 5390 0754 7034", "NO93 8601 1117 947",
	"CH93 0076 2011 6238 5295 7", "AD12 0001 2030 2003 5910 0100",
	"LC55 HEMM 0001 0001 0012 0012 0002 3015", "QA58 DOHB 0000 1234 5678 90AB CDEF G",
	makeIBAN("RU", "04452560040702810412345678901", true), // 29 digits
	makeIBAN("LC", "ABCDEFGHIJKLMNOPQRSTUVWXYZAB"[:27]+"1", false),
	makeIBAN("QA", "ABCDEFGHIJKLMNOPQRSTUVWXY", true), // 25 letters
}

func TestIBANAt(t *testing.T) {
	de := "DE89 3704 0044 0532 0130 00"
	for _, tc := range []struct {
		in, want string
	}{
		{de, de},
		{de + " EUR", de},
		{de + ", next", de},
		{"DE89370400440532013000", "DE89370400440532013000"},
		{"DE89370400440532013000;", "DE89370400440532013000"},
		{"GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"},
		{"GB82WEST12345698765432", "GB82WEST12345698765432"},
		{"NO93 8601 1117 947", "NO93 8601 1117 947"},
		{"AD12 0001 2030 2003 5910 0100 1234", "AD12 0001 2030 2003 5910 0100"},
		// The first blank lost, as an export writes it.
		{"DE893704 0044 0532 0130 00", "DE893704 0044 0532 0130 00"},
		{"GB82WEST 1234 5698 7654 32,x", "GB82WEST 1234 5698 7654 32"},

		{"DE88 3704 0044 0532 0130 00", ""},  // check digits off by one
		{"DE89 3704 0044 0532 0130 01", ""},  // BBAN off by one
		{"DE89 3704 0044 0532 0130 0", ""},   // one short
		{"DE89 3704 0044 0532 0130 000", ""}, // one long, runs on
		{"DE8937040044053201300", ""},        // one short
		{"DE893704004405320130000", ""},      // runs on into a digit
		{"DE89370400440532013000X", ""},      // runs on into a letter
		{"DE89370400440532013000x", ""},      // runs on into a lower-case letter
		{"GB82 WEST 1234 5698 7654 3", ""},   // GB is 22
		{"NL82 WEST 1234 5698 7654 32", ""},  // NL is 18
		{"de89 3704 0044 0532 0130 00", ""},  // lower-case country
		{"GB82 west 1234 5698 7654 32", ""},  // lower-case BBAN
		{"XX89 3704 0044 0532 0130 00", ""},  // no such country
		{"US89 3704 0044 0532 0130 00", ""},  // no IBAN there
		{"DE89 37040044 0532 0130 00", ""},   // groups of eight
		{"DE89  3704 0044 0532 0130 00", ""}, // double space
		{"DE89-3704-0044-0532-0130-00", ""},  // dashes
		{"DE893704 0044 0532 0130 0", ""},    // the first blank lost, a digit short
		{"DE89370 40044 0532 0130 00", ""},   // a blank out of place
		{"DEXX 3704 0044 0532 0130 00", ""},
		{"DE", ""},
		{"", ""},
	} {
		n, ok := IBANAt([]byte(tc.in))
		got := ""
		if ok {
			got = tc.in[:n]
		}
		if got != tc.want {
			t.Errorf("IBANAt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, iban := range testIBANs {
		if n, ok := IBANAt([]byte(iban)); !ok || n != len(iban) {
			t.Errorf("IBANAt(%q) = %d, %v", iban, n, ok)
		}
	}
	// Check digits 97 and 98 have a second spelling, 00 and 01, that passes mod 97.
	for i := 0; ; i++ {
		iban := makeIBAN("DE", fmt.Sprintf("%018d", i), false)
		if iban[2:4] != "97" && iban[2:4] != "98" {
			continue
		}
		alias := iban[:2] + map[string]string{"97": "00", "98": "01"}[iban[2:4]] + iban[4:]
		if !ibanValid(alias) {
			t.Fatalf("%s: %s does not pass mod 97", iban, alias)
		}
		if _, ok := IBANAt([]byte(alias)); ok {
			t.Errorf("IBANAt(%q) accepts check digits outside 02-98", alias)
		}
		break
	}
	// A BBAN of 28 letters is past the widest permutation, and no country's format.
	if iban := makeIBAN("LC", strings.Repeat("AB", 14), false); !ibanValid(iban) {
		t.Fatalf("%s is not valid", iban)
	} else if _, ok := IBANAt([]byte(iban)); ok {
		t.Errorf("IBANAt(%q) accepts 28 letters", iban)
	}
}

func TestIBANCountryTable(t *testing.T) {
	if len(ibanCountryLengths) != 89 {
		t.Errorf("%d countries", len(ibanCountryLengths))
	}
	for c, n := range ibanCountryLengths {
		if len(c) != 2 || !isUpperASCII(c[0]) || !isUpperASCII(c[1]) || n < 15 || n > ibanMaxLength {
			t.Errorf("%s: %d", c, n)
		}
	}
}

// checkIBANPseudonym checks an IBAN's pseudonym: same length, country and spaces, each
// character of the same class, valid, read back whole by IBANAt, and Unmap gives it back.
func checkIBANPseudonym(t *testing.T, m *IBANMapper, iban string) string {
	t.Helper()
	out := string(m.Append(nil, []byte(iban)))
	if len(out) != len(iban) || out[:2] != iban[:2] {
		t.Fatalf("%s -> %s: length or country changed", iban, out)
	}
	class := func(c byte) byte {
		switch {
		case c >= '0' && c <= '9':
			return '9'
		case c >= 'A' && c <= 'Z':
			return 'A'
		}
		return c
	}
	for i := range iban {
		if class(iban[i]) != class(out[i]) {
			t.Fatalf("%s -> %s: class changed at %d", iban, out, i)
		}
	}
	if !ibanValid(out) {
		t.Fatalf("%s -> %s: not mod-97 valid", iban, out)
	}
	if n, ok := IBANAt([]byte(out)); !ok || n != len(out) {
		t.Fatalf("%s -> %s: IBANAt reads %d, %v", iban, out, n, ok)
	}
	if back := string(m.Unmap(nil, []byte(out))); back != iban {
		t.Fatalf("Unmap(%s) = %s, want %s", out, back, iban)
	}
	return out
}

func TestIBANMapperShape(t *testing.T) {
	m := NewIBANs(testNameKeyring(t, false))
	for _, iban := range testIBANs {
		out := checkIBANPseudonym(t, m, iban)
		if strings.ReplaceAll(out, " ", "")[4:] == strings.ReplaceAll(iban, " ", "")[4:] {
			t.Errorf("%s -> %s: BBAN kept", iban, out)
		}
	}
	// Letters and digits are permuted apart: a change in one leaves the other class alone.
	a := m.Append(nil, []byte("GB82 WEST 1234 5698 7654 32"))
	b := m.Append(nil, []byte(makeIBAN("GB", "WEST12345698765433", true)))
	if string(a[5:9]) != string(b[5:9]) {
		t.Errorf("the letters of %s and %s differ", a, b)
	}
}

func TestIBANMapperKeyedAndDeterministic(t *testing.T) {
	a, a2, b := NewIBANs(testNameKeyring(t, false)), NewIBANs(testNameKeyring(t, false)), NewIBANs(testNameKeyring(t, true))
	for _, iban := range testIBANs {
		x, x2, y := a.Append(nil, []byte(iban)), a2.Append(nil, []byte(iban)), b.Append(nil, []byte(iban))
		if string(x) != string(x2) || string(a.Append(nil, []byte(iban))) != string(x) {
			t.Errorf("%s: %s, then %s under the same key", iban, x, x2)
		}
		if string(x) == string(y) {
			t.Errorf("%s maps to %s under two keys", iban, x)
		}
	}
	// The same BBAN digits in another country map apart.
	x := a.Append(nil, []byte(makeIBAN("DE", "370400440532013000", false)))
	y := a.Append(nil, []byte(makeIBAN("SD", "370400440532013000", false)))
	if string(x[4:]) == string(y[4:]) {
		t.Errorf("the country does not tweak the BBAN: %s, %s", x, y)
	}
	// Spacing is no part of the tweak.
	p, q := a.Append(nil, []byte("DE89 3704 0044 0532 0130 00")), a.Append(nil, []byte("DE89370400440532013000"))
	if strings.ReplaceAll(string(p), " ", "") != string(q) {
		t.Errorf("spacing changes the pseudonym: %s, %s", p, q)
	}
}

func TestIBANMapperNoCollisions(t *testing.T) {
	m := NewIBANs(testNameKeyring(t, false))
	letters := func(i, n int) string {
		b := make([]byte, n)
		for j := n - 1; j >= 0; j-- {
			b[j] = byte('A' + i%26)
			i /= 26
		}
		return string(b)
	}
	for name, bban := range map[string]func(i int) (string, string){
		"DE digits":      func(i int) (string, string) { return "DE", fmt.Sprintf("3704004405%08d", i*7919) },
		"NO short":       func(i int) (string, string) { return "NO", fmt.Sprintf("%011d", i) },
		"GB letters":     func(i int) (string, string) { return "GB", letters(i, 4) + "60161331926819" },
		"GB both":        func(i int) (string, string) { return "GB", letters(i%50, 4) + fmt.Sprintf("%014d", i/50) },
		"FR wide digits": func(i int) (string, string) { return "FR", fmt.Sprintf("2004101005%09d3M02", i) },
		"QA wide letters": func(i int) (string, string) {
			return "QA", "DOHBEFGHIJKLMNOPQRSTU" + letters(i, 4)
		},
	} {
		seen := map[string]string{}
		for i := range 3000 {
			country, b := bban(i)
			iban := makeIBAN(country, b, i%2 == 0)
			out := strings.ReplaceAll(checkIBANPseudonym(t, m, iban), " ", "")
			in := strings.ReplaceAll(iban, " ", "")
			if prev, ok := seen[out]; ok && prev != in {
				t.Fatalf("%s: %s and %s both map to %s", name, prev, in, out)
			}
			seen[out] = in
		}
		if len(seen) != 3000 {
			t.Errorf("%s: %d distinct pseudonyms of 3000", name, len(seen))
		}
	}
}

func TestIBANNoAllocs(t *testing.T) {
	m := NewIBANs(testNameKeyring(t, false))
	dst := make([]byte, 0, 64)
	for _, iban := range []string{"DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", testIBANs[len(testIBANs)-1]} {
		in := []byte(iban)
		for name, fn := range map[string]func(){
			"IBANAt": func() { IBANAt(in) },
			"Append": func() { dst = m.Append(dst[:0], in) },
			"Unmap":  func() { dst = m.Unmap(dst[:0], in) },
		} {
			fn()
			if n := testing.AllocsPerRun(100, fn); n != 0 {
				t.Errorf("%s(%s) allocates %v times", name, iban, n)
			}
		}
	}
}

func FuzzIBANRoundTrip(f *testing.F) {
	for _, iban := range testIBANs {
		f.Add([]byte(iban))
	}
	f.Add([]byte("DE88 3704 0044 0532 0130 00"))
	f.Add([]byte{3, 'A', 'b', 0, 200, 17})
	countries := make([]string, 0, len(ibanCountryLengths))
	for c := range ibanCountryLengths {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	m := NewIBANs(testNameKeyring(f, false))
	f.Fuzz(func(t *testing.T, s []byte) {
		m.Append(nil, s) // any input: no panic
		m.Unmap(nil, s)
		if n, ok := IBANAt(s); ok {
			checkIBANPseudonym(t, m, string(s[:n]))
		}
		if len(s) == 0 {
			return
		}
		// Build a valid IBAN from the input, which IBANAt must then read whole.
		country := countries[int(s[0])%len(countries)]
		bban := make([]byte, ibanCountryLengths[country]-4)
		letters := 0
		for i := range bban {
			v := byte(0)
			if i+1 < len(s) {
				v = s[i+1] % 36
			}
			if v < 10 {
				bban[i] = '0' + v
			} else {
				bban[i] = 'A' + v - 10
				letters++
			}
		}
		iban := makeIBAN(country, string(bban), len(s)%2 == 0)
		n, ok := IBANAt([]byte(iban))
		if letters > ibanMaxLetters {
			if ok {
				t.Fatalf("IBANAt(%q) accepts %d letters", iban, letters)
			}
			return
		}
		if !ok || n != len(iban) {
			t.Fatalf("IBANAt(%q) = %d, %v", iban, n, ok)
		}
		checkIBANPseudonym(t, m, iban)
	})
}

func BenchmarkIBANAppend(b *testing.B) {
	m := NewIBANs(testNameKeyring(b, false))
	dst := make([]byte, 0, 64)
	for _, iban := range []string{"DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606"} {
		in := []byte(iban)
		b.Run(iban[:2], func(b *testing.B) {
			for b.Loop() {
				dst = m.Append(dst[:0], in)
			}
		})
	}
}
