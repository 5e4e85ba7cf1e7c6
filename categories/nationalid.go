package categories

import "strings"

// National identification numbers (GDPR Art. 87: identifiers of general application) have
// one format per country, and most carry a check character. A format is a layout of
// payload characters (digits, letters, or letters of a restricted set), separators and
// check characters. Only layouts distinctive enough not to be taken for something else
// are found in any text (a codice fiscale, a Spanish DNI, a Brazilian CPF written 123.456.789-09, a Finnish henkilötunnus, a
// Swedish personnummer with its dash, a US SSN with its dashes, ...); a bare run of
// digits (an 11-digit PESEL, a 9-digit BSN) is one only at a key or after a word that
// names it, and there a value of no known format is still mapped, class by class.
//
// The payload is read as one mixed-radix number and permuted over its layout's space,
// keyed and tweaked by the format and layout; the walk goes on until the result is a
// valid number of the same format (a date where the format holds one, a check character
// that exists) that no earlier format would claim. Then the check characters are
// recomputed. A pseudonym is a valid identifier of the same country and layout, two
// identifiers never share one, and the key reverses it.

// NationalID is the name of the national identification number category.
const NationalID = "nationalid"

var nationalIDInfo = Category{
	Name:        NationalID,
	Risk:        High,
	Description: "national identity, tax and social-security numbers (SSN, NINO, PESEL, BSN, NIR, DNI/NIE, codice fiscale, personnummer, ...): check characters verified and recomputed, layout kept",
	Reason:      "a national identification number names one person for life across every register that uses it (GDPR Art. 87)",
}

// idScheme is one country's identifier. In a layout, '9' is a digit, 'A' a capital
// letter, 'L', 'M', 'P', 'Q' and 'S' characters of a restricted set (idLetterSets), '#' a check
// character, '~' a character that stays and is one of keep; any other byte stands for
// itself.
type idScheme struct {
	name    string
	layouts []string
	byShape int    // layouts[:byShape] are found in any text, the others only at keys
	keep    string // what a '~' may be
	checks  string // what a '#' may be; digits when empty
	valid   func(v []byte) bool
	fill    func(v []byte, layout string) bool // writes the check characters; false if none exists
	// anyCheck: a layout so distinctive that a value of it is found in text whatever its
	// check character (a mistyped codice fiscale is still a person's); such a value
	// is mapped as a value of no known format, so that it maps back.
	anyCheck bool
}

// idLetterSets are the restricted letter classes of layouts.
var idLetterSets = map[byte]string{
	'M': "ABCDEHLMPRST",                // codice fiscale: the month
	'L': "ABCDEFGHIJKLMNOPQRSTUVWXYZ9", // UK driving licence: a letter, or the 9 that pads a name
	'P': "ABCEGHJKLMNOPRSTWXYZ",        // NINO: first prefix letter (not D F I Q U V)
	'Q': "ABCEGHJKLMNPRSTWXYZ",         // NINO: second prefix letter (not D F I O Q U V)
	'S': "ABCD",                        // NINO: the suffix
}

const (
	upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	dniLetters   = "TRWAGMYFPDXBNJZSQVHLCKE"
	hetuChecks   = "0123456789ABCDEFHJKLMNPRSTUVWXY"
	idMaxLen     = 24 // the longest layout
	idMaxPayload = 20
)

