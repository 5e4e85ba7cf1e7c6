package categories

import (
	"fmt"
	"strings"
	"testing"
)

// luhnOK is the Luhn check written out independently of luhnCheckDigit: from the right,
// every second digit is doubled and its digits summed.
func luhnOK(pan string) bool {
	sum, second := 0, false
	for i := len(pan) - 1; i >= 0; i-- {
		c := pan[i]
		if c < '0' || c > '9' {
			continue
		}
		v := int(c - '0')
		if second {
			v = v*2/10 + v*2%10
		}
		sum += v
		second = !second
	}
	return sum%10 == 0
}

// withLuhn completes a PAN, grouped or not, with the check digit that makes it Luhn-valid.
func withLuhn(payload string) string {
	for c := '0'; c <= '9'; c++ {
		if pan := payload + string(c); luhnOK(pan) {
			return pan
		}
	}
	panic("no Luhn digit")
}

func TestCardAt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the PAN CardAt reads, or "" when it reads none
	}{
		{"4111111111111111", "4111111111111111"},
		{"4111 1111 1111 1111", "4111 1111 1111 1111"},
		{"4111-1111-1111-1111 exp 12/27", "4111-1111-1111-1111"},
		{"4111 1111 1111 1111, cvv", "4111 1111 1111 1111"},
		{"5500 0000 0000 0004", "5500 0000 0000 0004"},
		{"5555555555554444", "5555555555554444"},
		{"2223003122003222", "2223003122003222"},       // Mastercard 2-series
		{"3782 822463 10005", "3782 822463 10005"},     // Amex, 4-6-5
		{"371449635398431)", "371449635398431"},        // Amex
		{"3056 930902 5904", "3056 930902 5904"},       // Diners, 4-6-4
		{"36227206271667", "36227206271667"},           // Diners
		{"6011111111111117", "6011111111111117"},       // Discover
		{"6011 0009 9013 9424", "6011 0009 9013 9424"}, // Discover
		{"3530111333300000", "3530111333300000"},       // JCB
		{"6200000000000005", "6200000000000005"},       // UnionPay
		{"6759649826438453", "6759649826438453"},       // Maestro
		{"4222222222222", "4222222222222"},             // Visa, 13 digits
		{"4111111111111111 2024", "4111111111111111"},  // no separator of its own to join a group

		{"4111111111111112", ""},           // Luhn off by one
		{"4111 1111 1111 1112", ""},        // Luhn off by one, grouped
		{"5500 0000 0000 0005", ""},        // Luhn off by one
		{withLuhn("4111111111111111"), ""}, // 17 digits: Visa issues 13, 16 or 19
		{withLuhn("41111111111111"), ""},   // 15 digits
		{"378282246310005", "378282246310005"},
		{withLuhn("3782822463100"), ""}, // Amex is 15 digits
		{"5105105105105100", "5105105105105100"},
		{withLuhn("51051051051051"), ""},           // Mastercard is 16 digits
		{withLuhn("411111111111111111111"), ""},    // 22 digits
		{withLuhn("411111111111111111") + "0", ""}, // runs on into a digit
		{"4111 1111 1111 1111 1111 1111", ""},      // a longer number: a further group
		{"4111 1111 1111 1111 12/27", ""},          // a further group joined the same way
		{"4111-1111 1111-1111", ""},                // mixed separators
		{"4111  1111  1111  1111", ""},             // double spaces
		{"4111 11111111 1111", ""},                 // a group of 8
		{"411 11111 1111 1111", ""},                // first group of 3
		{"6666666666666", ""},                      // one digit repeated, Luhn-valid
		{"4444444444444444", ""},                   // one digit repeated
		{"0000000000000000", ""},                   // no brand
		{"1234567812345670", ""},                   // Luhn-valid, no brand
		{withLuhn("2024050110150"), ""},            // a timestamp, Luhn-valid
		{withLuhn("2024050110150012"), ""},         // a timestamp with milliseconds
		{"20240501101500", ""},
		{withLuhn("987654321098765"), ""},    // an order number
		{withLuhn("100000000004217"), ""},    // an order number
		{withLuhn("700000000000000000"), ""}, // no brand
		{withLuhn("391234567890123"), ""},    // 39 is not a brand here
		{"1.2.3.4", ""},
		{"4111", ""},
		{"", ""},
	} {
		n, ok := CardAt([]byte(tc.in))
		got := ""
		if ok {
			got = tc.in[:n]
		}
		if got != tc.want {
			t.Errorf("CardAt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, pan := range []string{"37828224631000", "272099000000000", "222100000000000", "352800000000000"} {
		valid := withLuhn(pan)
		if _, ok := CardAt([]byte(valid)); !ok {
			t.Errorf("CardAt(%q) rejects a valid PAN", valid)
		}
	}
	for _, payload := range []string{"272100000000000", "222000000000000", "352700000000000", "359000000000000"} {
		pan := withLuhn(payload)
		if _, ok := CardAt([]byte(pan)); ok {
			t.Errorf("CardAt(%q) accepts a PAN outside the brand ranges", pan)
		}
	}
}

// testPANs are valid PANs of every brand and layout CardAt reads.
var testPANs = []string{
	"4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111", "5500 0000 0000 0004",
	"5555555555554444", "2223003122003222", "3782 822463 10005", "371449635398431",
	"3056 930902 5904", "36227206271667", "6011111111111117", "3530111333300000",
	"6200000000000005", "4222222222222", "6759 6498 2643 8453",
	withLuhn("4111 1111 1111 1111 00"), withLuhn("650000000000000000"),
}

// checkCardPseudonym checks a PAN's pseudonym: same length, separators and IIN in place,
// Luhn-valid, read back whole by CardAt, and Unmap gives the PAN back.
func checkCardPseudonym(t *testing.T, m *CardMapper, pan string) string {
	t.Helper()
	out := string(m.Append(nil, []byte(pan)))
	if len(out) != len(pan) {
		t.Fatalf("%s -> %s: length changed", pan, out)
	}
	iin := 0
	for i := range pan {
		isDigit := pan[i] >= '0' && pan[i] <= '9'
		if isDigit != (out[i] >= '0' && out[i] <= '9') || !isDigit && out[i] != pan[i] {
			t.Fatalf("%s -> %s: separators moved", pan, out)
		}
		if isDigit && iin < cardIINDigits {
			if out[i] != pan[i] {
				t.Fatalf("%s -> %s: IIN changed", pan, out)
			}
			iin++
		}
	}
	if !luhnOK(out) {
		t.Fatalf("%s -> %s: not Luhn-valid", pan, out)
	}
	if n, ok := CardAt([]byte(out)); (!ok || n != len(out)) && !sameDigit([]byte(strings.NewReplacer(" ", "", "-", "").Replace(out))) {
		t.Fatalf("%s -> %s: CardAt reads %d, %v", pan, out, n, ok)
	}
	if back := string(m.Unmap(nil, []byte(out))); back != pan {
		t.Fatalf("Unmap(%s) = %s, want %s", out, back, pan)
	}
	return out
}

func TestCardMapperShape(t *testing.T) {
	m := NewCards(testNameKeyring(t, false))
	for _, pan := range testPANs {
		if out := checkCardPseudonym(t, m, pan); out == pan {
			t.Errorf("%s maps to itself", pan)
		}
	}
}

func TestCardMapperKeyedAndDeterministic(t *testing.T) {
	a, a2, b := NewCards(testNameKeyring(t, false)), NewCards(testNameKeyring(t, false)), NewCards(testNameKeyring(t, true))
	same := 0
	for _, pan := range testPANs {
		x, x2, y := a.Append(nil, []byte(pan)), a2.Append(nil, []byte(pan)), b.Append(nil, []byte(pan))
		if string(x) != string(x2) || string(a.Append(nil, []byte(pan))) != string(x) {
			t.Errorf("%s: %s, then %s under the same key", pan, x, x2)
		}
		if string(x) == string(y) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of %d PANs map alike under two keys", same, len(testPANs))
	}
	// The same middle digits under another IIN or length map apart.
	x := a.Append(nil, []byte(withLuhn("411111000000123")))
	y := a.Append(nil, []byte(withLuhn("411112000000123")))
	if string(x[6:15]) == string(y[6:15]) {
		t.Errorf("the IIN does not tweak the middle digits: %s, %s", x, y)
	}
	// One separator style or another: the same digits.
	p, q := a.Append(nil, []byte("4111 1111 1111 1111")), a.Append(nil, []byte("4111111111111111"))
	if strings.ReplaceAll(string(p), " ", "") != string(q) {
		t.Errorf("spacing changes the digits: %s, %s", p, q)
	}
}

func TestCardMapperNoCollisions(t *testing.T) {
	m := NewCards(testNameKeyring(t, false))
	// 13-digit Visa numbers have 6 middle digits, the smallest domain.
	for _, format := range []string{"411111%09d", "422222%06d"} {
		seen := map[string]string{}
		for i := range 5000 {
			pan := withLuhn(fmt.Sprintf(format, i*7919%1000000))
			if _, ok := CardAt([]byte(pan)); !ok {
				continue
			}
			out := checkCardPseudonym(t, m, pan)
			if prev, ok := seen[out]; ok {
				t.Fatalf("%s and %s both map to %s", prev, pan, out)
			}
			seen[out] = pan
		}
		if len(seen) < 4000 {
			t.Fatalf("%s: only %d PANs tested", format, len(seen))
		}
	}
}

func TestCardNoAllocs(t *testing.T) {
	m := NewCards(testNameKeyring(t, false))
	pan := []byte("4111 1111 1111 1111")
	dst := make([]byte, 0, 64)
	for name, fn := range map[string]func(){
		"CardAt": func() { CardAt(pan) },
		"Append": func() { dst = m.Append(dst[:0], pan) },
		"Unmap":  func() { dst = m.Unmap(dst[:0], pan) },
	} {
		fn()
		if n := testing.AllocsPerRun(100, fn); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
}

func FuzzCardRoundTrip(f *testing.F) {
	for _, pan := range testPANs {
		f.Add([]byte(pan))
	}
	f.Add([]byte("4111 1111 1111 1111 12/27"))
	f.Add([]byte("20240501101500"))
	m := NewCards(testNameKeyring(f, false))
	f.Fuzz(func(t *testing.T, s []byte) {
		m.Append(nil, s) // any input: no panic
		m.Unmap(nil, s)
		n, ok := CardAt(s)
		if !ok {
			// Give the fuzzer valid PANs to work on: the input's digits, fixed by Luhn.
			var digits []byte
			for _, c := range s {
				if c >= '0' && c <= '9' {
					digits = append(digits, c)
				}
			}
			if len(digits) < cardMinDigits || len(digits) > cardMaxDigits {
				return
			}
			pan := withLuhn(string(digits[:len(digits)-1]))
			if n, ok = CardAt([]byte(pan)); !ok {
				return
			}
			s = []byte(pan)
		}
		if n < cardMinDigits || n > len(s) {
			t.Fatalf("CardAt(%q) = %d", s, n)
		}
		checkCardPseudonym(t, m, string(s[:n]))
	})
}

func BenchmarkCardAt(b *testing.B) {
	line := []byte("4111 1111 1111 1111")
	miss := []byte("20240501101500")
	for b.Loop() {
		CardAt(line)
		CardAt(miss)
	}
}

func BenchmarkCardAppend(b *testing.B) {
	m := NewCards(testNameKeyring(b, false))
	pan := []byte("4111 1111 1111 1111")
	dst := make([]byte, 0, 64)
	for b.Loop() {
		dst = m.Append(dst[:0], pan)
	}
}

// Example_pseudonyms shows pseudonyms of a card number, IBANs and phone numbers under a
// fixed key, and Unmap taking them back: the IIN, the country codes and every separator
// stay; the card number stays Luhn-valid, the IBANs mod-97 valid.
func Example_pseudonyms() {
	k := fixedKeyring(0)
	cards, ibans, phones := NewCards(k), NewIBANs(k), NewPhones(k)
	for _, v := range []struct {
		in  string
		fn  func(dst, src []byte) []byte
		inv func(dst, src []byte) []byte
	}{
		{"4111 1111 1111 1111", cards.Append, cards.Unmap},
		{"DE89 3704 0044 0532 0130 00", ibans.Append, ibans.Unmap},
		{"GB82 WEST 1234 5698 7654 32", ibans.Append, ibans.Unmap},
		{"+44 20 7946 0958", phones.Append, phones.Unmap},
		{"+1 (555) 010-4477", phones.Append, phones.Unmap},
	} {
		out := v.fn(nil, []byte(v.in))
		fmt.Printf("%s -> %s -> %s\n", v.in, out, v.inv(nil, out))
	}
	// Output:
	// 4111 1111 1111 1111 -> 4111 1152 0441 8432 -> 4111 1111 1111 1111
	// DE89 3704 0044 0532 0130 00 -> DE48 9277 8903 0418 3209 88 -> DE89 3704 0044 0532 0130 00
	// GB82 WEST 1234 5698 7654 32 -> GB76 UNDX 1115 5484 5901 96 -> GB82 WEST 1234 5698 7654 32
	// +44 20 7946 0958 -> +44 91 3639 7733 -> +44 20 7946 0958
	// +1 (555) 010-4477 -> +1 (783) 778-0957 -> +1 (555) 010-4477
}
