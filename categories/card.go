package categories

// Payment card numbers (PANs) are found by their shape: 13 to 19 digits, contiguous or in
// groups split by one kind of separator, starting with the issuer identification number
// (IIN) of a card brand, with a valid Luhn check digit. The first six digits name the
// issuing bank, not the cardholder (PCI DSS lets them be displayed), so they stay, as do
// the separators; the digits between them and the check digit are permuted as one number
// of their length, tweaked by the IIN and the length, and the check digit is recomputed.
// A pseudonym is then a valid PAN of the same brand and bank, and two PANs never share one.

// Card is the name of the payment card category.
const Card = "card"

var cardInfo = Category{
	Name:        Card,
	Risk:        High,
	Description: "payment card numbers (PANs) of the major brands, Luhn-checked; the IIN (first six digits), separators and length are kept, the check digit recomputed",
	Reason:      "a card number is cardholder data under PCI DSS: it identifies the holder and can be used for fraud",
}

const (
	cardMinDigits  = 13
	cardMaxDigits  = 19
	cardIINDigits  = 6
	cardFirstGroup = 4 // the grouped form always starts with four digits
	cardMinGroup   = 3 // later groups: 4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3, 4-3-3-3, ...
	cardMaxGroup   = 6
)

// CardMapper maps payment card numbers for one worker. It is not safe for concurrent use.
type CardMapper struct {
	middle digitPermutation
}

// NewCards returns a card number mapper.
func NewCards(k *Keyring) *CardMapper {
	m := &CardMapper{}
	m.middle.init(k.Subkey(Card))
	return m
}

// CardAt reads a payment card number at the start of s and returns its length. The caller
// checks that the byte before s is not a digit. The number is 13 to 19 digits, either
// contiguous or in groups of 3 to 6 digits after a first group of 4, all joined by the same
// single space or dash; it must not run on into another digit or another group joined by
// that separator, must begin with a brand's IIN at a length that brand issues, must not be
// one digit repeated, and must pass the Luhn check. It is called on every digit run of a
// line, so the first two digits are checked before anything is scanned.
func CardAt(s []byte) (n int, ok bool) {
	if len(s) < cardMinDigits || !cardLeadPossible(s[0], s[1]) {
		return 0, false
	}
	var d [cardMaxDigits]byte
	nd := 0
	run := decimalRun(s)
	switch {
	case run >= cardMinDigits && run <= cardMaxDigits:
		nd = copy(d[:], s[:run])
		n = run
	case run == cardFirstGroup && (s[run] == ' ' || s[run] == '-'):
		sep := s[run]
		nd = copy(d[:], s[:run])
		n = run
		for n+1 < len(s) && s[n] == sep && s[n+1] >= '0' && s[n+1] <= '9' {
			g := decimalRun(s[n+1:])
			if g < cardMinGroup || g > cardMaxGroup || nd+g > cardMaxDigits {
				return 0, false // a longer number, or groups no card is printed in
			}
			nd += copy(d[nd:], s[n+1:n+1+g])
			n += 1 + g
		}
		if nd < cardMinDigits {
			return 0, false
		}
	default:
		return 0, false
	}
	digits := d[:nd]
	if !cardBrandLength(digits) || sameDigit(digits) || luhnCheckDigit(digits[:nd-1]) != digits[nd-1] {
		return 0, false
	}
	return n, true
}

// decimalRun returns the number of ASCII digits at the start of s.
func decimalRun(s []byte) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// cardLeadPossible reports whether a PAN can start with the digits a and b: it rejects
// most digit runs (years, counters, ports) before they are scanned.
func cardLeadPossible(a, b byte) bool {
	if b < '0' || b > '9' {
		return false
	}
	switch a {
	case '2':
		return b >= '2' && b <= '7'
	case '3':
		return b == '0' || b >= '4' && b <= '8'
	case '4', '5', '6':
		return true
	}
	return false
}

