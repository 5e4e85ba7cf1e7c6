package categories

import (
	"fmt"
	"strconv"
	"testing"
)

func TestPhoneCountryCodes(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range phoneCountryCodes {
		s := strconv.Itoa(int(c))
		if codes[s] {
			t.Errorf("%s listed twice", s)
		}
		codes[s] = true
	}
	// A prefix code: no code starts another, or the digits after '+' would be ambiguous.
	for a := range codes {
		for b := range codes {
			if a != b && len(a) < len(b) && b[:len(a)] == a {
				t.Errorf("country code %s starts %s", a, b)
			}
		}
	}
	for _, tc := range []struct {
		digits string
		want   int
	}{
		{"15550104477", 1}, {"79161234567", 1}, {"442079460958", 2}, {"4930901820", 2},
		{"33612345678", 2}, {"353861234567", 3}, {"8613812345678", 2}, {"85212345678", 3},
		{"97150123456", 3}, {"8001234", 3}, {"0123", 0}, {"2101234", 0}, {"2801234", 0},
		{"6711234", 0}, {"3", 0}, {"35", 0}, {"", 0}, {"4-4", 0},
	} {
		if got := phoneCountryCodeLen([]byte(tc.digits)); got != tc.want {
			t.Errorf("phoneCountryCodeLen(%q) = %d, want %d", tc.digits, got, tc.want)
		}
	}
}