// idSchemes in the order they are tried: formats with check characters first, so that a
// number at a key is taken for a format that can verify it.
var idSchemes = []idScheme{
	{name: "codice fiscale (IT)", layouts: []string{"AAAAAA99M99A999#"}, byShape: 1, checks: upperLetters,
		valid: func(v []byte) bool { d := num(v[9:11]); return d >= 1 && d <= 31 || d >= 41 && d <= 71 },
		fill:  fillCodiceFiscale, anyCheck: true},
	{name: "DNI (ES)", layouts: []string{"99999999#", "99999999-#", "99.999.999-#"}, byShape: 3, checks: dniLetters,
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			return setChecks(v, layout, dniLetters[digitsValue(collectDigits(&d, v, layout))%23])
		}},
	{name: "NIE (ES)", layouts: []string{"~9999999#", "~-9999999-#"}, byShape: 2, keep: "XYZ", checks: dniLetters,
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			n := uint64(v[0]-'X')*10_000_000 + digitsValue(collectDigits(&d, v, layout))
			return setChecks(v, layout, dniLetters[n%23])
		}},
	{name: "henkilötunnus (FI)", layouts: []string{"999999~999#"}, byShape: 1, keep: "-+ABCDEFUVWXY", checks: hetuChecks,
		valid: func(v []byte) bool { return dayMonthOK(num(v[0:2]), num(v[2:4])) && num(v[7:10]) >= 2 },
		fill: func(v []byte, layout string) bool {
			n := uint64(num(v[0:6]))*1000 + uint64(num(v[7:10]))
			return setChecks(v, layout, hetuChecks[n%31])
		}},
	// With its century and dash (19540312-4471) it is found in any text too: a birth year
	// up to 2015 tells it from a date-stamped id (a build's 20241112-0042).
	{name: "personnummer (SE)", layouts: []string{"999999~999#", "99999999-999#", "999999999#", "99999999999#"}, byShape: 2, keep: "-+",
		valid: func(v []byte) bool {
			d := lastDigits(v, 10)
			day := num(d[4:6])
			if len(v) == 13 || len(v) == 12 {
				if c := num(v[:2]); c < 18 || c > 20 || c == 20 && num(v[2:4]) > 15 {
					return false
				}
			}
			return monthOK(num(d[2:4])) && (day >= 1 && day <= 31 || day >= 61 && day <= 91)
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout)
			return setChecks(v, layout, luhnCheckDigit(asciiDigits(p[len(p)-9:])))
		}},
	{name: "rijksregisternummer (BE)", layouts: []string{"99.99.99-999.##", "999999999##"}, byShape: 1,
		valid: belgianDateOK, fill: func(v []byte, layout string) bool { return fillBelgian(v, layout, 0) }},
	{name: "rijksregisternummer, born from 2000 (BE)", layouts: []string{"99.99.99-999.##", "999999999##"}, byShape: 1,
		valid: belgianDateOK, fill: func(v []byte, layout string) bool { return fillBelgian(v, layout, 2_000_000_000) }},
	{name: "rodné číslo (CZ, SK)", layouts: []string{"999999/999#", "999999999#"}, byShape: 1,
		valid: func(v []byte) bool {
			m := num(v[2:4])
			return (monthOK(m) || monthOK(m-20) || monthOK(m-50) || monthOK(m-70)) && dayOK(num(v[4:6]))
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			c := (11 - digitsValue(collectDigits(&d, v, layout))*10%11) % 11
			return c < 10 && setChecks(v, layout, byte('0'+c))
		}},
	{name: "eID card (BE)", layouts: []string{"999-9999999-##", "9999999999##"}, byShape: 1,
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			k := digitsValue(collectDigits(&d, v, layout)) % 97
			if k == 0 {
				k = 97
			}
			return setChecks(v, layout, byte('0'+k/10), byte('0'+k%10))
		}},
	{name: "AHV/AVS (CH)", layouts: []string{"756.9999.9999.9#", "756999999999#"}, byShape: 1,
		fill: payloadCheck(weightedMod10)},
	{name: "NIR (FR)", layouts: []string{"9 99 99 99 999 999 ##", "9999999999999##"}, byShape: 2,
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, "9999999999999")
			m := int(digitsValue(p[3:5]))
			return bytesIndex("123478", '0'+p[0]) && (monthOK(m) || m == 20 || m >= 30 && m <= 42 || m >= 50)
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			k := 97 - digitsValue(collectDigits(&d, v, layout))%97
			return setChecks(v, layout, byte('0'+k/10), byte('0'+k%10))
		}},
	{name: "Sozialversicherungsnummer (DE)", layouts: []string{"99999999A99#", "99 999999 A 99#"}, byShape: 2,
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, "99999999")
			return dayMonthOK(int(digitsValue(p[2:4])), int(digitsValue(p[4:6])))
		},
		fill: fillGermanSocialInsurance},
	{name: "NHS number (UK)", layouts: []string{"999 999 999#", "999-999-999#", "999999999#"},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout)
			sum := 0
			for i, c := range p {
				sum += int(c) * (10 - i)
			}
			c := (11 - sum%11) % 11
			return c < 10 && setChecks(v, layout, byte('0'+c))
		}},
	{name: "PESEL (PL)", layouts: []string{"9999999999#"},
		valid: func(v []byte) bool {
			m := num(v[2:4]) // 01-12 born in the 1900s, 21-32 in the 2000s; other centuries are not alive
			return (monthOK(m) || monthOK(m-20)) && dayOK(num(v[4:6]))
		},
		fill: func(v []byte, layout string) bool {
			sum := 0
			for i, w := range [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3} {
				sum += w * int(v[i]-'0')
			}
			return setChecks(v, layout, byte('0'+(10-sum%10)%10))
		}},
	{name: "isikukood (EE)", layouts: []string{"9999999999#"},
		valid: func(v []byte) bool { return v[0] >= '3' && v[0] <= '6' && dayMonthOK(num(v[5:7]), num(v[3:5])) }, // born 1900 to 2099
		fill: func(v []byte, layout string) bool {
			c := weightedMod11(v[:10], [10]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1})
			if c == 10 {
				if c = weightedMod11(v[:10], [10]int{3, 4, 5, 6, 7, 8, 9, 1, 2, 3}); c == 10 {
					c = 0
				}
			}
			return setChecks(v, layout, byte('0'+c))
		}},
	{name: "AMKA (GR)", layouts: []string{"9999999999#"},
		valid: func(v []byte) bool { return dayMonthOK(num(v[0:2]), num(v[2:4])) },
		fill: func(v []byte, layout string) bool {
			return setChecks(v, layout, luhnCheckDigit(v[:10]))
		}},
	{name: "Steuer-ID (DE)", layouts: []string{"9999999999#", "99 999 999 99#"},
		valid: func(v []byte) bool { return v[0] != '0' },
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			p := 10
			for _, c := range collectDigits(&d, v, layout) {
				s := (int(c) + p) % 10
				if s == 0 {
					s = 10
				}
				p = 2 * s % 11
			}
			return setChecks(v, layout, byte('0'+(11-p)%10))
		}},
	{name: "fødselsnummer (NO)", layouts: []string{"999999999##"},
		valid: func(v []byte) bool { return dayMonthOK(num(v[0:2])%40, num(v[2:4])%40) },
		fill: func(v []byte, layout string) bool {
			k1 := 11 - weightedMod11(v[:9], [10]int{3, 7, 6, 1, 8, 9, 4, 5, 2})
			if k1 == 11 {
				k1 = 0
			}
			if k1 == 10 {
				return false
			}
			v[9] = byte('0' + k1)
			k2 := 11 - weightedMod11(v[:10], [10]int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
			if k2 == 11 {
				k2 = 0
			}
			return k2 < 10 && setChecks(v, layout, byte('0'+k1), byte('0'+k2))
		}},
	{name: "T.C. Kimlik No (TR)", layouts: []string{"999999999##"},
		valid: func(v []byte) bool { return v[0] != '0' },
		fill: func(v []byte, layout string) bool {
			odd, even := 0, 0
			for i := 0; i < 9; i++ {
				if i%2 == 0 {
					odd += int(v[i] - '0')
				} else {
					even += int(v[i] - '0')
				}
			}
			k1 := ((odd*7-even)%10 + 10) % 10
			v[9] = byte('0' + k1)
			return setChecks(v, layout, byte('0'+k1), byte('0'+(odd+even+k1)%10))
		}},
	{name: "CNP (RO)", layouts: []string{"999999999999#"},
		valid: func(v []byte) bool { return bytesIndex("125678", v[0]) && dayMonthOK(num(v[5:7]), num(v[3:5])) }, // not born in the 1800s
		fill: func(v []byte, layout string) bool {
			sum := 0
			for i, w := range [12]int{2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9} {
				sum += w * int(v[i]-'0')
			}
			c := sum % 11
			if c == 10 {
				c = 1
			}
			return setChecks(v, layout, byte('0'+c))
		}},
	{name: "SVNR (AT)", layouts: []string{"999#999999", "999# 999999"},
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout9(v))
			return p[0] != 0 && dayMonthOK(int(digitsValue(p[4:6])), int(digitsValue(p[6:8])))
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			sum := 0
			for i, c := range collectDigits(&d, v, layout) {
				sum += int(c) * [9]int{3, 7, 9, 5, 8, 4, 2, 1, 6}[i]
			}
			c := sum % 11
			return c < 10 && setChecks(v, layout, byte('0'+c))
		}},
	{name: "BSN (NL)", layouts: []string{"99999999#", "9999.99.99#"},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			sum := 0
			for i, c := range collectDigits(&d, v, layout) {
				sum += int(c) * (9 - i)
			}
			c := sum % 11
			return c < 10 && setChecks(v, layout, byte('0'+c))
		}},
	{name: "NIF (PT)", layouts: []string{"99999999#", "999 999 99#"},
		valid: func(v []byte) bool { return bytesIndex("1235689", v[0]) },
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			sum := 0
			for i, c := range collectDigits(&d, v, layout) {
				sum += int(c) * (9 - i)
			}
			c := 11 - sum%11
			if c >= 10 {
				c = 0
			}
			return setChecks(v, layout, byte('0'+c))
		}},
	{name: "PPSN (IE)", layouts: []string{"9999999#", "9999999#~"}, keep: "ABHW", checks: "WABCDEFGHIJKLMNOPQRSTUV",
		fill: func(v []byte, layout string) bool {
			sum := 0
			for i := range 7 {
				sum += int(v[i]-'0') * (8 - i)
			}
			if len(v) == 9 && v[8] != 'W' {
				sum += 9 * int(v[8]-'A'+1)
			}
			return setChecks(v, layout, "WABCDEFGHIJKLMNOPQRSTUV"[sum%23])
		}},
	{name: "CPF (BR)", layouts: []string{"999.999.999-##", "999999999##"}, byShape: 1,
		valid: func(v []byte) bool { // not one digit eleven times (111.111.111-11 passes the checks)
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout9(v))
			for _, c := range p[1:] {
				if c != p[0] {
					return true
				}
			}
			return false
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout)
			first, second := 0, 0
			for i, c := range p {
				first += int(c) * (10 - i)
				second += int(c) * (11 - i)
			}
			c1 := first * 10 % 11 % 10
			c2 := (second + 2*c1) * 10 % 11 % 10
			return setChecks(v, layout, byte('0'+c1), byte('0'+c2))
		}},
	// The voter's card (título de eleitor): eight digits, the state's code (01 to 28),
	// two check digits; grouped 4-4-4 it is found in any text.
	{name: "título de eleitor (BR)", layouts: []string{"9999 9999 99##", "9999999999##"}, byShape: 1,
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout9(v))
			uf := int(p[8])*10 + int(p[9])
			return uf >= 1 && uf <= 28
		},
		fill: func(v []byte, layout string) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout)
			sum := 0
			for i, c := range p[:8] {
				sum += int(c) * (i + 2)
			}
			// A remainder of 10 is written 0; in São Paulo's and Minas Gerais' (01, 02)
			// a remainder of 0 is written 1.
			spMG := p[8] == 0 && (p[9] == 1 || p[9] == 2)
			digit := func(r int) byte {
				if r == 0 && spMG {
					return '1'
				}
				return byte('0' + r%10)
			}
			c1 := digit(sum % 11)
			c2 := digit((int(p[8])*7 + int(p[9])*8 + int(c1-'0')*9) % 11)
			return setChecks(v, layout, c1, c2)
		}},
	// India's Aadhaar: twelve digits, not starting with 0 or 1, the last a Verhoeff
	// check digit; grouped 4-4-4 as the card prints it, it is found in any text.
	{name: "Aadhaar (IN)", layouts: []string{"9999 9999 999#", "99999999999#"}, byShape: 1,
		valid: func(v []byte) bool { return v[0] >= '2' && v[0] <= '9' },
		fill:  payloadCheck(verhoeffCheckDigit)},
	// The Emirates ID: 784 (the country), the holder's birth year, seven digits and a
	// Luhn check digit; written with its dashes it is found in any text.
	{name: "Emirates ID (AE)", layouts: []string{"784-9999-9999999-#", "78499999999999#"}, byShape: 1,
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout9(v))
			y := int(p[3])*1000 + int(p[4])*100 + int(p[5])*10 + int(p[6])
			return y >= 1900 && y <= 2039
		},
		fill: payloadCheck(func(p []byte) byte { return luhnCheckDigit(asciiDigits(p)) })},
	// Singapore's NRIC and FIN: S or T (citizens, born before and from 2000), F or G
	// (foreigners), seven digits and a check letter.
	{name: "NRIC/FIN (SG)", layouts: []string{"~9999999#"}, byShape: 1, keep: "STFG", checks: "ABCDEFGHIJKLMNPQRTUWXZ",
		fill: func(v []byte, layout string) bool {
			sum := 0
			for i, w := range [7]int{2, 7, 6, 5, 4, 3, 2} {
				sum += int(v[1+i]-'0') * w
			}
			if v[0] == 'T' || v[0] == 'G' {
				sum += 4
			}
			letters := "JZIHGFEDCBA"
			if v[0] == 'F' || v[0] == 'G' {
				letters = "XWUTRQPNMLK"
			}
			return setChecks(v, layout, letters[sum%11])
		}},
	// Formats without a check character last.
	{name: "driving licence (UK)", layouts: []string{"ALLLL999999LL~~~"}, byShape: 1, keep: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		valid: func(v []byte) bool { // the surname's first five letters (9s pad a short one), then the birth date
			m := num(v[6:8])
			return (monthOK(m) || monthOK(m-50)) && dayOK(num(v[8:10]))
		}},
	{name: "SSN (US)", layouts: []string{"999-99-9999", "999999999"}, byShape: 1,
		valid: func(v []byte) bool {
			var d [idMaxPayload]byte
			p := collectDigits(&d, v, layout9(v))
			area := digitsValue(p[:3])
			return area != 0 && area != 666 && area < 900 && digitsValue(p[3:5]) != 0 && digitsValue(p[5:]) != 0
		}},
	{name: "NINO (UK)", layouts: []string{"PQ 99 99 99 S", "PQ999999S"}, byShape: 2,
		valid: func(v []byte) bool {
			switch string(v[:2]) {
			case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
				return false
			}
			return true
		}},
	{name: "CPR (DK)", layouts: []string{"999999-9999", "9999999999"},
		valid: func(v []byte) bool { return dayMonthOK(num(v[0:2]), num(v[2:4])) }},
}

