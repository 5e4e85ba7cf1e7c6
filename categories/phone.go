package categories

// Telephone numbers are found in free text only in the international form, '+' and an
// assigned E.164 country code, since a bare run of digits could be anything; at a key that
// names a phone (phone=, mobile, msisdn) any national form is taken. Every character that
// is not a digit stays in place. The country code stays, or, without a '+', the first digit
// (a trunk prefix such as 0, or the start of a national number), or 00 and the country
// code (the international prefix, mapped as after '+'), or the code of a number of eleven
// digits or more that starts with one (E.164 without its '+', as switches write an
// MSISDN, mapped as after '+' too); the remaining digits are
// permuted as one number of their length, tweaked by what stays, so a pseudonym has the
// same shape and country, and two numbers never share one. The separators are not in the
// tweak: +44 20 7946 0958 and +44-20-7946-0958 get the same digits.

// Phone is the name of the telephone number category.
const Phone = "phone"

var phoneInfo = Category{
	Name:        Phone,
	Risk:        High,
	Description: "telephone numbers: international (+country code) in any text, any form at a phone key; separators and the country code or first digit kept",
	Reason:      "a phone number reaches one person directly and links their accounts across services",
}

const (
	phoneMinDigits      = 8  // in free text, country code included
	phoneMaxDigits      = 15 // E.164: at most 15 digits, country code included
	phoneMinValueDigits = 6  // at a phone key, where short extensions and local numbers occur
)

// phoneCountryCodes are the country codes assigned in ITU-T E.164: geographic areas, and
// the global services and networks (800 freephone, 808 shared cost, 870 Inmarsat,
// 881-883 international networks, 979 premium rate). Being a prefix code (no code starts
// another), the digits after a '+' begin with at most one of them.
var phoneCountryCodes = [...]uint16{
	1, 7,
	20, 211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
	230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246,
	247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264,
	265, 266, 267, 268, 269, 27, 290, 291, 297, 298, 299,
	30, 31, 32, 33, 34, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 36,
	370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387,
	389, 39,
	40, 41, 420, 421, 423, 43, 44, 45, 46, 47, 48, 49,
	500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 51, 52, 53, 54, 55, 56, 57, 58,
	590, 591, 592, 593, 594, 595, 596, 597, 598, 599,
	60, 61, 62, 63, 64, 65, 66, 670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681,
	682, 683, 685, 686, 687, 688, 689, 690, 691, 692,
	800, 808, 81, 82, 84, 850, 852, 853, 855, 856, 86, 870, 880, 881, 882, 883, 886,
	90, 91, 92, 93, 94, 95, 960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972,
	973, 974, 975, 976, 977, 979, 98, 992, 993, 994, 995, 996, 998,
}

// phoneCodeLength holds, for each three-digit string, the length of the country code it
// starts with, or 0: a code of one digit fills 100 entries, of two digits 10, of three 1.
var phoneCodeLength = func() (t [1000]uint8) {
	for _, c := range phoneCountryCodes {
		n, span := 3, 1
		for v := c; v < 100; v *= 10 {
			n--
			span *= 10
		}
		first := int(c) * span
		for i := first; i < first+span; i++ {
			t[i] = uint8(n)
		}
	}
	return t
}()

// phoneCountryCodeLen returns the length of the country code that the digits at the start
// of s begin with, or 0 when they begin with none.
func phoneCountryCodeLen(s []byte) int {
	i := 0
	for n := 1; n <= 3; n++ {
		if n > len(s) || s[n-1] < '0' || s[n-1] > '9' {
			return 0
		}
		i += int(s[n-1]-'0') * int(pow10(3-n))
		if int(phoneCodeLength[i]) == n {
			return n
		}
	}
	return 0
}

// startsCode reports whether the digit first, then the number x written in n digits,
// start with an assigned country code.
func startsCode(first byte, x uint64, n int) bool {
	lead := [3]byte{first, byte('0' + x/pow10(n-1)%10), byte('0' + x/pow10(n-2)%10)}
	return phoneCountryCodeLen(lead[:]) > 0
}

func isPhoneSeparator(c byte) bool { return c == ' ' || c == '-' || c == '.' }

// PhoneAt reads an international telephone number at the start of s and returns its
// length: '+', an assigned country code, then groups of digits, each after at most one
// space, dash or dot, one of which may be in parentheses ("+1 (555) 010-4477",
// "+44 (0)20 7946 0958"); 8 to 15 digits in all, not running on into a further group, a
// digit or a letter.
func PhoneAt(s []byte) (n int, ok bool) {
	if len(s) < 1+phoneMinDigits || s[0] != '+' {
		return 0, false
	}
	cc := phoneCountryCodeLen(s[1:])
	if cc == 0 {
		return 0, false
	}
	n, digits, paren := 1+cc, cc, false
	for {
		i := n
		if i < len(s) && isPhoneSeparator(s[i]) {
			i++
		}
		if i < len(s) && s[i] == '(' && !paren {
			g := decimalRun(s[i+1:])
			if g == 0 || i+1+g >= len(s) || s[i+1+g] != ')' {
				break
			}
			paren = true
			digits += g
			n = i + 2 + g
		} else if g := decimalRun(s[i:]); g > 0 {
			digits += g
			n = i + g
		} else {
			break
		}
		if digits > phoneMaxDigits {
			return 0, false // a longer number
		}
	}
	if digits < phoneMinDigits {
		return 0, false
	}
	if n < len(s) {
		if c := s[n] | 0x20; c >= 'a' && c <= 'z' {
			return 0, false
		}
	}
	return n, true
}

