package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// SIP2 (3M's Standard Interchange Protocol 2) is how libraries' self-service kiosks, RFID
// gates and sorters talk to the library system, and the library system's SIP server logs
// every message: a command of two digits, fields of fixed length, then fields each named
// by two capitals and ended by '|' (64 ...AOAMV|AA21009004417823|AEJansen, Pieter|...).
// The patron's fields are personal data; the codes, flags, item ids and institution stay.

// sip2Fields are the variable fields that hold a patron's data, by their codes.
var sip2Fields = map[string]struct{ category, name string }{
	"AA": {categories.DeviceID, "patron identifier"}, // the library card's barcode, as a device id keeps its digits
	"AE": {categories.Fullname, "personal name"},
	"AD": {categories.Secret, "patron password"},
	"AC": {categories.Secret, "terminal password"},
	"BD": {categories.Geo, "home address"},
	"BE": {categories.Email, "e-mail address"},
	"BF": {categories.Phone, "home phone number"},
	"CN": {categories.Username, "login user id"},
	"CO": {categories.Secret, "login password"},
}

// sip2KnownCodes are codes of SIP2's variable fields (beside sip2Fields), enough to tell a
// message from other text with '|'.
var sip2KnownCodes = map[string]bool{"AO": true, "AB": true, "AF": true, "AH": true, "AG": true, "AJ": true,
	"AQ": true, "AP": true, "AY": true, "AZ": true, "BL": true, "BH": true, "BV": true, "BZ": true, "CA": true,
	"CB": true, "CC": true, "CP": true, "CQ": true, "PB": true, "PC": true, "PI": true, "AU": true, "AV": true,
	"AS": true, "AT": true, "BW": true, "CH": true, "CK": true, "CM": true, "CR": true, "CS": true, "CT": true}

// sip2MessageLine rewrites the patron's fields of a SIP2 message in the line and reports
// whether it found one: a run of two digits (the command) and fixed fields of digits,
// blanks, Y, N and U, then at least three '|'-ended fields with SIP2's codes.
func (w *worker) sip2MessageLine(s []byte, base int) bool {
	first := bytes.IndexByte(s, '|')
	if first < 0 {
		return false // (most lines: one scan for a byte)
	}
	bar := bytes.Index(s[first:], []byte("|A"))
	if bar >= 0 {
		bar += first
	}
	if bar < 0 {
		if bar = bytes.Index(s[first:], []byte("|C")); bar >= 0 {
			bar += first
		}
	}
	if bar < 0 {
		return false
	}
	// The message's start: two digits after a quote, a blank or the line's start, with
	// only fixed fields between them and the first code.
	start := bytes.LastIndexAny(s[:bar], `'" `) + 1
	for start < bar && !isDigit(s[start]) {
		start++ // (a prefix: "MSG: '64...")
	}
	if start+4 > bar || !isDigit(s[start]) || !isDigit(s[start+1]) {
		return false
	}
	code := sip2FirstCode(s, start+2, bar)
	if code < 0 {
		return false
	}
	var values []fieldValue
	known := 0
	for k := code; k+2 <= len(s); {
		end := k + 2
		for end < len(s) && s[end] != '|' && s[end] != '\'' && s[end] != '"' {
			end++
		}
		name := string(s[k : k+2])
		if f, ok := sip2Fields[name]; ok {
			known++
			if end > k+2 {
				values = append(values, fieldValue{k + 2, end, f.category, f.name})
			}
		} else if sip2KnownCodes[name] {
			known++
		} else {
			break
		}
		if end >= len(s) || s[end] != '|' || end+3 > len(s) || s[end+1] < 'A' || s[end+1] > 'Z' || s[end+2] < 'A' || s[end+2] > 'Z' {
			break
		}
		k = end + 1
	}
	if known < 3 {
		return false
	}
	w.rewriteFields(s, values, base)
	return true
}

// sip2FirstCode returns where the first variable field's code is in a message whose
// fixed fields start at s[k] and whose first '|' is at bar: the first code of
// sip2Fields or sip2KnownCodes after fixed fields (digits, blanks, Y, N, U); or -1.
func sip2FirstCode(s []byte, k, bar int) int {
	for ; k+2 <= bar; k++ {
		code := string(s[k : k+2])
		if _, ok := sip2Fields[code]; ok || sip2KnownCodes[code] {
			return k
		}
		if c := s[k]; !isDigit(c) && c != ' ' && c != 'Y' && c != 'N' && c != 'U' {
			return -1
		}
	}
	return -1
}