// cardBrandLength reports whether the PAN digits begin with the IIN of a card brand and
// have a length that brand issues.
func cardBrandLength(d []byte) bool {
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p3 := p2*10 + int(d[2]-'0')
	p4 := p3*10 + int(d[3]-'0')
	n := len(d)
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // American Express
		return n == 15
	case p3 >= 300 && p3 <= 305, p2 == 36, p2 == 38: // Diners Club
		return n >= 14
	case p4 >= 3528 && p4 <= 3589: // JCB
		return n >= 16
	case p4 == 6011, p3 >= 644 && p3 <= 649, p2 == 65: // Discover
		return n >= 16
	case p2 == 62: // UnionPay
		return n >= 16
	case p2 == 60: // RuPay
		return n == 16
	case p4 == 5018, p4 == 5020, p4 == 5038, p4 == 5893, p4 == 6304, p4 == 6759, p4 >= 6761 && p4 <= 6763:
		// Maestro's IINs. The whole 50-69 range Maestro may use takes in too many serial
		// numbers that pass the Luhn check by chance (one in ten does); PAN-OS sequence
		// numbers, for one, start with 69.
		return true
	}
	return false
}

// sameDigit reports whether d is one digit repeated (4444 4444 4444 4444): a placeholder,
// not a card.
func sameDigit(d []byte) bool {
	for _, c := range d[1:] {
		if c != d[0] {
			return false
		}
	}
	return true
}

// luhnCheckDigit returns the digit that, appended to payload, makes it Luhn-valid: from
// the right, every other digit starting with payload's last is doubled (less 9 above 9).
func luhnCheckDigit(payload []byte) byte {
	sum, double := 0, true
	for i := len(payload) - 1; i >= 0; i-- {
		v := int(payload[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// Append appends the pseudonym of a card number found by CardAt. Anything else of 13 to 19
// digits with spaces or dashes is mapped the same way; other input is appended unchanged.
func (m *CardMapper) Append(dst, pan []byte) []byte {
	return m.appendMapped(dst, pan, false)
}

// Unmap appends the original of a card number pseudonym made by Append under the same key.
// The middle digits are permuted back; the check digit, recomputed, is the original one
// since the original was Luhn-valid.
func (m *CardMapper) Unmap(dst, pan []byte) []byte {
	return m.appendMapped(dst, pan, true)
}

func (m *CardMapper) appendMapped(dst, pan []byte, inverse bool) []byte {
	var at [cardMaxDigits]int // the index in pan of each digit
	var d [cardMaxDigits]byte
	nd := 0
	for i, c := range pan {
		switch {
		case c >= '0' && c <= '9':
			if nd == cardMaxDigits {
				return append(dst, pan...)
			}
			at[nd], d[nd] = i, c
			nd++
		case c != ' ' && c != '-':
			return append(dst, pan...)
		}
	}
	if nd < cardMinDigits {
		return append(dst, pan...)
	}
	var iin uint32
	for _, c := range d[:cardIINDigits] {
		iin = iin*10 + uint32(c-'0')
	}
	middle := d[cardIINDigits : nd-1]
	var x uint64
	for _, c := range middle {
		x = x*10 + uint64(c-'0')
	}
	// Every number of len(middle) digits, leading zeros included, is a middle of some
	// PAN of this IIN and length, so the permutation runs over all of [0, 10^k).
	size := pow10(len(middle))
	tweak := [7]byte{byte(nd), byte(iin >> 16), byte(iin >> 8), byte(iin)}
	if inverse {
		x = m.middle.unpermute(x, size, tweak)
	} else {
		x = m.middle.permute(x, size, tweak)
	}
	for i := len(middle) - 1; i >= 0; i-- {
		middle[i] = byte('0' + x%10)
		x /= 10
	}
	d[nd-1] = luhnCheckDigit(d[:nd-1])
	start := len(dst)
	dst = append(dst, pan...)
	for i, p := range at[:nd] {
		dst[start+p] = d[i]
	}
	return dst
}
