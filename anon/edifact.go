package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// EDIFACT messages (IFTMIN, IFTSTA, INVOIC, DESADV ...), as EDI translators and freight
// forwarders log them: segments end with an apostrophe, elements are separated by '+',
// components by ':', and '?' escapes the next byte. Parties and their contacts are read by
// position (UN/EDIFACT's NAD, CTA and COM segments):
//
//	NAD+qualifier+party id+name and address lines+party name+street+city+subdivision+postal code+country'
//	CTA+function+department:contact name'
//	COM+number:channel'  (TE phone, FX fax, MB mobile, EM mail)
//	DOC+document type+document number'  (PAXLST: a passenger's passport or identity card)
//
// A party's name ending in a legal form is a firm's, any other a person's; the country
// code, the qualifiers and the party's id (a GLN, a customs number) stay, and the rest of
// the line is scanned as text.

// ediElement is an element of a segment, with its components' bounds in the line.
type ediElement struct{ start, end int }

// edifactLine rewrites a line holding NAD, CTA, COM or DOC segments and reports whether it did.
func (w *worker) edifactLine(s []byte, base int) bool {
	if bytes.IndexByte(s, '\'') < 0 || bytes.Index(s, []byte("NAD+")) < 0 && bytes.Index(s, []byte("CTA+")) < 0 && bytes.Index(s, []byte("COM+")) < 0 && bytes.Index(s, []byte("DOC+")) < 0 {
		return false // (segments end with an apostrophe: most lines have none, and are passed at memchr's speed)
	}
	var values []fieldValue
	found := false
	for k := 0; k+4 < len(s); k++ {
		if s[k+3] != '+' || k > 0 && s[k-1] != '\'' && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '"' {
			continue
		}
		tag := string(s[k : k+3])
		if tag != "NAD" && tag != "CTA" && tag != "COM" && tag != "DOC" {
			continue
		}
		elements, end := ediElements(s, k+4)
		if end < 0 {
			continue // no segment's end: prose that happens to say NAD+
		}
		found = true
		switch tag {
		case "NAD":
			values = w.nadValues(s, elements, values)
		case "CTA":
			if len(elements) >= 2 {
				// the contact's name, after the department's code and a ':'
				if c := bytes.IndexByte(s[elements[1].start:elements[1].end], ':'); c >= 0 {
					values = appendEDIValue(values, s, elements[1].start+c+1, elements[1].end, categories.Fullname, "edifact CTA")
				}
			}
		case "DOC":
			if len(elements) >= 2 {
				// PAXLST's travel document: its type, then its number (DOC+P:110:111+PW4192836)
				values = appendEDIValue(values, s, elements[1].start, elements[1].end, categories.NationalID, "edifact DOC")
			}
		case "COM":
			for len(elements) > 1 && elements[0].end == elements[0].start {
				elements = elements[1:] // (COM++NUMBER:TE, as some translators write it)
			}
			if len(elements) >= 1 {
				v := s[elements[0].start:elements[0].end]
				if c := bytes.LastIndexByte(v, ':'); c > 0 {
					cat := ""
					switch string(v[c+1:]) {
					case "TE", "FX", "MB", "TL":
						cat = categories.Phone
					case "EM":
						cat = categories.Email
					}
					if cat != "" {
						values = appendEDIValue(values, s, elements[0].start, elements[0].start+c, cat, "edifact COM")
					}
				}
			}
		}
		k = end
	}
	if !found {
		return false
	}
	w.rewriteFields(s, values, base)
	return true
}

// nadValues appends the values of a NAD segment's elements: the name and address lines,
// the party's name, the street's lines, the city and the postal code.
func (w *worker) nadValues(s []byte, el []ediElement, values []fieldValue) []fieldValue {
	for n, e := range el {
		if n < 2 || n > 7 {
			continue // qualifier, party id; country
		}
		cat := ""
		switch n {
		case 2:
			cat = categories.Geo // name and address as free lines
		case 3:
			cat = categories.Fullname
		case 4, 5, 7:
			cat = categories.Geo // street, city, postal code
		}
		if n == 6 {
			continue // a country subdivision's code
		}
		for p := e.start; p < e.end; {
			q := p
			for q < e.end && s[q] != ':' {
				if s[q] == '?' {
					q++
				}
				q++
			}
			q = min(q, e.end)
			c := cat
			if n == 3 && endsInLegalForm(s[p:q]) {
				c = categories.Organization
			}
			values = appendEDIValue(values, s, p, q, c, "edifact NAD")
			p = q + 1
		}
	}
	return values
}

