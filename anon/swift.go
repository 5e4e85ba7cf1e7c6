package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// A SWIFT MT message (MT103, MT202 COV) names its ordering customer and its beneficiary
// in a block of lines after a tag: ":50K:/ACCOUNT", then up to four lines of name and
// address, "HOFFMANN HAUSTECHNIK GMBH", "GEWERBESTRASSE 12", "96052 BAMBERG". Payment
// systems log the message as it is, a line of the log to a line of the message. The
// reader, which sees the lines in order, gives each line of such a block its kind: the
// first a party's name, the others a place.

// swiftPartyLayouts read a party block's lines whole: the name, then the address lines.
var swiftPartyLayouts = [4]*fieldLayout{
	{sep: 0, categories: []string{partyNameValue}, fieldColumn: -1},
	{sep: 0, categories: []string{categories.Geo}, fieldColumn: -1},
	{sep: 0, categories: []string{categories.Geo}, fieldColumn: -1},
	{sep: 0, categories: []string{categories.Geo}, fieldColumn: -1},
}

// swiftPartyTag reports a tag that opens a party block with a name and an address:
// 50K and 50F (ordering customer), 59 and 59F (beneficiary), 50H.
func swiftPartyTag(line []byte) bool {
	line = bytes.TrimLeft(line, " ")
	if len(line) < 5 || line[0] != ':' {
		return false
	}
	for _, tag := range [...]string{":50K:", ":50F:", ":50H:", ":59:", ":59F:"} {
		if bytes.HasPrefix(line, []byte(tag)) {
			return true
		}
	}
	return false
}

// swiftPartyLine gives the unit u of the line its kind within a party block, where next
// is the block's line that comes (0: none), and returns the next one.
func swiftPartyLine(line []byte, next int, u *unit) int {
	switch {
	case swiftPartyTag(line):
		return 1
	case next >= 1 && next <= len(swiftPartyLayouts) && len(line) > 0 && line[0] != ':' && line[0] != '-' && line[0] != '{' &&
		bytes.IndexByte(line, 0) < 0 && !bytes.ContainsAny(line, "=|\t"):
		u.layout = swiftPartyLayouts[next-1]
		return next + 1
	}
	return 0
}

// swiftNamedBreaksStart returns where a message's text block starts, "{4:", in a log line
// that writes the message's line breaks as names ({4:<CR><LF>:20:...<CR><LF>-}), or -1.
func swiftNamedBreaksStart(s []byte) int {
	return bytes.Index(s, []byte("{4:<CR><LF>:"))
}

// scanSwiftNamedBreaks reads the message's text block at s[k:] ("{4:" and its lines, each
// ended by <CR><LF>) as the reader reads a message logged line by line: a party block's
// name and address lines by their kinds, any other line as text. The line's words before
// the block and after its end are scanned as usual.
func (w *worker) scanSwiftNamedBreaks(s []byte, k, base int) {
	const crlf = "<CR><LF>"
	where := w.where
	defer func() { w.where = where }()
	w.scanText(s[:k], base)
	next := 0
	for i := k; i < len(s); {
		end := len(s)
		if n := bytes.Index(s[i:], []byte(crlf)); n >= 0 {
			end = i + n
		}
		line := s[i:end]
		switch {
		case i == k: // "{4:"
		case swiftPartyTag(line):
			next = 1
			w.scanFrom(s[:end], i, modePlain, 0, base)
		case next >= 1 && next <= len(swiftPartyLayouts) && len(line) > 0 && line[0] != ':' && line[0] != '-' && line[0] != '{' &&
			!bytes.ContainsAny(line, "=|\t<>"):
			w.where = wherePhrase
			w.contextValue(swiftPartyLayouts[next-1].categories[0], s, i, end, base)
			next++
		default:
			next = 0
			w.scanFrom(s[:end], i, modePlain, 0, base)
		}
		if end == len(s) {
			break
		}
		i = end + len(crlf)
	}
}