// layout9 is the layout of all-digit payload positions of v, for valid funcs that read
// the digits of any layout: every digit of v is a '9'.
func layout9(v []byte) string {
	var b [idMaxLen]byte
	n := 0
	for _, c := range v {
		if n == len(b) {
			break
		}
		if c >= '0' && c <= '9' {
			b[n] = '9'
		} else {
			b[n] = '.'
		}
		n++
	}
	return string(b[:n])
}

func num(d []byte) int {
	n := 0
	for _, c := range d {
		n = n*10 + int(c-'0')
	}
	return n
}

func monthOK(m int) bool       { return m >= 1 && m <= 12 }
func dayOK(d int) bool         { return d >= 1 && d <= 31 }
func dayMonthOK(d, m int) bool { return monthOK(m) && d >= 1 && d <= daysIn[m-1] }

var daysIn = [12]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func belgianDateOK(v []byte) bool {
	m, d := num(v[3:5]), num(v[6:8])
	if v[2] != '.' {
		m, d = num(v[2:4]), num(v[4:6])
	}
	return m <= 12 && d <= 31 // 00 stands for a month or day not known
}

func bytesIndex(set string, c byte) bool {
	for i := range len(set) {
		if set[i] == c {
			return true
		}
	}
	return false
}

// collectDigits returns the values (0 to 9) of v's digits outside check positions,
// literal digits of the layout included (the 756 of an AHV number).
func collectDigits(d *[idMaxPayload]byte, v []byte, layout string) []byte {
	n := 0
	for i, c := range v {
		if i < len(layout) && layout[i] == '#' || c < '0' || c > '9' || n == len(d) {
			continue
		}
		d[n] = c - '0'
		n++
	}
	return d[:n]
}

