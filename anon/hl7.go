package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// HL7 version 2 messages, as interface engines (Mirth, Rhapsody, Iguana) log them: a
// segment per line, or a whole message on one line with its segments separated by
// carriage returns (as bytes, or written "\r"). A segment's fields are separated by '|',
// their components by '^' and repetitions by '~', and what a field holds is given by its
// position: PID-5 is the patient's name, PID-11 the address, PID-13 the home phone, PID-19
// the social security number, EVN-5 the operator. Those fields are read by their kind;
// every other field is scanned as text.

// hl7Kind is what an HL7 field holds.
type hl7Kind uint8

const (
	hl7Name       hl7Kind = iota + 1 // XPN: FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX...
	hl7Person                        // XCN: ID^FAMILY^GIVEN...: a login or staff number, then a name
	hl7Address                       // XAD: STREET^OTHER^CITY^STATE^ZIP^COUNTRY^TYPE
	hl7Phone                         // XTN: NUMBER^USE^EQUIPMENT^EMAIL^COUNTRY^AREA^LOCAL
	hl7Identifier                    // CX: ID^CHECK^SCHEME^AUTHORITY^TYPE
	hl7NationalID                    // a social security number (PID-19, GT1-12)
)

// hl7Fields gives, per segment, the kinds of the fields that hold personal data (HL7
// v2.5's numbering: the field after the segment's name is 1).
var hl7Fields = map[string]map[int]hl7Kind{
	"PID": {2: hl7Identifier, 3: hl7Identifier, 4: hl7Identifier, 5: hl7Name, 6: hl7Name, 9: hl7Name,
		11: hl7Address, 13: hl7Phone, 14: hl7Phone, 19: hl7NationalID, 21: hl7Identifier},
	"NK1": {2: hl7Name, 4: hl7Address, 5: hl7Phone, 6: hl7Phone, 30: hl7Name, 31: hl7Phone, 32: hl7Address},
	"GT1": {3: hl7Name, 5: hl7Address, 6: hl7Phone, 7: hl7Phone, 12: hl7NationalID},
	"IN1": {16: hl7Name, 19: hl7Address},
	"MRG": {1: hl7Identifier, 2: hl7Identifier},
	"EVN": {5: hl7Person},
	"PV1": {7: hl7Person, 8: hl7Person, 9: hl7Person, 17: hl7Person, 52: hl7Person},
	"PD1": {4: hl7Person},
	"ORC": {10: hl7Person, 11: hl7Person, 12: hl7Person, 19: hl7Person},
	"OBR": {16: hl7Person, 28: hl7Person},
	"OBX": {16: hl7Person},
	"ROL": {4: hl7Person},
	"TXA": {5: hl7Person, 9: hl7Person, 10: hl7Person},
}

// hl7Segment reports whether s[i:] starts a segment this file reads: a known segment's
// name and '|' (MSH too, whose fields are scanned as text).
func hl7Segment(s []byte, i int) bool {
	if i+4 > len(s) || s[i+3] != '|' {
		return false
	}
	name := string(s[i : i+3])
	_, ok := hl7Fields[name]
	return ok || name == "MSH"
}

// hl7Start returns where the first segment of s starts: 0 when s starts with one, the
// position of a message header "MSH|^~\&|" after a log line's own words, or -1.
func hl7Start(s []byte) int {
	if hl7Segment(s, 0) {
		return 0
	}
	if k := bytes.Index(s, []byte(`MSH|^~\&|`)); k > 0 && !isAlnum(s[k-1]) {
		return k
	}
	return -1
}

// hl7SegmentEnd returns where the segment that starts at s[i] ends: at a carriage return
// or line break, as a byte, written \r or \n, or named (<CR>), or a blank before the
// next segment, or at the end.
func hl7SegmentEnd(s []byte, i int) (end, next int) {
	for k := i; k < len(s); k++ {
		switch s[k] {
		case '\r', '\n':
			n := k + 1
			for n < len(s) && (s[n] == '\r' || s[n] == '\n') {
				n++
			}
			return k, n
		case ' ':
			if hl7Segment(s, k+1) {
				return k, k + 1 // a log that flattened the message, its segments a blank apart: ...|2.5.1 EVN|A31|...
			}
		case '<':
			// an interface engine's log writes the byte as a name: <CR>, <LF>, <0x0D>
			for _, name := range [...]string{"<CR>", "<LF>", "<0x0D>", "<0x0d>", "<0x0A>"} {
				if hasPrefixAt(s, k, name) && (hl7Segment(s, k+len(name)) || k+len(name) == len(s)) {
					return k, k + len(name)
				}
			}
		case '\\':
			if k+1 < len(s) && (s[k+1] == 'r' || s[k+1] == 'n') {
				n := k + 2
				for n+1 < len(s) && s[n] == '\\' && (s[n+1] == 'r' || s[n+1] == 'n') {
					n += 2
				}
				if hl7Segment(s, n) || n >= len(s) {
					return k, n
				}
			}
		}
	}
	return len(s), len(s)
}

