package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Remote support tools' connection logs, written by position without keys:
//   - TeamViewer's Connections_incoming.txt: the partner's TeamViewer ID, the partner's
//     display name, start, end, the local user, the kind of session and its GUID, between
//     tabs (541095916<TAB>Priya Raman<TAB>18-11-2024 08:07:49<TAB>...<TAB>dorota<TAB>
//     Meeting<TAB>{C29F55DC-...}).
//   - AnyDesk's connection_trace.txt: the direction, date and time, how it was allowed,
//     the remote and the local AnyDesk ID (Incoming  2024-11-18, 09:42  User  362144572
//     524855196).
// An ID names one installation, and through it one person's computer: a device id.

// teamViewerConnectionLine rewrites a line of TeamViewer's connection log and reports
// whether it was one.
func (w *worker) teamViewerConnectionLine(s []byte, base int) bool {
	var f [8]cdrField
	n := 0
	for k := 0; n < len(f); n++ {
		end := bytes.IndexByte(s[k:], '\t')
		if end < 0 {
			f[n] = cdrField{k, len(s)}
			n++
			break
		}
		f[n] = cdrField{k, k + end}
		k += end + 1
	}
	field := func(k int) []byte { return s[f[k].start:f[k].end] }
	if n < 6 || !teamViewerID(field(0)) || !teamViewerTime(field(2)) || !teamViewerTime(field(3)) {
		return false
	}
	var values []fieldValue
	values = append(values, fieldValue{f[0].start, f[0].end, categories.DeviceID, "TeamViewer ID"})
	partner := f[1]
	if sp := bytes.LastIndexByte(field(1), ' '); sp > 0 && bytes.IndexByte(field(1)[sp+1:], '@') > 0 {
		// "Marco Bianchi m.bianchi@idrotecnica-srl.it": the name, then the account's mail
		// address, which the scan of the rest maps as one
		partner.end = partner.start + sp
	}
	values = fieldIf(values, s, partner, categories.Fullname, "partner's name", hasLetter)
	values = fieldIf(values, s, f[4], categories.Username, "local user", hasLetter)
	if n > 6 {
		if g := field(6); len(g) == 38 && g[0] == '{' && g[37] == '}' {
			values = append(values, fieldValue{f[6].start + 1, f[6].end - 1, categories.Secret, "session"})
		}
	}
	w.rewriteFields(s, values, base)
	return true
}

// teamViewerID reports a TeamViewer ID: 9 or 10 digits, the first not 0, also in groups
// of three from the right as TeamViewer shows it (1 482 337 901, 967 204 115).
func teamViewerID(v []byte) bool {
	if len(v) == 11 || len(v) == 13 {
		digits := 0
		for k := len(v) - 1; k >= 0; k-- {
			if (len(v)-1-k)%4 == 3 {
				if v[k] != ' ' {
					return false
				}
				continue
			}
			if !isDigit(v[k]) {
				return false
			}
			digits++
		}
		return v[0] != '0' && (digits == 9 || digits == 10)
	}
	return (len(v) == 9 || len(v) == 10) && v[0] != '0' && isDigitsOnly(v)
}

// teamViewerTime reports a time as TeamViewer's log writes it: 18-11-2024 08:07:49.
func teamViewerTime(v []byte) bool {
	return len(v) == 19 && v[2] == '-' && v[5] == '-' && v[10] == ' ' && v[13] == ':' && v[16] == ':' &&
		isDigitsOnly(v[:2]) && isDigitsOnly(v[6:10]) && isDigitsOnly(v[17:])
}

// anyDeskConnectionLine rewrites a line of AnyDesk's connection trace and reports
// whether it was one.
func (w *worker) anyDeskConnectionLine(s []byte, base int) bool {
	if !bytes.HasPrefix(s, []byte("Incoming")) && !bytes.HasPrefix(s, []byte("Outgoing")) {
		return false
	}
	k := skipBlanks(s, 8)
	// 2024-11-18, 09:42
	if k == 8 || k+17 > len(s) || s[k+4] != '-' || s[k+7] != '-' || s[k+10] != ',' || s[k+11] != ' ' || s[k+14] != ':' ||
		!isDigitsOnly(s[k:k+4]) || !isDigitsOnly(s[k+15:k+17]) {
		return false
	}
	k = skipBlanks(s, k+17)
	for k < len(s) && isLetter(s[k]) {
		k++ // User, Passwd, Token, REJECTED
	}
	var values []fieldValue
	for range 2 {
		start := skipBlanks(s, k)
		end := start
		for end < len(s) && isDigit(s[end]) {
			end++
		}
		if start == k || !teamViewerID(s[start:end]) || end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != '\r' {
			return false
		}
		values = append(values, fieldValue{start, end, categories.DeviceID, "AnyDesk ID"})
		k = end
	}
	w.rewriteFields(s, values, base)
	return true
}

// cupsPageLine rewrites a line of CUPS' page_log and reports whether it was one: the
// printer, the user, the job's number, the time in brackets, "total" or a page number,
// the copies, the billing code, the client's host, the job's title, the media and the
// sides (HP_M608 jdoe 6223 [18/Nov/2024:08:09:02 +0100] total 18 - 10.1.2.3 Payroll.pdf
// a4 one-sided). The title is a document's name: its last word, when it is a file's
// name, is mapped as a file's; the rest of it is scanned as text.
func (w *worker) cupsPageLine(s []byte, base int) bool {
	user := bytes.IndexByte(s, ' ') + 1
	job := user + bytes.IndexByte(s[user:], ' ') + 1
	if user <= 1 || job <= user+1 {
		return false
	}
	open := job + bytes.IndexByte(s[job:], ' ') + 1
	if open <= job+1 || !isDigitsOnly(s[job:open-1]) || open+29 > len(s) || s[open] != '[' || s[open+27] != ']' || s[open+28] != ' ' {
		return false
	}
	var f [5]cdrField
	k := open + 29
	for n := range f {
		e := k + bytes.IndexByte(s[k:], ' ')
		if e < k {
			return false
		}
		f[n] = cdrField{k, e}
		k = e + 1
	}
	if pages := s[f[0].start:f[0].end]; string(pages) != "total" && !isDigitsOnly(pages) || !isDigitsOnly(s[f[1].start:f[1].end]) {
		return false
	}
	// The title runs to the media and the sides, the line's last two words.
	sides := bytes.LastIndexByte(s, ' ')
	media := bytes.LastIndexByte(s[:max(sides, 0)], ' ')
	if media <= f[3].end {
		return false // (no title, media and sides after the host: not a page_log line, or cut short)
	}
	title := cdrField{f[3].end + 1, media}
	var values []fieldValue
	values = fieldIf(values, s, cdrField{user, job - 1}, categories.Username, "CUPS user", hasLetter)
	values = fieldIf(values, s, f[3], categories.Address, "CUPS client", func(v []byte) bool { return string(v) != "-" })
	if t := s[title.start:title.end]; len(t) > 0 {
		last := title.start + bytes.LastIndexByte(t, ' ') + 1
		if bytes.IndexByte(s[last:title.end], '.') > 0 {
			values = append(values, fieldValue{last, title.end, categories.Path, "CUPS job title"})
		}
	}
	w.rewriteFields(s, values, base)
	return true
}