// asciiDigits turns digit values back into their characters, in place.
func asciiDigits(p []byte) []byte {
	for i := range p {
		if p[i] <= 9 {
			p[i] += '0'
		}
	}
	return p
}

// lastDigits returns the last n digits of v, as characters.
func lastDigits(v []byte, n int) []byte {
	var b [idMaxLen]byte
	k := len(b)
	for i := len(v) - 1; i >= 0 && k > len(b)-n; i-- {
		if v[i] >= '0' && v[i] <= '9' {
			k--
			b[k] = v[i]
		}
	}
	return b[k:]
}

func digitsValue(p []byte) uint64 {
	var x uint64
	for _, c := range p {
		x = x*10 + uint64(c)
	}
	return x
}

func weightedMod11(v []byte, w [10]int) int {
	sum := 0
	for i, c := range v {
		sum += int(c-'0') * w[i]
	}
	return sum % 11
}

// weightedMod10 is the EAN-13 check digit of twelve digit values.
func weightedMod10(p []byte) byte {
	sum := 0
	for i, c := range p {
		sum += int(c) * (1 + 2*(i%2))
	}
	return byte('0' + (10-sum%10)%10)
}

// setChecks writes checks into the '#' positions of v, in order.
func setChecks(v []byte, layout string, checks ...byte) bool {
	k := 0
	for i := range layout {
		if layout[i] == '#' {
			v[i] = checks[k]
			k++
		}
	}
	return true
}