// ParsePhone reports whether s, a value found at a key that names a telephone number, is
// one: an optional '+', then digits with spaces, dashes, dots, slashes and balanced,
// unnested parentheses between them, 6 to 15 digits, and nothing else.
func ParsePhone(s []byte) bool {
	if len(s) > 0 && s[0] == '+' {
		s = s[1:]
	}
	if len(s) == 0 || !(s[0] >= '0' && s[0] <= '9' || s[0] == '(') {
		return false
	}
	if last := s[len(s)-1]; !(last >= '0' && last <= '9' || last == ')') {
		return false
	}
	digits, open := 0, false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '/':
		case c == '(' && !open:
			open = true
		case c == ')' && open:
			open = false
		default:
			return false
		}
	}
	return !open && digits >= phoneMinValueDigits && digits <= phoneMaxDigits
}

// PhoneMapper maps telephone numbers for one worker. It is not safe for concurrent use.
type PhoneMapper struct {
	rest digitPermutation
}

// NewPhones returns a telephone number mapper.
func NewPhones(k *Keyring) *PhoneMapper {
	m := &PhoneMapper{}
	m.rest.init(k.Subkey(Phone))
	return m
}

// Append appends the pseudonym of a telephone number found by PhoneAt or accepted by
// ParsePhone. Other input is mapped the same way when it has 2 to 18 digits, and appended
// unchanged otherwise.
func (m *PhoneMapper) Append(dst, phone []byte) []byte {
	return m.appendMapped(dst, phone, false)
}

// Unmap appends the original of a telephone number pseudonym made by Append under the
// same key.
func (m *PhoneMapper) Unmap(dst, phone []byte) []byte {
	return m.appendMapped(dst, phone, true)
}

// phoneMappedDigits is the most digits Append maps: what digitPermutation holds, plus a
// kept digit.
const phoneMappedDigits = maxPermutedDigits + 1

func (m *PhoneMapper) appendMapped(dst, phone []byte, inverse bool) []byte {
	var at [phoneMappedDigits]int // the index in phone of each digit
	var d [phoneMappedDigits]byte
	nd := 0
	for i, c := range phone {
		if c >= '0' && c <= '9' {
			if nd == len(d) {
				return append(dst, phone...)
			}
			at[nd], d[nd] = i, c
			nd++
		}
	}
	plus := len(phone) > 0 && phone[0] == '+'
	// A number in E.164 without its '+' (an MSISDN as switches and HLRs write it,
	// 491576859119): eleven digits or more, no trunk 0, no separator, an assigned code
	// first. Its code is kept, and the rest mapped as after "+49".
	bare := !plus && nd >= 11 && nd == len(phone) && d[0] != '0'
	e164 := bare && phoneCountryCodeLen(d[:nd]) > 0
	keep, intl := 1, 0
	if plus || e164 {
		// An unassigned code keeps three digits, the most a code has: what is kept then
		// decides, in the pseudonym too, that no code is there.
		if keep = phoneCountryCodeLen(d[:nd]); keep == 0 {
			keep = 3
		}
	} else if nd > 4 && d[0] == '0' && d[1] == '0' {
		// 00 and a country code, the international prefix dialled in Europe (0033...,
		// 0044...): both kept, and the rest mapped as after "+33", so both forms of a
		// number share its pseudonym's digits.
		if n := phoneCountryCodeLen(d[2:nd]); n > 0 {
			keep, intl = 2+n, 2
		} else {
			keep = 5 // 00 and three digits that start no code: kept, as they decide that
		}
	}
	if nd <= keep || nd-keep > maxPermutedDigits {
		return append(dst, phone...)
	}
	kept := 0
	for _, c := range d[intl:keep] {
		kept = kept*10 + int(c-'0')
	}
	rest := d[keep:nd]
	var x uint64
	for _, c := range rest {
		x = x*10 + uint64(c-'0')
	}
	var tweak [7]byte
	if plus || intl > 0 || e164 {
		tweak[0] = '+'
	}
	tweak[1], tweak[2], tweak[3], tweak[4] = byte(keep-intl), byte(kept>>8), byte(kept), byte(len(rest))
	size := pow10(len(rest))
	// A national number's trunk prefix 0 and a digit other than 0 must not become 00, an
	// international prefix, in the pseudonym: the permutation is walked on until the
	// first mapped digit is not 0 (a cycle walk keeps it a permutation of those numbers).
	leadKept := keep == 1 && d[0] == '0' && nd > 4 // (so d[1] is not 0: that is the branch of 00)
	for {
		if inverse {
			x = m.rest.unpermute(x, size, tweak)
		} else {
			x = m.rest.permute(x, size, tweak)
		}
		// A bare number that starts with no code must not start with one in its pseudonym
		// either (the pseudonym would be read back as E.164): walked on like the above.
		if (!leadKept || x >= size/10) && !(bare && !e164 && startsCode(d[0], x, len(rest))) {
			break
		}
	}
	for i := len(rest) - 1; i >= 0; i-- {
		rest[i] = byte('0' + x%10)
		x /= 10
	}
	start := len(dst)
	dst = append(dst, phone...)
	for i, p := range at[:nd] {
		dst[start+p] = d[i]
	}
	return dst
}
