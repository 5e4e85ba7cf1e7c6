package categories

import (
	"math/bits"

	"github.com/siemanon/siemanon/categories/ff1"
)

// International Bank Account Numbers are found by their shape and checked in full: a
// country of the IBAN registry, two check digits, and a basic bank account number (BBAN)
// of letters and digits, contiguous or printed in groups of four, of exactly the country's
// length, passing the ISO 7064 mod 97-10 check. The country code and the spacing stay;
// every BBAN character keeps its class: the digits are permuted as one number and the
// letters as one base-26 number, each under the country and the positions of the letters
// as tweak, and the check digits are recomputed, so a pseudonym is a valid IBAN of the same
// country and layout, and two IBANs never share one.

// IBAN is the name of the bank account number category.
const IBAN = "iban"

var ibanInfo = Category{
	Name:        IBAN,
	Risk:        High,
	Description: "International Bank Account Numbers, mod-97 checked; country code and spacing kept, every character keeps its class, check digits recomputed",
	Reason:      "an account number identifies its holder and lets anyone who has it request payments from the account",
}

// ibanCountryLengths is the IBAN length of every country of the ISO 13616 IBAN registry.
var ibanCountryLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
	"BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
	"DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
	"GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
	"IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
	"LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
	"MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
	"PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
	"SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

// ibanLengthByCountry indexes ibanCountryLengths by (first letter, second letter), so that
// IBANAt looks a country up without hashing.
var ibanLengthByCountry = func() (t [26 * 26]uint8) {
	for c, n := range ibanCountryLengths {
		t[int(c[0]-'A')*26+int(c[1]-'A')] = uint8(n)
	}
	return t
}()

const (
	ibanMaxLength = 34 // ISO 13616: a BBAN has at most 30 characters
	// ibanMaxLetters bounds the letters of a BBAN so that 26^letters fits the 128 bits of
	// the widest permutation; no registry format has more than about a dozen.
	ibanMaxLetters = 27
	// feistelMaxSize is the largest domain digitPermutation takes: its Feistel network
	// works on at most 62 bits.
	feistelMaxSize = 1 << 62
)

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isIBANChar(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' }

// IBANAt reads an IBAN at the start of s and returns its length: two upper-case letters
// naming a registry country, two check digits from 02 to 98, then the BBAN of digits and
// upper-case letters, either contiguous ("DE89370400440532013000") or in the print form of
// groups of four separated by single spaces ("DE89 3704 0044 0532 0130 00"), or that form
// with its first blank lost, as spreadsheet exports write it ("PL081090 1014 0000 ...").
// The whole must have the country's length, pass the mod-97 check and not run on into a
// letter or digit.
func IBANAt(s []byte) (n int, ok bool) {
	if len(s) < 15 || !isUpperASCII(s[0]) || !isUpperASCII(s[1]) {
		return 0, false
	}
	length := int(ibanLengthByCountry[int(s[0]-'A')*26+int(s[1]-'A')])
	if length == 0 || s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9' {
		return 0, false
	}
	// Check digits are 02 to 98 (ISO 7064); 00, 01 and 99 can pass the mod-97 test only as
	// a second spelling of 97, 98 or 02, which a recomputed check would not give back.
	if check := (s[2]-'0')*10 + s[3] - '0'; check < 2 || check > 98 {
		return 0, false
	}
	var b [ibanMaxLength]byte
	copy(b[:], s[:4])
	grouped, count := s[4] == ' ', 4
	if !grouped && s[8] == ' ' && isIBANChar(s[4]) && isIBANChar(s[5]) && isIBANChar(s[6]) && isIBANChar(s[7]) {
		copy(b[4:8], s[4:8])
		grouped, count = true, 8
	}
	if grouped {
		n = count
		for count < length {
			g := min(4, length-count)
			if n+1+g > len(s) || s[n] != ' ' {
				return 0, false
			}
			for _, c := range s[n+1 : n+1+g] {
				if !isIBANChar(c) {
					return 0, false
				}
				b[count] = c
				count++
			}
			n += 1 + g
		}
	} else {
		if len(s) < length {
			return 0, false
		}
		for i, c := range s[4:length] {
			if !isIBANChar(c) {
				return 0, false
			}
			b[4+i] = c
		}
		n = length
	}
	if n < len(s) && (isIBANChar(s[n]) || s[n] >= 'a' && s[n] <= 'z') {
		return 0, false
	}
	letters := 0
	for _, c := range b[4:length] {
		if isUpperASCII(c) {
			letters++
		}
	}
	if letters > ibanMaxLetters || ibanRemainder(b[4:length], b[:4]) != 1 {
		return 0, false
	}
	return n, true
}

// ibanRemainder returns the ISO 7064 mod 97-10 remainder of the IBAN whose BBAN is bban and
// whose first four characters are head: the BBAN, then the head, letters read as 10 to 35.
func ibanRemainder(bban, head []byte) int {
	r := 0
	for _, part := range [2][]byte{bban, head} {
		for _, c := range part {
			if c <= '9' {
				r = (r*10 + int(c-'0')) % 97
			} else {
				r = (r*100 + int(c-'A') + 10) % 97
			}
		}
	}
	return r
}

// IBANMapper maps IBANs for one worker. It is not safe for concurrent use.
type IBANMapper struct {
	narrow  digitPermutation // classes of at most 2^62 values
	wideKey []byte
	wide    [129]*ff1.Binary // by width in bits, made on first use
	tweak   [7]byte
}