func fillBelgian(v []byte, layout string, century uint64) bool {
	var d [idMaxPayload]byte
	k := 97 - (century+digitsValue(collectDigits(&d, v, layout)))%97
	return setChecks(v, layout, byte('0'+k/10), byte('0'+k%10))
}

// codice fiscale: the values of characters at odd (first, third, ...) positions.
var cfOdd = [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23} // A-Z

func fillCodiceFiscale(v []byte, layout string) bool {
	sum := 0
	for i, c := range v[:15] {
		x := int(c - '0')
		if c >= 'A' {
			x = int(c-'A') + 10
		}
		if i%2 == 0 {
			sum += cfOdd[x]
		} else if c >= 'A' {
			sum += int(c - 'A')
		} else {
			sum += x
		}
	}
	return setChecks(v, layout, byte('A'+sum%26))
}

// fillGermanSocialInsurance: the letter becomes its two-digit place in the alphabet, and
// the twelve digits are weighted 2 1 2 5 7 1 2 1 2 1 2 1, the digits of each product summed.
func fillGermanSocialInsurance(v []byte, layout string) bool {
	var d [12]int
	n := 0
	for i, c := range v {
		switch {
		case layout[i] == '#' || c == ' ':
		case c >= 'A' && c <= 'Z':
			p := int(c-'A') + 1
			d[n], d[n+1] = p/10, p%10
			n += 2
		default:
			d[n] = int(c - '0')
			n++
		}
	}
	sum := 0
	for i, w := range [12]int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1} {
		p := d[i] * w
		sum += p/10 + p%10
	}
	return setChecks(v, layout, byte('0'+sum%10))
}

