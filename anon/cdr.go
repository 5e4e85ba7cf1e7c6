package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Call detail records written as CSV without a header, in the layouts telephony servers
// ship by default: Asterisk's Master.csv (accountcode, src, dst, dcontext, clid, channel,
// dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition,
// amaflags, ...) and FreeSWITCH's mod_cdr_csv (caller_id_name, caller_id_number,
// destination_number, context, start, answer, end, duration, billsec, hangup_cause, uuid,
// bleg_uuid, accountcode, ...). The numbers calling and called are phones there, however
// they are written (0033..., 0612...); extensions (201) stay, being short.

// cdrField is one field of a CSV line: its bounds, inside the quotes when quoted.
type cdrField struct{ start, end int }

// cdrFields splits a CSV line whose fields may be quoted ("" is a quote inside one) into
// at most len(dst) fields, and returns how many it found.
func cdrFields(s []byte, dst []cdrField) int {
	n, k := 0, 0
	for k <= len(s) && n < len(dst) {
		if k < len(s) && s[k] == '"' {
			end := csvQuotedEnd(s, k, ',')
			dst[n] = cdrField{k + 1, max(k+1, end-1)}
			k = end + 1
		} else {
			end := bytes.IndexByte(s[k:], ',')
			if end < 0 {
				end = len(s) - k
			}
			dst[n] = cdrField{k, k + end}
			k += end + 1
		}
		n++
	}
	return n
}

// asteriskDispositions are Master.csv's dispositions of a call.
var asteriskDispositions = map[string]bool{"ANSWERED": true, "NO ANSWER": true, "BUSY": true,
	"FAILED": true, "CONGESTION": true}

// cdrLine rewrites s when it is a call detail record of a known layout, and reports
// whether it was.
func (w *worker) cdrLine(s []byte, base int) bool {
	if len(s) < 40 || s[0] != '"' || !w.numberIDs {
		return false
	}
	var f [20]cdrField
	n := cdrFields(s, f[:])
	field := func(k int) []byte { return s[f[k].start:f[k].end] }
	var phones []int
	account := -1
	switch {
	case n >= 17 && asteriskDispositions[string(field(14))]:
		phones = []int{1, 2}
	case n == 15 && upperUnderscoreWord(field(9)) && bytes.IndexByte(field(9), '_') > 0:
		phones, account = []int{1, 2}, 12
	default:
		return false
	}
	var values []fieldValue
	for _, k := range phones {
		digits := field(k)
		if len(digits) > 0 && digits[0] == '+' {
			digits = digits[1:]
		}
		if len(digits) >= 7 && isDigitsOnly(digits) {
			values = append(values, fieldValue{f[k].start, f[k].end, categories.Phone, "call detail record"})
		}
	}
	if phones[0] == 1 && n >= 17 {
		// Asterisk's clid, "Name" <number>: the number is the caller's too (the name is
		// found as a display name's).
		clid := field(4)
		if lt := bytes.LastIndexByte(clid, '<'); lt >= 0 && len(clid) > lt+8 && clid[len(clid)-1] == '>' {
			num := clid[lt+1 : len(clid)-1]
			if digits := bytes.TrimPrefix(num, []byte("+")); len(digits) >= 7 && isDigitsOnly(digits) {
				at := f[4].start + lt + 1
				values = append(values, fieldValue{at, at + len(num), categories.Phone, "caller id"})
			}
		}
	}
	if account >= 0 && f[account].end > f[account].start && accountBytes(field(account)) && hasLetter(field(account)) {
		values = append(values, fieldValue{f[account].start, f[account].end, categories.Username, "accountcode"})
	}
	w.rewriteFields(s, values, base)
	return true
}

// fieldValue is a value found at a field of a line by the field's position: its bounds,
// its category and the field's name (for reports).
type fieldValue struct {
	start, end int
	category   string
	field      string
}

// rewriteFields rewrites the values of a line found by position, in order, and scans the
// rest of the line, between and after them, as text.
func (w *worker) rewriteFields(s []byte, values []fieldValue, base int) {
	w.rewriteFieldsFrom(s, 0, values, base)
}

// rewriteFieldsFrom is rewriteFields for the part of s from pos on.
func (w *worker) rewriteFieldsFrom(s []byte, pos int, values []fieldValue, base int) {
	for _, v := range values {
		w.scanFrom(s[:v.start], pos, modePlain, ',', base)
		w.where = w.label("field", []byte(v.field))
		w.contextValue(v.category, s, v.start, v.end, base)
		pos = v.end
	}
	w.where = whereText
	w.scanFrom(s, pos, modePlain, ',', base)
}

// upperUnderscoreWord reports whether v is a word of capitals and '_' (NORMAL_CLEARING).
func upperUnderscoreWord(v []byte) bool {
	if len(v) < 4 {
		return false
	}
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || c == '_') {
			return false
		}
	}
	return true
}

// npsIASLine rewrites s when it is a line of the Windows NPS (IAS) accounting log in its
// IAS format, and reports whether it was: the NAS's address, the user, date, time, "IAS",
// the NPS server's name, then attribute numbers and values in pairs. Read by position
// and number: the server (field 6), 4128 the RADIUS client's friendly name, 4130 the
// user's canonical name (domain/OU/.../Full Name, whose last part is a person's or a
// computer's name), and a user that is a MAC (MAC authentication: 9c7bef4012d3). The
// other fields are scanned as text (DOMAIN\user, addresses, MACs).
func (w *worker) npsIASLine(s []byte, base int) bool {
	if len(s) < 40 || !isDigit(s[0]) || bytes.Index(s[:min(len(s), 160)], []byte(",IAS,")) < 0 {
		return false // (most lines that start with a digit, at the price of one search)
	}
	var f [64]cdrField
	n := cdrFields(s, f[:])
	field := func(k int) []byte { return s[f[k].start:f[k].end] }
	if n < 8 || string(field(4)) != "IAS" || len(field(2)) != 10 || field(2)[2] != '/' || len(field(3)) != 8 || field(3)[2] != ':' {
		return false
	}
	var values []fieldValue
	add := func(k int, category string) {
		if f[k].end > f[k].start {
			values = append(values, fieldValue{f[k].start, f[k].end, category, "nps"})
		}
	}
	if user := field(1); len(user) == 12 && isHexRun(user) {
		add(1, categories.MAC)
	}
	add(5, categories.Hostname)
	for k := 6; k+1 < n; k += 2 {
		switch string(field(k)) {
		case "4128":
			add(k+1, categories.Hostname)
		case "4130":
			add(k+1, canonicalNameValue)
		}
	}
	w.rewriteFields(s, values, base)
	return true
}
