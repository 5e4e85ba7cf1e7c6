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
