package categories

import (
	"math"
	"sync"
)

var organizationInfo = Category{
	Name:        Organization,
	Risk:        Medium,
	Description: "organisation names: Acme Corp, O=Acme Corp",
	Reason:      "an organisation name says whose logs these are and narrows down the people in them",
}

// Organizations makes pseudonyms of organisation names: a generated brand (a surname from
// the same generator as Fullnames), a qualifier and a noun, then the input's legal suffix and
// the separator before it exactly as they were. Under the key 00 01 02 ... 1f:
//
//	Acme Corp             -> Kauncearrola Prime Management Corp
//	ACME, Inc.            -> KAUNCEARROLA PRIME MANAGEMENT, Inc.
//	Muster GmbH & Co. KG  -> Snoleagraki Harbor Works GmbH & Co. KG
//
// The legal suffixes (Inc, Corp, Ltd, LLC, GmbH, AG, SA, BV, Pty Ltd, ...) are the list in
// wordlists/legal-suffixes.txt, matched case-insensitively as the last word or words; the
// longest match wins. Identity is the name without its suffix, case-insensitive and ignoring
// punctuation and spacing, so "Acme Corp" and "ACME Corporation" share the brand. The space is
// surnames x qualifiers x nouns, over 2^40 (OrganizationSpaceBits). Output case follows the
// name: all lower, ALL UPPER, otherwise Capitalized words; the suffix keeps its own.
//
// An Organizations is not safe for concurrent use: each worker makes its own.
type Organizations struct {
	prf   *PRF
	d     nameDrawer
	w     *wordTables
	lower []byte
	key   []byte
}

// NewOrganizations returns the organisation name pseudonymizer of the keyring.
func NewOrganizations(k *Keyring) *Organizations {
	o := &Organizations{prf: k.PRF(Organization), w: wordTablesGet()}
	o.d.prf = o.prf
	return o
}

// splitLegalSuffix returns where the core name ends and where its legal suffix starts in
// lower (a lower-cased name); without a suffix both are len(lower).
func (w *wordTables) splitLegalSuffix(lower []byte) (coreEnd, suffixStart int) {
	best := -1
	for _, s := range w.legalSuffixes {
		at := len(lower) - len(s)
		if at <= 0 || string(lower[at:]) != s {
			continue
		}
		if c := lower[at-1]; c != ' ' && c != ',' && c != '\t' {
			continue
		}
		if best < 0 || at < best {
			best = at
		}
	}
	if best < 0 {
		return len(lower), len(lower)
	}
	coreEnd = best
	for coreEnd > 0 && (lower[coreEnd-1] == ' ' || lower[coreEnd-1] == ',' || lower[coreEnd-1] == '\t') {
		coreEnd--
	}
	return coreEnd, best
}

// Identity returns what the last Append derived its pseudonym from: the name's letters
// and digits before its legal suffix, lower case ("ACME-Example" and "Acme Example" are
// one organisation). It is empty when Append kept the name, and valid until the next
// Append.
func (o *Organizations) Identity() []byte { return o.key }

// Append appends the pseudonym of name to dst. A name that is only a legal suffix, or has no
// letter or digit, is appended unchanged.
func (o *Organizations) Append(dst, name []byte) []byte {
	o.lower = appendLower(o.lower[:0], name)
	coreEnd, _ := o.w.splitLegalSuffix(o.lower)
	o.key = o.key[:0]
	for _, c := range o.lower[:coreEnd] {
		if isNameLetter(c) || isNameDigit(c) {
			o.key = append(o.key, c)
		}
	}
	if len(o.key) == 0 {
		return append(dst, name...)
	}
	o.d.start(o.prf.Sum(o.key))
	start := len(dst)
	sep := orgSeparator(o.lower[:coreEnd])
	dst = o.w.appendSurname(dst, &o.d)
	dst = append(dst, sep)
	dst = append(dst, o.w.orgQualifiers[o.d.intn(len(o.w.orgQualifiers))]...)
	dst = append(dst, sep)
	dst = append(dst, o.w.orgNouns[o.d.intn(len(o.w.orgNouns))]...)
	s := caseStyleOf(name[:coreEnd])
	if s != caseLower && s != caseUpper {
		s = caseTitle
	}
	applyCase(dst[start:], s)
	return append(dst, name[coreEnd:]...)
}

// orgSeparator is the byte that joins the pseudonym's words: a blank, or the '-' or '_'
// of a name written as a slug without blanks (acme-example, a GitHub organisation's
// login), so that the pseudonym has the same form.
func orgSeparator(core []byte) byte {
	sep := byte(' ')
	for _, c := range core {
		switch c {
		case ' ':
			return ' '
		case '-', '_':
			if sep == ' ' {
				sep = c
			}
		}
	}
	return sep
}

// OrganizationSpaceBits is log2 of the number of organisation pseudonyms.
func OrganizationSpaceBits() float64 {
	w := wordTablesGet()
	return math.Log2(w.surnameCount() * float64(len(w.orgQualifiers)) * float64(len(w.orgNouns)))
}

// legalSuffixesByFirst holds the listed legal suffixes by their first byte (lower case),
// so that a word is compared with the few that may start it.
var legalSuffixesByFirst = sync.OnceValue(func() *[256][]string {
	var t [256][]string
	for _, suffix := range wordTablesGet().legalSuffixes {
		t[suffix[0]] = append(t[suffix[0]], suffix)
	}
	return &t
})

// LegalSuffixAt returns the end of a listed legal suffix (Ltd, GmbH, Sp. z o.o., Co.,
// Ltd.) written at s[k], in any case, that ends at a blank, punctuation or the end of s;
// or k when none does. The longest listed suffix wins.
func LegalSuffixAt(s []byte, k int) int {
	if k >= len(s) {
		return k
	}
	first := s[k]
	if first >= 'A' && first <= 'Z' {
		first += 'a' - 'A'
	}
	best := k
	for _, suffix := range legalSuffixesByFirst()[first] {
		n := len(suffix)
		if k+n > len(s) || k+n <= best {
			continue
		}
		match := true
		for m := 1; m < n; m++ {
			c := s[k+m]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != suffix[m] {
				match = false
				break
			}
		}
		if !match || n == 3 && suffix == "spa" && s[k+2] != 'A' {
			continue // (SpA and SPA are Italy's legal form; a Day Spa or a Pedicure Spa is a spa)
		}
		if e := k + n; e < len(s) && (isNameLetter(s[e]) || isNameDigit(s[e])) {
			continue
		}
		best = k + n
	}
	return best
}