// idClass returns the characters a layout byte stands for, or "" for a literal.
func (s *idScheme) idClass(l byte) string {
	switch l {
	case '9':
		return "0123456789"
	case 'A':
		return upperLetters
	case '#':
		if s.checks == "" {
			return "0123456789"
		}
		return s.checks
	case '~':
		return s.keep
	case 'L', 'M', 'P', 'Q', 'S':
		return idLetterSets[l]
	}
	return ""
}

// matches reports whether v has the layout's shape and is a valid, checked number of s;
// with anyCheck, a scheme that allows it (anyCheck) takes a wrong check character too.
func (s *idScheme) matches(v []byte, layout string, anyCheck bool) bool {
	if len(v) != len(layout) {
		return false
	}
	for i := range len(layout) {
		if set := s.idClass(layout[i]); set == "" {
			if v[i] != layout[i] {
				return false
			}
		} else if !bytesIndex(set, v[i]) {
			return false
		}
	}
	if s.valid != nil && !s.valid(v) {
		return false
	}
	if s.fill == nil || anyCheck && s.anyCheck {
		return true
	}
	var b [idMaxLen]byte
	w := b[:copy(b[:], v)]
	return s.fill(w, layout) && string(w) == string(v)
}

// identifyID returns the scheme and layout that claim v: the first that matches, or -1.
func identifyID(v []byte) (scheme, layout int) {
	if len(v) < 7 || len(v) > idMaxLen {
		return -1, -1
	}
	for si := range idSchemes {
		s := &idSchemes[si]
		for li, l := range s.layouts {
			if s.matches(v, l, false) {
				return si, li
			}
		}
	}
	return -1, -1
}

// NationalIDAt reads a national identification number of a layout distinctive enough to
// be found in any text at the start of s, and returns its length. The caller checks that
// the byte before s does not join it (a letter, a digit). The number must not run on into
// another letter or digit, or into a separator and another.
func NationalIDAt(s []byte) (n int, ok bool) {
	if len(s) < 9 {
		return 0, false
	}
	shapes := idShapesDigitFirst
	if s[0] < '0' || s[0] > '9' {
		shapes = idShapesLetterFirst
	}
	for _, sh := range shapes {
		l := sh.layout
		if len(s) < len(l) || !sh.literalsAt(s) || !idEndOK(s, l) {
			continue
		}
		if idSchemes[sh.scheme].matches(s[:len(l)], l, true) {
			return len(l), true
		}
	}
	return 0, false
}

// idShape is a layout found in any text, with the places of its separators, which are
// compared first: most runs of digits fail there.
type idShape struct {
	scheme   int
	layout   string
	literals []int
}