// NewIBANs returns an IBAN mapper.
func NewIBANs(k *Keyring) *IBANMapper {
	m := &IBANMapper{wideKey: k.Subkey(IBAN + "/wide")}
	m.narrow.init(k.Subkey(IBAN))
	return m
}

// Append appends the pseudonym of an IBAN found by IBANAt. Other input is mapped the same
// way when it has the shape of one, and appended unchanged when it does not.
func (m *IBANMapper) Append(dst, iban []byte) []byte {
	return m.appendMapped(dst, iban, false)
}

// Unmap appends the original of an IBAN pseudonym made by Append under the same key: each
// class is permuted back, and the recomputed check digits are the original ones.
func (m *IBANMapper) Unmap(dst, iban []byte) []byte {
	return m.appendMapped(dst, iban, true)
}

func (m *IBANMapper) appendMapped(dst, iban []byte, inverse bool) []byte {
	if len(iban) < 5 || !isUpperASCII(iban[0]) || !isUpperASCII(iban[1]) ||
		iban[2] < '0' || iban[2] > '9' || iban[3] < '0' || iban[3] > '9' {
		return append(dst, iban...)
	}
	var at [ibanMaxLength - 4]int // the index in iban of each BBAN character
	var bban [ibanMaxLength - 4]byte
	nb, letters := 0, 0
	var layout uint32 // bit i set: BBAN character i is a letter
	for i := 4; i < len(iban); i++ {
		c := iban[i]
		if c == ' ' {
			continue
		}
		if !isIBANChar(c) || nb == len(bban) {
			return append(dst, iban...)
		}
		if isUpperASCII(c) {
			layout |= 1 << nb
			letters++
		}
		at[nb], bban[nb] = i, c
		nb++
	}
	if nb == 0 || letters > ibanMaxLetters {
		return append(dst, iban...)
	}
	m.tweak = [7]byte{iban[0], iban[1], 0, byte(layout >> 24), byte(layout >> 16), byte(layout >> 8), byte(layout)}
	m.permuteClass(bban[:nb], false, inverse)
	m.permuteClass(bban[:nb], true, inverse)

	start := len(dst)
	dst = append(dst, iban...)
	out := dst[start:]
	for i, p := range at[:nb] {
		out[p] = bban[i]
	}
	head := [4]byte{iban[0], iban[1], '0', '0'}
	check := 98 - ibanRemainder(bban[:nb], head[:])
	out[2], out[3] = byte('0'+check/10), byte('0'+check%10)
	return dst
}

// permuteClass permutes, in place, the letters (radix 26) or the digits (radix 10) of bban
// as one number of that many places, leading zeros (or A's) included.
func (m *IBANMapper) permuteClass(bban []byte, letters bool, inverse bool) {
	radix, zero := uint64(10), byte('0')
	if letters {
		radix, zero = 26, 'A'
		m.tweak[2] = 'A'
	} else {
		m.tweak[2] = '0'
	}
	var x ff1.Uint128
	size := ff1.Uint128{Lo: 1}
	places := 0
	for _, c := range bban {
		if isUpperASCII(c) == letters {
			x = mulAdd128(x, radix, uint64(c-zero))
			size = mulAdd128(size, radix, 0)
			places++
		}
	}
	if places == 0 {
		return
	}
	x = m.permuteBelow(x, size, inverse)
	for i := len(bban) - 1; i >= 0; i-- {
		if isUpperASCII(bban[i]) == letters {
			var d uint64
			x, d = divMod128(x, radix)
			bban[i] = zero + byte(d)
		}
	}
}

// permuteBelow maps x in [0, size) to [0, size) under m.tweak, or back. Up to 2^62 values
// the Feistel network of digitPermutation does; above, FF1 over the bits of size-1 does,
// walking the cycle until it lands below size (fewer than two steps on average).
func (m *IBANMapper) permuteBelow(x, size ff1.Uint128, inverse bool) ff1.Uint128 {
	if size.Hi == 0 && size.Lo <= feistelMaxSize {
		if inverse {
			return ff1.Uint128{Lo: m.narrow.unpermute(x.Lo, size.Lo, m.tweak)}
		}
		return ff1.Uint128{Lo: m.narrow.permute(x.Lo, size.Lo, m.tweak)}
	}
	top, borrow := bits.Sub64(size.Lo, 1, 0)
	width := bits.Len64(top)
	if hi := size.Hi - borrow; hi != 0 {
		width = 64 + bits.Len64(hi)
	}
	f := m.wide[width]
	if f == nil {
		var err error
		if f, err = ff1.NewBinary(m.wideKey, width); err != nil {
			panic(err) // the key is 32 bytes and width is in (62, 128]
		}
		m.wide[width] = f
	}
	for {
		if inverse {
			x = f.Decrypt(x, m.tweak[:])
		} else {
			x = f.Encrypt(x, m.tweak[:])
		}
		if x.Hi < size.Hi || x.Hi == size.Hi && x.Lo < size.Lo {
			return x
		}
	}
}

// mulAdd128 returns x*m + a; it must not overflow 128 bits.
func mulAdd128(x ff1.Uint128, m, a uint64) ff1.Uint128 {
	hi, lo := bits.Mul64(x.Lo, m)
	lo, carry := bits.Add64(lo, a, 0)
	return ff1.Uint128{Hi: x.Hi*m + hi + carry, Lo: lo}
}

// divMod128 returns x/m and x%m.
func divMod128(x ff1.Uint128, m uint64) (ff1.Uint128, uint64) {
	hi, r := x.Hi/m, x.Hi%m
	lo, r := bits.Div64(r, x.Lo, m)
	return ff1.Uint128{Hi: hi, Lo: lo}, r
}
