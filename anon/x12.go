package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// ANSI X12 transactions (HIPAA's 837 claims, 835 remittances, 270/271 eligibility, 834
// enrolments), as EDI gateways and clearinghouses log them: segments end with '~' and
// their elements are separated by '*'. People, their addresses and contacts are read by
// position (X12's NM1, N3, N4, REF and PER segments):
//
//	NM1*entity*type*last or organisation name*first*middle*prefix*suffix*id qualifier*id~
//	N3*address line*address line~
//	N4*city*state*postal code*country~
//	REF*SY*social security number~
//	PER*function*contact name*qualifier*number*qualifier*number~  (TE, CP, HP, WP, FX phones; EM mail)
//
// An NM1 of type 1 names a person, of type 2 an organisation; a social security number
// (qualifier 34, or REF*SY) is a national id. Codes, qualifiers, states, a provider's NPI
// (a public registry's) and the claim's amounts stay, and the rest of the line is scanned
// as text.

// x12Line rewrites a line holding X12 segments with personal data and reports whether
// it did.
func (w *worker) x12Line(s []byte, base int) bool {
	if bytes.IndexByte(s, '~') < 0 || bytes.Index(s, []byte("NM1*")) < 0 && bytes.Index(s, []byte("N3*")) < 0 &&
		bytes.Index(s, []byte("PER*")) < 0 && bytes.Index(s, []byte("REF*SY*")) < 0 {
		return false // (segments end with '~': most lines have none, and are passed at memchr's speed)
	}
	var values []fieldValue
	found := false
	for k := 0; k+4 < len(s); k++ {
		if k > 0 && s[k-1] != '~' && s[k-1] != ' ' && s[k-1] != '"' && s[k-1] != '\'' {
			continue
		}
		star := bytes.IndexByte(s[k:min(len(s), k+4)], '*')
		if star < 2 {
			continue
		}
		tag := string(s[k : k+star])
		if tag != "NM1" && tag != "N3" && tag != "N4" && tag != "REF" && tag != "PER" {
			continue
		}
		el, end := x12Elements(s, k+star+1)
		if end < 0 {
			continue // no segment's end: prose that happens to say N3*
		}
		text := func(n int) []byte {
			if n >= len(el) {
				return nil
			}
			return s[el[n].start:el[n].end]
		}
		add := func(n int, category string) {
			if n < len(el) {
				values = appendEDIValue(values, s, el[n].start, el[n].end, category, "x12 "+tag)
			}
		}
		switch tag {
		case "NM1":
			if len(el) < 3 {
				continue
			}
			switch string(text(1)) {
			case "1":
				add(2, categories.Fullname)
				add(3, categories.Fullname)
				add(4, categories.Fullname)
			case "2":
				add(2, categories.Organization)
			default:
				continue
			}
			if string(text(7)) == "34" {
				add(8, categories.NationalID) // the id is a social security number
			}
		case "N3":
			add(0, categories.Geo)
			add(1, categories.Geo)
		case "N4":
			if len(el) < 3 {
				continue
			}
			add(0, categories.Geo) // the city; the state's code stays
			add(2, categories.Geo)
		case "REF":
			if string(text(0)) != "SY" {
				continue
			}
			add(1, categories.NationalID)
		case "PER":
			if len(el) < 2 {
				continue
			}
			add(1, categories.Fullname)
			for n := 2; n+1 < len(el); n += 2 {
				switch string(text(n)) {
				case "TE", "CP", "HP", "WP", "FX", "BN":
					add(n+1, categories.Phone)
				case "EM":
					add(n+1, categories.Email)
				}
			}
		}
		found = true
		k = end
	}
	if !found {
		return false
	}
	w.rewriteFields(s, values, base)
	return true
}

// x12Elements splits the segment whose elements start at s[k] and returns them with the
// index of the '~' that ends it, or -1 when the line ends first or the segment is longer
// than a segment of these kinds is.
func x12Elements(s []byte, k int) ([]ediElement, int) {
	return segmentElements(s, k, '*', '~', 0, 256)
}