func (sh *idShape) literalsAt(s []byte) bool {
	for _, p := range sh.literals {
		if s[p] != sh.layout[p] {
			return false
		}
	}
	return true
}

// idShapesDigitFirst and idShapesLetterFirst are the layouts found in any text, by what
// they start with, in the order of idSchemes.
var idShapesDigitFirst, idShapesLetterFirst = func() (digit, letter []idShape) {
	for si := range idSchemes {
		sc := &idSchemes[si]
		for _, l := range sc.layouts[:sc.byShape] {
			sh := idShape{scheme: si, layout: l}
			for p := range len(l) {
				if sc.idClass(l[p]) == "" {
					sh.literals = append(sh.literals, p)
				}
			}
			if first := sc.idClass(l[0]); first == "" && l[0] >= '0' && l[0] <= '9' || strings.ContainsAny(first, "0123456789") {
				digit = append(digit, sh)
			} else {
				letter = append(letter, sh)
			}
		}
	}
	return digit, letter
}()

// idEndOK reports whether a number of the layout ends where it does in s: not run on
// into a letter or a digit, or through a separator into another group.
func idEndOK(s []byte, layout string) bool {
	n := len(layout)
	if n == len(s) {
		return true
	}
	c := s[n]
	if isIDChar(c) || c >= 'a' && c <= 'z' || c >= 0x80 {
		return false
	}
	if n+1 < len(s) && isIDChar(s[n+1]) {
		if c == '-' || c == '.' || c == '/' {
			return false
		}
		if c == ' ' && strings.IndexByte(layout, ' ') > 0 && s[n+1] >= '0' && s[n+1] <= '9' {
			return false // grouped, and another group follows
		}
	}
	return true
}