// appendEDIValue appends a value that is not empty.
func appendEDIValue(values []fieldValue, s []byte, start, end int, category, field string) []fieldValue {
	if end <= start || isDigitsOnly(s[start:end]) && category != categories.Geo && category != categories.Phone && category != categories.NationalID {
		return values
	}
	return append(values, fieldValue{start, end, category, field})
}

// ediElements splits the segment whose elements start at s[k] and returns them with the
// index of the apostrophe that ends it, or -1 when the line ends first.
func ediElements(s []byte, k int) ([]ediElement, int) {
	return segmentElements(s, k, '+', '\'', '?', len(s))
}

// segmentElements splits an EDI segment whose elements start at s[k], separated by sep
// and ended by end (escape, when not 0, escapes the byte after it), and returns them
// with the index of the end, or -1 when the line ends first or the segment runs longer
// than limit. It returns at most 12 elements.
func segmentElements(s []byte, k int, sep, end, escape byte, limit int) ([]ediElement, int) {
	var el [12]ediElement
	n := 0
	start := k
	for p := k; p < len(s) && p-k <= limit; p++ {
		switch c := s[p]; {
		case c == escape && escape != 0:
			p++ // an escaped separator
		case c == sep || c == end:
			if n < len(el) {
				el[n] = ediElement{start, p}
				n++
			}
			if c == end {
				return el[:n], p
			}
			start = p + 1
		case c == '\n' || c == '\r':
			return nil, -1
		}
	}
	return nil, -1
}

// ssrDocsFieldsAt returns the spans of the travel document's number and of the
// passenger's name in an airline's SSR DOCS element at s[k:], where k follows "DOCS ":
// an optional airline code, a status and count (HK1), then DOC TYPE/ISSUER/NUMBER/
// NATIONALITY/BIRTH DATE/GENDER/EXPIRY/SURNAME/GIVEN NAMES, as departure control and
// reservation systems log it. A span is empty when its field is missing.
func ssrDocsFieldsAt(s []byte, k int) (number, name [2]int) {
	if k+3 < len(s) && isUpperRun(s[k:k+2]) && s[k+2] == ' ' {
		k += 3 // the airline: SSR DOCS OS HK1/...
	}
	if sp := bytes.IndexByte(s[k:min(len(s), k+14)], ' '); sp >= 10 && s[k+sp-6] == '/' && isDigit(s[k+sp-5]) && isDigit(s[k+sp-4]) && isUpperRun(s[k+sp-3:k+sp]) {
		k += sp + 1 // the flight and its date first: SSR DOCS LX1612/12MAR HK1 ...
	}
	slash := bytes.IndexByte(s[k:min(len(s), k+8)], '/')
	if sp := bytes.IndexByte(s[k:min(len(s), k+6)], ' '); sp >= 3 && (slash < 0 || sp < slash) && isDigit(s[k+sp-1]) && isUpperRun(s[k:k+2]) &&
		k+sp+2 < len(s) && s[k+sp+1] >= 'A' && s[k+sp+1] <= 'Z' && s[k+sp+2] == '/' {
		slash = sp // the status, then a blank: HK1 P/DEU/... (as some systems relay it)
	}
	if slash < 3 || !isDigit(s[k+slash-1]) || !isUpperRun(s[k:k+2]) {
		return number, name // the status and its count: HK1, HK1/
	}
	end := k + slash + 1
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != '"' {
		end++
	}
	var fields [10][2]int
	n, start := 0, k+slash+1
	for p := start; p <= end && n < len(fields); p++ {
		if p == end || s[p] == '/' {
			fields[n] = [2]int{start, p}
			n++
			start = p + 1
		}
	}
	if n >= 3 && fields[2][1]-fields[2][0] >= 5 {
		number = fields[2]
	}
	if n >= 8 && fields[7][1] > fields[7][0] {
		name = [2]int{fields[7][0], fields[7][1]}
		if n >= 9 && fields[8][1] > fields[8][0] {
			name[1] = fields[8][1] // SURNAME/GIVEN, read as an airline's name
		}
		if n >= 10 && fields[9][1]-fields[9][0] >= 2 && name[1] == fields[8][1] && isUpperRun(s[fields[9][0]:fields[9][1]]) {
			name[1] = fields[9][1] // and a middle name: SURNAME/GIVEN/MIDDLE (not the passenger's number, /P1)
		}
	}
	return number, name
}
