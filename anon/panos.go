package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Palo Alto Networks PAN-OS writes its logs as CSV without names: the column says what a
// field is. panosColumns lists, per log type (the fourth column), the columns that hold
// users and hosts (and the GlobalProtect source region, and the endpoint's host id and
// serial number); addresses in the other columns are found by shape like anywhere else.
// Column numbers count from 0, the first column being the "1" (FUTURE_USE) after the
// syslog header, as PAN-OS documents its syslog field order.
var panosColumns = map[string]map[int]string{
	"TRAFFIC":        {12: categories.Username, 13: categories.Username},
	"THREAT":         {12: categories.Username, 13: categories.Username},
	"URL":            {12: categories.Username, 13: categories.Username},
	"DATA":           {12: categories.Username, 13: categories.Username},
	"WILDFIRE":       {12: categories.Username, 13: categories.Username},
	"DECRYPTION":     {12: categories.Username, 13: categories.Username},
	"TUNNEL":         {12: categories.Username, 13: categories.Username},
	"CONFIG":         {8: categories.Hostname, 12: categories.Username},
	"SYSTEM":         {},
	"GLOBALPROTECT":  {12: categories.Username, 13: categories.Geo, 14: categories.Hostname, 19: categories.DeviceID, 20: categories.DeviceID},
	"HIPMATCH":       {7: categories.Username, 9: categories.Hostname},
	"USERID":         {11: categories.Username},
	"AUTHENTICATION": {11: categories.Username},
}

// panosFields rewrites the user and host columns of a PAN-OS CSV line.
func (w *worker) panosFields(s []byte, base int) {
	// Find the columns: split on commas outside double quotes.
	var starts [40]int
	n := 0
	starts[n] = 0
	n++
	quoted := false
	for k := 0; k < len(s) && n < len(starts); k++ {
		switch s[k] {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				starts[n] = k + 1
				n++
			}
		}
	}
	if n < 8 {
		return
	}
	field := func(c int) (int, int) {
		end := len(s)
		if c+1 < n {
			end = starts[c+1] - 1
		}
		return starts[c], end
	}
	t0, t1 := field(3)
	cols, ok := panosColumns[string(s[t0:t1])]
	if !ok {
		return
	}
	for c := 0; c < n; c++ {
		cat, want := cols[c]
		if !want {
			continue
		}
		f0, f1 := field(c)
		if f1 > f0 {
			w.contextValue(cat, s, f0, f1, base)
		}
	}
}

// isPANOS reports whether s looks like a PAN-OS CSV log: "...,<serial>,<TYPE>,..." in
// its first columns.
func isPANOS(s []byte) bool {
	commas := 0
	for k := 0; k < len(s) && k < 160; k++ {
		next := bytes.IndexByte(s[k:min(len(s), 160)], ',')
		if next < 0 {
			return false
		}
		k += next
		commas++
		if commas == 3 {
			end := k + 1
			for end < len(s) && s[end] >= 'A' && s[end] <= 'Z' {
				end++
			}
			_, ok := panosColumns[string(s[k+1:end])]
			return ok && end < len(s) && s[end] == ','
		}
	}
	return false
}