func isIDChar(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' }

// ParseNationalID reports whether v, whole, is a national identification number of any
// known layout, found in text or only at keys.
func ParseNationalID(v []byte) bool {
	s, _ := identifyID(v)
	return s >= 0
}

// NationalIDMapper maps national identification numbers for one worker. It is not safe
// for concurrent use.
type NationalIDMapper struct {
	perm digitPermutation
	buf  [idMaxLen]byte
}

// NewNationalIDs returns a national identification number mapper.
func NewNationalIDs(k *Keyring) *NationalIDMapper {
	m := &NationalIDMapper{}
	m.perm.init(k.Subkey(NationalID))
	return m
}

// Append appends the pseudonym of a national identification number. A value of no known
// format (a number at a key that names one) keeps its layout: every digit stays a digit
// and every letter a letter of its case, permuted as a whole under the layout as tweak.
func (m *NationalIDMapper) Append(dst, v []byte) []byte {
	return m.appendMapped(dst, v, false)
}

// Unmap appends the original of a pseudonym made by Append under the same key.
func (m *NationalIDMapper) Unmap(dst, v []byte) []byte {
	return m.appendMapped(dst, v, true)
}

func (m *NationalIDMapper) appendMapped(dst, v []byte, inverse bool) []byte {
	si, li := identifyID(v)
	if si < 0 {
		return m.appendGeneric(dst, v, inverse)
	}
	s := &idSchemes[si]
	layout := s.layouts[li]
	var radix [idMaxLen]uint64
	var pos [idMaxLen]int
	np := 0
	for i := range len(layout) {
		if layout[i] == '#' || layout[i] == '~' {
			continue
		}
		if set := s.idClass(layout[i]); set != "" {
			radix[np], pos[np] = uint64(len(set)), i
			np++
		}
	}
	size := uint64(1)
	x := uint64(0)
	for k := range np {
		set := s.idClass(layout[pos[k]])
		if size > (1<<62)/radix[k] {
			panic("categories: a national id layout larger than the permutation takes: " + layout)
		}
		size *= radix[k]
		x = x*radix[k] + uint64(indexOf(set, v[pos[k]]))
	}
	// The tweak names the format by its name, not its place in the list, so that a format
	// added later changes no other format's pseudonyms.
	h := uint32(2166136261)
	for i := range len(s.name) {
		h = (h ^ uint32(s.name[i])) * 16777619
	}
	tweak := [7]byte{'N', byte(h >> 24), byte(h >> 16), byte(h >> 8), byte(h), byte(li)}
	w := m.buf[:copy(m.buf[:], v)]
	for {
		if inverse {
			x = m.perm.unpermute(x, size, tweak)
		} else {
			x = m.perm.permute(x, size, tweak)
		}
		y := x
		for k := np - 1; k >= 0; k-- {
			set := s.idClass(layout[pos[k]])
			w[pos[k]] = set[y%radix[k]]
			y /= radix[k]
		}
		if (s.valid == nil || s.valid(w)) && (s.fill == nil || s.fill(w, layout)) {
			if a, b := identifyID(w); a == si && b == li {
				return append(dst, w...)
			}
		}
	}
}

func indexOf(set string, c byte) int {
	for i := range len(set) {
		if set[i] == c {
			return i
		}
	}
	return 0
}

// appendGeneric maps a value of no known format: its digits as one number and its
// letters as one base-26 number per case, each in chunks the permutation holds. A
// result that a known format would claim is walked on, when the value fits one chunk,
// so that pseudonyms of known and unknown formats never meet.
func (m *NationalIDMapper) appendGeneric(dst, v []byte, inverse bool) []byte {
	start := len(dst)
	dst = append(dst, v...)
	w := dst[start:]
	layout := classLayout(v)
	for {
		single := true
		for class, set := range [3]string{"0123456789", upperLetters, lowerLetters} {
			if !permuteClass(&m.perm, w, set, 'G', byte(class), layout, inverse) {
				single = false
			}
		}
		if !single || !ParseNationalID(w) {
			return dst
		}
	}
}

const lowerLetters = "abcdefghijklmnopqrstuvwxyz"

// classLayout is FNV-1a of the class of each byte of v (digit, capital, small letter, or
// the byte itself): the tweak that keeps values of different layouts apart.
func classLayout(v []byte) uint64 {
	var layout uint64 = 14695981039346656037
	for _, c := range v {
		k := c
		switch {
		case c >= '0' && c <= '9':
			k = 1
		case c >= 'A' && c <= 'Z':
			k = 2
		case c >= 'a' && c <= 'z':
			k = 3
		}
		layout = (layout ^ uint64(k)) * 1099511628211
	}
	return layout
}

// permuteClass permutes the characters of w that are in set as one number of base
// len(set), in chunks of at most 2^62 values, tweaked by prefix, class, the chunk and
// layout, and reports whether there was at most one chunk.
func permuteClass(perm *digitPermutation, w []byte, set string, prefix, class byte, layout uint64, inverse bool) bool {
	radix := uint64(len(set))
	var pos [64]int
	n := 0
	chunk := byte(0)
	flush := func() {
		if n == 0 {
			return
		}
		size, x := uint64(1), uint64(0)
		for _, p := range pos[:n] {
			size *= radix
			x = x*radix + uint64(indexOf(set, w[p]))
		}
		tweak := [7]byte{prefix, class, chunk, byte(layout >> 24), byte(layout >> 16), byte(layout >> 8), byte(layout)}
		if inverse {
			x = perm.unpermute(x, size, tweak)
		} else {
			x = perm.permute(x, size, tweak)
		}
		for k := n - 1; k >= 0; k-- {
			w[pos[k]] = set[x%radix]
			x /= radix
		}
		n = 0
		chunk++
	}
	limit := uint64(1) << 62
	size := uint64(1)
	for i, c := range w {
		if !bytesIndex(set, c) {
			continue
		}
		if size > limit/radix || n == len(pos) {
			flush()
			size = 1
		}
		pos[n] = i
		n++
		size *= radix
	}
	flush()
	return chunk <= 1
}

// payloadCheck returns a fill that sets a layout's one check character to check's of the
// payload's digit values.
func payloadCheck(check func(p []byte) byte) func(v []byte, layout string) bool {
	return func(v []byte, layout string) bool {
		var d [idMaxPayload]byte
		return setChecks(v, layout, check(collectDigits(&d, v, layout)))
	}
}

// The tables of Verhoeff's check digit (the dihedral group D5): verhoeffD is the group's
// product, verhoeffP the permutation applied by position.
var (
	verhoeffD = [10][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	verhoeffP = [8][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}
	verhoeffInverse = [10]byte{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}
)

// verhoeffCheckDigit returns the Verhoeff check digit, as a character, of the digit
// values p.
func verhoeffCheckDigit(p []byte) byte {
	c := byte(0)
	for i := range p {
		c = verhoeffD[c][verhoeffP[(i+1)%8][p[len(p)-1-i]]]
	}
	return '0' + verhoeffInverse[c]
}