func TestPhoneAt(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"+1 (555) 010-4477", "+1 (555) 010-4477"},
		{"+1 (202) 555-0143 called", "+1 (202) 555-0143"},
		{"+1-202-555-0143", "+1-202-555-0143"},
		{"+1.202.555.0143.", "+1.202.555.0143"},
		{"+12025550143,", "+12025550143"},
		{"+44 20 7946 0958", "+44 20 7946 0958"},
		{"+44 (0)20 7946 0958", "+44 (0)20 7946 0958"},
		{"+442079460958)", "+442079460958"},
		{"+49-30-901820", "+49-30-901820"},
		{"+33612345678", "+33612345678"},
		{"+33 6 12 34 56 78", "+33 6 12 34 56 78"},
		{"+353 86 123 4567", "+353 86 123 4567"},
		{"+1 202 555 0143 (mobile)", "+1 202 555 0143"},
		{"+1 202 555 0143 - home", "+1 202 555 0143"},

		{"+1", ""},                     // +1 alone
		{"+1 555", ""},                 // too short
		{"+1 555 0104", "+1 555 0104"}, // 8 digits, the fewest taken
		{"+44 20 7946", "+44 20 7946"},
		{"+1 202 555 CALL", ""},            // letters
		{"+1 202 555 0143x", ""},           // runs on into a letter
		{"+1 202 555 0143ext", ""},         // runs on into a letter
		{"+44 20 7946 0958 1234 5678", ""}, // too many digits: a longer number
		{"+0200", ""},                      // a time zone offset
		{"+02:00", ""},
		{"+05:30 2024", ""},
		{"+1.2.3", ""},            // a version
		{"+2101234567", ""},       // unassigned country code 210
		{"+6711234567", ""},       // 671 is Guam's old code, now +1
		{"+ 44 20 7946 0958", ""}, // a blank before the code
		{"+44  20 7946 0958", ""}, // two blanks: the number stops at the code
		{"+44 (20) (7946) 0958", ""},
		{"+44 (20 7946 0958", ""},
		{"15550104477", ""}, // no '+'
		{"", ""},
	} {
		n, ok := PhoneAt([]byte(tc.in))
		got := ""
		if ok {
			got = tc.in[:n]
		}
		if got != tc.want {
			t.Errorf("PhoneAt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParsePhone(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"+1 (555) 010-4477", true},
		{"(202) 555-0143", true},
		{"020 7946 0958", true},
		{"0207946 0958", true},
		{"030/901820", true},
		{"+49 (0) 30 901820", true},
		{"555.0143", true},
		{"5550143", true},
		{"901820", true},
		{"12345", false},                 // too short
		{"+1 202 555 0143 12345", false}, // 16 digits
		{"+1 202 555 CALL", false},
		{"555-0143 ext 12", false},
		{"555-0143 ", false}, // trailing blank
		{" 555-0143", false},
		{"(202 555-0143", false},
		{"202) 555-0143", false},
		{"((202)) 555-0143", false},
		{"++1 202 555 0143", false},
		{"2024-05-01T10:15:00", false},
		{"", false},
		{"+", false},
	} {
		if got := ParsePhone([]byte(tc.in)); got != tc.want {
			t.Errorf("ParsePhone(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// testPhones are numbers PhoneAt finds or ParsePhone accepts, in the fictional ranges.
var testPhones = []string{
	"+1 (555) 010-4477", "+1 (202) 555-0143", "+1-202-555-0100", "+12025550199",
	"+44 20 7946 0958", "+44 (0)20 7946 0000", "+442079460999", "+49-30-901820",
	"+33612345678", "+353 86 123 4567", "+97150123456", "+79161234567",
	"020 7946 0958", "(202) 555-0143", "030/901820", "555-0100", "+999 123 4567",
}

// checkPhonePseudonym checks a phone number's pseudonym: same length, every non-digit in
// place, the country code (or the first digit) kept, still found by PhoneAt or accepted
// by ParsePhone as the original was, and Unmap gives it back.
func checkPhonePseudonym(t *testing.T, m *PhoneMapper, phone string) string {
	t.Helper()
	out := string(m.Append(nil, []byte(phone)))
	if len(out) != len(phone) {
		t.Fatalf("%s -> %s: length changed", phone, out)
	}
	var digits, outDigits []byte
	for i := range phone {
		isDigit := phone[i] >= '0' && phone[i] <= '9'
		if isDigit != (out[i] >= '0' && out[i] <= '9') || !isDigit && out[i] != phone[i] {
			t.Fatalf("%s -> %s: non-digits moved", phone, out)
		}
		if isDigit {
			digits, outDigits = append(digits, phone[i]), append(outDigits, out[i])
		}
	}
	keep := 1
	if phone[0] == '+' {
		if keep = phoneCountryCodeLen(digits); keep == 0 {
			keep = 3
		}
	} else if len(digits) > 4 && digits[0] == '0' && digits[1] == '0' {
		keep = 2 + phoneCountryCodeLen(digits[2:])
	}
	if string(outDigits[:keep]) != string(digits[:keep]) {
		t.Fatalf("%s -> %s: the first %d digits changed", phone, out, keep)
	}
	if n, ok := PhoneAt([]byte(phone)); ok && n == len(phone) {
		if n, ok := PhoneAt([]byte(out)); !ok || n != len(out) {
			t.Fatalf("%s -> %s: PhoneAt reads %d, %v", phone, out, n, ok)
		}
	}
	if ParsePhone([]byte(phone)) && !ParsePhone([]byte(out)) {
		t.Fatalf("%s -> %s: ParsePhone rejects the pseudonym", phone, out)
	}
	if back := string(m.Unmap(nil, []byte(out))); back != phone {
		t.Fatalf("Unmap(%s) = %s, want %s", out, back, phone)
	}
	return out
}

func TestPhoneMapperShape(t *testing.T) {
	m := NewPhones(testNameKeyring(t, false))
	for _, phone := range testPhones {
		if _, ok := PhoneAt([]byte(phone)); !ok && !ParsePhone([]byte(phone)) {
			t.Errorf("%s is found neither by PhoneAt nor by ParsePhone", phone)
		}
		if out := checkPhonePseudonym(t, m, phone); out == phone {
			t.Errorf("%s maps to itself", phone)
		}
	}
}

func TestPhoneMapperKeyedAndDeterministic(t *testing.T) {
	a, a2, b := NewPhones(testNameKeyring(t, false)), NewPhones(testNameKeyring(t, false)), NewPhones(testNameKeyring(t, true))
	for _, phone := range testPhones {
		x, x2, y := a.Append(nil, []byte(phone)), a2.Append(nil, []byte(phone)), b.Append(nil, []byte(phone))
		if string(x) != string(x2) || string(a.Append(nil, []byte(phone))) != string(x) {
			t.Errorf("%s: %s, then %s under the same key", phone, x, x2)
		}
		if string(x) == string(y) {
			t.Errorf("%s maps to %s under two keys", phone, x)
		}
	}
	// One number, written three ways: the same digits.
	var got []string
	for _, phone := range []string{"+44 20 7946 0958", "+44-20-7946-0958", "+442079460958"} {
		var d []byte
		for _, c := range a.Append(nil, []byte(phone)) {
			if c >= '0' && c <= '9' {
				d = append(d, c)
			}
		}
		got = append(got, string(d))
	}
	if got[0] != got[1] || got[1] != got[2] {
		t.Errorf("separators change the digits: %v", got)
	}
	// What stays tweaks the rest: the same national digits in two countries map apart.
	x, y := a.Append(nil, []byte("+44 2079460958")), a.Append(nil, []byte("+49 2079460958"))
	if string(x[4:]) == string(y[4:]) {
		t.Errorf("the country code does not tweak the number: %s, %s", x, y)
	}
}

// A number dialled with 00 and its country code keeps both, and its other digits map as
// after a '+'; a national number's trunk prefix 0 never becomes 00; both come back.
func TestPhoneMapperInternationalPrefix(t *testing.T) {
	m := NewPhones(testNameKeyring(t, false))
	intl, plus := string(m.Append(nil, []byte("0033612345678"))), string(m.Append(nil, []byte("+33612345678")))
	if intl[:4] != "0033" || intl[4:] != plus[3:] {
		t.Errorf("0033612345678 -> %s, +33612345678 -> %s: want 0033 and the same digits after it", intl, plus)
	}
	for i := range 3000 {
		national := fmt.Sprintf("0%d%08d", 1+i%9, i*7919)
		out := m.Append(nil, []byte(national))
		if out[0] != '0' || out[1] == '0' {
			t.Fatalf("%s -> %s: the trunk prefix became an international one", national, out)
		}
		if back := string(m.Unmap(nil, out)); back != national {
			t.Fatalf("Unmap(%s) = %s, want %s", out, back, national)
		}
	}
	for _, phone := range []string{"0033612345678", "004369912345678", "00 000 03", "0012"} {
		if back := string(m.Unmap(nil, m.Append(nil, []byte(phone)))); back != phone {
			t.Errorf("Unmap(Append(%s)) = %s", phone, back)
		}
	}
}

// TestPhoneMapperMSISDN: an E.164 number without its '+' (eleven digits or more, an
// assigned code first) keeps its code and shares its digits with the '+' form; a shorter
// number or one with a separator keeps its first digit only, and every form maps back.
func TestPhoneMapperMSISDN(t *testing.T) {
	m := NewPhones(testNameKeyring(t, false))
	for _, c := range []struct{ bare, plus, code string }{
		{"491576859119", "+491576859119", "49"},
		{"31612843907", "+31612843907", "31"},
		{"393471234567", "+393471234567", "39"},
		{"4366412345678", "+4366412345678", "43"},
	} {
		bare, plus := string(m.Append(nil, []byte(c.bare))), string(m.Append(nil, []byte(c.plus)))
		if bare[:len(c.code)] != c.code || bare != plus[1:] {
			t.Errorf("%s -> %s, %s -> %s: want the code %s kept and the same digits", c.bare, bare, c.plus, plus, c.code)
		}
	}
	for _, phone := range []string{"491576859119", "5127094418", "49 1576 859119", "2800000000000", "10826653983"} {
		if back := string(m.Unmap(nil, m.Append(nil, []byte(phone)))); back != phone {
			t.Errorf("Unmap(Append(%s)) = %s", phone, back)
		}
	}
	// Bare numbers of every first digit and length: those that start with no code get a
	// pseudonym that starts with none either, so that it maps back.
	for i := range 5000 {
		phone := fmt.Sprintf("%d%0*d", 1+i%9, 10+i%5, uint64(i)*2654435761%10000000000)
		out := m.Append(nil, []byte(phone))
		if (phoneCountryCodeLen([]byte(phone)) > 0) != (phoneCountryCodeLen(out) > 0) {
			t.Fatalf("%s -> %s: a country code appeared or went", phone, out)
		}
		if back := string(m.Unmap(nil, out)); back != phone {
			t.Fatalf("Unmap(%s) = %s, want %s", out, back, phone)
		}
	}
}

func TestPhoneMapperNoCollisions(t *testing.T) {
	m := NewPhones(testNameKeyring(t, false))
	for _, format := range []string{"+44 20 7946 %04d", "+1 (555) 01%d-%04d", "0%d %05d"} {
		seen := map[string]string{}
		for i := range 5000 {
			var phone string
			switch format {
			case "+44 20 7946 %04d":
				phone = fmt.Sprintf(format, i)
			default:
				phone = fmt.Sprintf(format, i/1000, i%1000)
			}
			out := checkPhonePseudonym(t, m, phone)
			if prev, ok := seen[out]; ok {
				t.Fatalf("%s and %s both map to %s", prev, phone, out)
			}
			seen[out] = phone
		}
	}
}

func TestPhoneNoAllocs(t *testing.T) {
	m := NewPhones(testNameKeyring(t, false))
	phone := []byte("+44 20 7946 0958")
	dst := make([]byte, 0, 64)
	for name, fn := range map[string]func(){
		"PhoneAt":    func() { PhoneAt(phone) },
		"ParsePhone": func() { ParsePhone(phone) },
		"Append":     func() { dst = m.Append(dst[:0], phone) },
		"Unmap":      func() { dst = m.Unmap(dst[:0], phone) },
	} {
		fn()
		if n := testing.AllocsPerRun(100, fn); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
}

func FuzzPhoneRoundTrip(f *testing.F) {
	for _, phone := range testPhones {
		f.Add([]byte(phone))
	}
	f.Add([]byte("+44 (0)20 7946 0958 12:00"))
	f.Add([]byte("+1.2.3"))
	m := NewPhones(testNameKeyring(f, false))
	f.Fuzz(func(t *testing.T, s []byte) {
		m.Append(nil, s) // any input: no panic
		m.Unmap(nil, s)
		if n, ok := PhoneAt(s); ok {
			if n < 1+phoneMinDigits || n > len(s) {
				t.Fatalf("PhoneAt(%q) = %d", s, n)
			}
			checkPhonePseudonym(t, m, string(s[:n]))
		}
		if ParsePhone(s) {
			checkPhonePseudonym(t, m, string(s))
		}
	})
}

func BenchmarkPhoneAppend(b *testing.B) {
	m := NewPhones(testNameKeyring(b, false))
	phone := []byte("+44 20 7946 0958")
	dst := make([]byte, 0, 64)
	for b.Loop() {
		dst = m.Append(dst[:0], phone)
	}
}
