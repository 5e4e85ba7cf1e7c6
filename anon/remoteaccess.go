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
	values = fieldIf(values, s, f[1], categories.Fullname, "partner's name", hasLetter)
	values = fieldIf(values, s, f[4], categories.Username, "local user", hasLetter)
	if n > 6 {
		if g := field(6); len(g) == 38 && g[0] == '{' && g[37] == '}' {
			values = append(values, fieldValue{f[6].start + 1, f[6].end - 1, categories.Secret, "session"})
		}
	}
	w.rewriteFields(s, values, base)
	return true
}

// teamViewerID reports a TeamViewer ID: 9 or 10 digits, the first not 0.
func teamViewerID(v []byte) bool {
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