// scanHL7 reads s[from:] as HL7 segments.
func (w *worker) scanHL7(s []byte, from, base int) {
	where := w.where
	defer func() { w.where = where }()
	for i := from; i < len(s); {
		end, next := hl7SegmentEnd(s, i)
		if !hl7Segment(s, i) {
			w.scanFrom(s[:end], i, modePlain, '|', base) // text after the message
		} else {
			w.hl7Fields(s, i, end, base)
		}
		i = next
	}
}

// hl7Fields reads the fields of the segment s[start:end].
func (w *worker) hl7Fields(s []byte, start, end, base int) {
	kinds := hl7Fields[string(s[start:start+3])]
	field := 0
	for i := start + 4; i <= end; field++ {
		e := i + max(0, bytes.IndexByte(s[i:end], '|'))
		if bytes.IndexByte(s[i:end], '|') < 0 {
			e = end
		}
		if e > i {
			if kind := kinds[field+1]; kind != 0 {
				w.where = w.label("hl7", s[start:start+3])
				for r := i; r < e; {
					re := r + bytes.IndexByte(s[r:e], '~')
					if re < r {
						re = e
					}
					if re > r {
						w.hl7Value(kind, s, r, re, base)
					}
					r = re + 1
				}
			} else {
				w.scanFrom(s[:e], i, modePlain, '|', base)
			}
		}
		i = e + 1
	}
}

// hl7Components splits s[i:end] at its '^' into at most len(parts) components.
func hl7Components(s []byte, i, end int, parts [][2]int) int {
	n := 0
	for n < len(parts) {
		e := i + bytes.IndexByte(s[i:end], '^')
		if e < i {
			e = end
		}
		parts[n] = [2]int{i, e}
		n++
		if e == end {
			break
		}
		i = e + 1
	}
	return n
}

// hl7Value rewrites one repetition s[i:end] of a field of kind.
func (w *worker) hl7Value(kind hl7Kind, s []byte, i, end, base int) {
	var parts [8][2]int
	n := hl7Components(s, i, end, parts[:])
	comp := func(k int) []byte {
		if k >= n {
			return nil
		}
		return s[parts[k][0]:parts[k][1]]
	}
	value := func(cat string, k int) {
		if k < n && parts[k][1] > parts[k][0] {
			w.contextValue(cat, s, parts[k][0], parts[k][1], base)
		}
	}
	switch kind {
	case hl7Name:
		w.hl7Name(s, parts[:n], 0, base)
	case hl7Person:
		if id := comp(0); hasLetter(id) {
			value(categories.Username, 0) // a login (kzielinska); a staff number stays
		}
		w.hl7Name(s, parts[:n], 1, base)
	case hl7Address:
		for k := 0; k < min(n, 5); k++ {
			if hasLetterOrDigit(comp(k)) {
				value(categories.Geo, k) // street, other designation, city, state, postal code; the country stays
			}
		}
	case hl7Phone:
		if digitCount(comp(0)) >= 5 {
			value(categories.Phone, 0)
		}
		if bytes.IndexByte(comp(3), '@') > 0 {
			value(categories.Email, 3)
		}
		if digitCount(comp(6)) >= 5 {
			value(categories.Phone, 6)
		}
	case hl7Identifier:
		if hl7NationalIDType(comp(4)) || hl7NationalAuthority(comp(3)) {
			value(categories.NationalID, 0) // its type or its authority says so, whatever its check digits
		} else {
			w.scanFrom(s[:end], i, modePlain, '|', base)
		}
	case hl7NationalID:
		w.contextValue(categories.NationalID, s, i, end, base)
	}
}

// hl7Name rewrites the name whose family name is the component at parts[from]: the family
// and given names (and middle names) as one full name, the rest (suffix, prefix, degree,
// type) as they are.
func (w *worker) hl7Name(s []byte, parts [][2]int, from, base int) {
	if from >= len(parts) || parts[from][1] == parts[from][0] {
		return
	}
	last := from
	for k := from + 1; k < len(parts) && k <= from+2; k++ {
		if parts[k][1] > parts[k][0] {
			last = k
		}
	}
	w.caretNameValue(s, parts[from][0], parts[last][1], base)
}

// hl7NationalIDType reports the identifier types of HL7's table 0203 that are national
// numbers: NN and its country forms (NNPOL, NNNLD), SS (social security), NI (national
// unique individual identifier), NH (national health plan), PPN (passport).
// hl7NationalAuthority reports an assigning authority that issues national health or
// social security numbers (PID-3's ^^^NHS^NH, ^^^GKV^KV, ^^^INS-NIR^NH).
func hl7NationalAuthority(a []byte) bool {
	return equalFoldAny(a, "NHS", "CHI", "GKV", "PKV", "KVNR", "BSN", "INS-NIR", "NIR", "INS", "AHV", "SVNR", "PESEL", "SSN", "NIF", "DNI", "CPR")
}

func hl7NationalIDType(t []byte) bool {
	switch {
	case len(t) >= 2 && t[0] == 'N' && t[1] == 'N':
		return true
	}
	switch string(t) {
	case "SS", "SB", "NI", "NH", "PPN", "PT", "PEN", "KV": // (KV: a German health insurance number, as German interfaces type it)
		return true
	}
	return false
}
