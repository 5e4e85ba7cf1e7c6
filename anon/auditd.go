package anon

import (
	"bytes"
	"net/netip"
	"slices"
	"unicode/utf8"

	"github.com/siemanon/siemanon/categories"
)

// The Linux audit daemon writes an untrusted string (a command line, a path, an account
// name, keystrokes) as upper-case hex when it holds a blank, a quote or a control byte:
// proctitle=6D7973716C002D75... is "mysql\0-u...", the NUL-separated arguments of a
// process. Such values are decoded, scanned and encoded back, so a password in a command
// line is found whether auditd quoted it or not. An execve record's arguments
// (argc=3 a0="mysql" a1="-ualice" a2=2D70...) are read together as one command line, so an
// option and its value in two arguments are seen as such. Socket addresses (saddr=, the
// binary sockaddr in hex) have their IP address mapped in place.

// auditHexKeys are the fields auditd may write as hex (audit_log_untrustedstring and
// the proctitle and execve records).
var auditHexKeys = map[string]bool{"proctitle": true, "cmd": true, "data": true, "acct": true,
	"comm": true, "ocomm": true, "cwd": true, "exe": true, "name": true, "path": true, "dir": true,
	"file": true, "old": true, "new": true, "key": true, "grp": true, "watch": true, "vm": true,
	"id": true, "hostname": true, "addr": true, "terminal": true}

// auditNameKeys are the ids whose names ausearch resolves: upper-case fields added
// after the numeric ones (--format enriched, auditbeat: AUID="jdoe" UID="jdoe"), or the
// fields themselves in its interpreted output (-i: auid=jdoe uid=jdoe). A number stays.
var auditNameKeys = map[string]bool{"AUID": true, "UID": true, "EUID": true, "SUID": true,
	"FSUID": true, "OUID": true, "auid": true, "uid": true, "euid": true, "suid": true,
	"fsuid": true, "ouid": true, "ID": true} // ID: the account an ADD_USER or DEL_USER record names

// argRegion is one value of a group read as a command line: its bytes in the scanned text
// (inside the quotes of a quoted one), whether they are hex, and its decoded text in the
// worker's argument line.
type argRegion struct {
	start, end int
	hex        bool
	from, to   int
}

// auditHexEnd returns the end of the auditd hex string at s[at]: upper-case hex digits,
// an even number of them, four or more, ending the value. It returns -1 otherwise.
func auditHexEnd(s []byte, at int) int {
	end := at
	for end < len(s) && (isDigit(s[end]) || s[end] >= 'A' && s[end] <= 'F') {
		end++
	}
	n := end - at
	if n < 4 || n%2 != 0 || end < len(s) && s[end] != ' ' && s[end] != '\'' && s[end] != '"' && s[end] != '\t' && s[end] != '\r' && s[end] != '\n' {
		return -1
	}
	return end
}

// appendDecodedText appends the bytes of the hex digits h to dst and reports whether they
// are text: valid UTF-8 holding a letter, with no control bytes but NUL (the separator of
// proctitle's arguments), tab, CR, LF, ESC and DEL (keystrokes). Numbers that happen to
// be hex digits (a syscall's a0=1000) decode to control bytes and stay what they are.
func appendDecodedText(dst, h []byte) ([]byte, bool) {
	start := len(dst)
	letter := false
	for k := 0; k+1 < len(h); k += 2 {
		hi, _ := hexDigit(h[k])
		lo, _ := hexDigit(h[k+1])
		c := hi<<4 | lo
		switch {
		case c < 0x20 && c != 0 && c != '\t' && c != '\r' && c != '\n' && c != 0x1b:
			return dst, false
		case isLetter(c) || c >= 0x80:
			letter = true
		}
		dst = append(dst, c)
	}
	return dst, letter && utf8.Valid(dst[start:])
}

// appendUpperHex appends b in upper-case hex, as auditd writes it.
func appendUpperHex(dst, b []byte) []byte {
	const digits = "0123456789ABCDEF"
	for _, c := range b {
		dst = append(dst, digits[c>>4], digits[c&15])
	}
	return dst
}

// auditValue rewrites the auditd field whose key is s[i:j] and whose value starts after
// the '=' at s[j], when it is written as hex or is an execve record's argument list, and
// returns where the value ends; it returns -1 for any other field.
func (w *worker) auditValue(s []byte, i, j, base int) int {
	if w.auditDepth > 0 {
		return -1 // decoded text holding hex fields again: scanned as it is
	}
	key := s[i:j]
	at := j + 1
	if len(key) == 4 && string(key) == "argc" {
		return w.execveArgs(s, at, base)
	}
	end := auditHexEnd(s, at)
	if end < 0 {
		return -1
	}
	if len(key) == 5 && string(key) == "saddr" {
		return w.socketAddress(s, at, end, base)
	}
	if len(key) >= 2 && key[0] == 'a' && isDigitsOnly(key[1:]) || auditHexKeys[string(key)] {
		return w.hexText(s, at, end, key, w.e.rawKeys.lookup(key), base)
	}
	return -1
}

// execveArgs reads the arguments of an execve record after "argc=": a0="mysql"
// a1="-ualice" a2=2D70..., quoted or hex, and rewrites them as one command line. It
// returns where the last argument ends, or -1 when no argument follows.
func (w *worker) execveArgs(s []byte, at, base int) int {
	p := at
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if p == at {
		return -1
	}
	w.argLine, w.argOrig = w.argLine[:0], w.argOrig[:0]
	regions := w.argRegions[:0]
	end := -1
	for arg := 0; ; arg++ {
		q := p
		for q < len(s) && s[q] == ' ' {
			q++
		}
		name := q
		for q < len(s) && (isDigit(s[q]) || s[q] == 'a' && q == name) {
			q++
		}
		if q-name < 2 || s[name] != 'a' || q >= len(s) || s[q] != '=' {
			break // a long argument (a1_len=, a1[0]=) or the record's end
		}
		q++
		r := argRegion{start: q, from: len(w.argLine)}
		if arg > 0 {
			r.from++
		}
		switch {
		case q < len(s) && s[q] == '"':
			quote := bytes.IndexByte(s[q+1:], '"')
			if quote < 0 {
				break
			}
			r.start, r.end = q+1, q+1+quote
			p = r.end + 1
		case auditHexEnd(s, q) < 0:
			// ausearch -i writes the arguments as they are, unquoted.
			e := q
			for e < len(s) && s[e] != ' ' && s[e] != '\t' && s[e] != '\'' {
				e++
			}
			if e == q {
				break
			}
			r.start, r.end = q, e
			p = e
		default:
			hexEnd := auditHexEnd(s, q)
			text, ok := appendDecodedText(w.argText[:0], s[q:hexEnd])
			w.argText = text
			if !ok {
				p = hexEnd // binary: no text to scan, and none to keep reading by
				continue
			}
			r.end, r.hex = hexEnd, true
			p = hexEnd
		}
		if r.end == 0 {
			break
		}
		if arg > 0 {
			w.argLine = append(w.argLine, ' ')
			w.argOrig = append(w.argOrig, ' ')
		}
		if r.hex {
			w.argLine = append(w.argLine, w.argText...)
			w.argOrig = append(w.argOrig, w.argText...)
		} else {
			w.argLine = append(w.argLine, s[r.start:r.end]...)
			w.argOrig = append(w.argOrig, s[r.start:r.end]...)
		}
		r.to = len(w.argLine)
		regions = append(regions, r)
		end = p
	}
	w.argRegions = regions
	if len(regions) == 0 {
		return -1
	}
	w.where = w.label("key", []byte("execve"))
	w.rewriteArgs(s, regions, "", base)
	return end
}

// rewriteArgs scans w.argLine, the decoded text of regions of s joined by blanks (w.argOrig
// holds the same text with proctitle's NULs), as a value of category or, without one, as
// text, and records an edit of s for each region the scan changed, encoded as the region
// was. An edit that runs over the end of a region (a name in two arguments) is written in
// the region it starts in and the rest of it is dropped from the next: nothing of the
// value is kept.
func (w *worker) rewriteArgs(s []byte, regions []argRegion, category string, base int) {
	saved, mark := len(w.edits), len(w.repl)
	w.auditDepth++
	if category != "" {
		w.contextValue(category, w.argLine, 0, len(w.argLine), 0)
	} else {
		w.scanFrom(w.argLine, 0, modePlain, '\t', 0)
	}
	w.auditDepth--
	if len(w.edits) == saved {
		return
	}
	nested := append(w.argEdits[:0], w.edits[saved:]...)
	w.argEdits = nested
	slices.SortStableFunc(nested, func(a, b edit) int { return a.start - b.start })
	w.spare = append(w.spare[:0], w.repl[mark:]...)
	w.edits, w.repl = w.edits[:saved], w.repl[:mark]
	where := w.where
	lo := 0 // regions and edits are both in order: each region reads from the first edit that can reach it
	for _, r := range regions {
		text := w.argText[:0]
		last, changed, secret := r.from, false, false
		var first *edit
		for lo < len(nested) && nested[lo].end <= r.from {
			lo++
		}
		for k := lo; k < len(nested) && nested[k].start < r.to; k++ {
			ed := &nested[k]
			if ed.end <= r.from || ed.start < last && ed.start >= r.from {
				continue
			}
			text = append(text, w.argOrig[last:max(ed.start, r.from)]...)
			if ed.start >= r.from {
				text = append(text, w.spare[ed.from-mark:ed.to-mark]...)
				if first == nil {
					first = ed
				}
				secret = secret || ed.category == categories.Secret || ed.secret
			}
			last, changed = min(ed.end, r.to), true
		}
		if !changed {
			w.argText = text
			continue
		}
		text = append(text, w.argOrig[last:r.to]...)
		if len(regions) > 1 && first != nil && first.category == categories.Secret && first.start == r.from {
			// A password that is a whole argument is all of it, blanks too
			// (a4=50612073732077... "Pa ss word1" after -P), not its first word.
			text = w.secrets.Append(text[:0], w.argOrig[r.from:r.to])
			w.secretsMade++
		}
		w.argText = text
		from := len(w.repl)
		if r.hex {
			w.repl = appendUpperHex(w.repl, text)
		} else {
			w.repl = append(w.repl, text...)
		}
		w.where = where
		cat := category
		if first != nil {
			cat, w.where = first.category, first.where
		}
		w.heldSecret = secret // the value holds a secret: never written to a map
		w.addEdit(cat, base+r.start, base+r.end, from)
		w.heldSecret = false
	}
	w.where = where
}

// socketAddress maps the IP address in an auditd sockaddr (saddr=0200 0016 C0A80001
// 0000000000000000 without the blanks: family in host order, port, address) and
// returns where the value ends, or -1 for a family other than IPv4 and IPv6 (a Unix
// socket's path is decoded and scanned as text, like other hex values).
func (w *worker) socketAddress(s []byte, at, end, base int) int {
	h := s[at:end]
	var raw [28]byte
	var addr netip.Addr
	var addrAt int
	switch {
	case len(h) >= 16 && string(h[:4]) == "0200":
		addrAt = 8
		decodeHexInto(raw[:4], h[addrAt:addrAt+8])
		addr = netip.AddrFrom4([4]byte(raw[:4]))
	case len(h) >= 48 && string(h[:4]) == "0A00":
		addrAt = 16
		decodeHexInto(raw[:16], h[addrAt:addrAt+32])
		addr = netip.AddrFrom16([16]byte(raw[:16]))
	case len(h) > 4 && string(h[:4]) == "0100":
		// A Unix socket: its path, NUL-padded.
		return w.hexText(s, at+4, end, []byte("saddr"), "", base)
	default:
		return -1
	}
	var buf [64]byte
	text := addr.AppendTo(buf[:0])
	from := len(w.repl)
	w.where = w.label("key", []byte("saddr"))
	if !w.appendValueMemo(categories.IP, text) {
		w.repl = w.repl[:from]
		return -1
	}
	mapped, err := netip.ParseAddr(string(w.repl[from:]))
	w.repl = w.repl[:from]
	if err != nil || mapped == addr || mapped.BitLen() != addr.BitLen() {
		return end
	}
	w.repl = append(w.repl, h[:addrAt]...)
	w.repl = appendUpperHex(w.repl, mapped.AsSlice())
	w.repl = append(w.repl, h[addrAt+addr.BitLen()/4:]...)
	w.addEdit(w.lastCat, base+at, base+end, from)
	return end
}

// hexText decodes the hex text s[at:end], the value of key, maps it as a value of
// category or, without one, scans it as text, and records its edit. It returns end, or
// -1 when the value is no text.
func (w *worker) hexText(s []byte, at, end int, key []byte, category string, base int) int {
	line, ok := appendDecodedText(w.argLine[:0], s[at:end])
	w.argLine = line
	if !ok {
		return -1
	}
	w.argOrig = append(w.argOrig[:0], line...)
	for k, c := range line {
		if c == 0 {
			line[k] = ' ' // proctitle's argument separator, a blank to the scanner
		}
	}
	w.where = w.label("key", key)
	w.rewriteArgs(s, []argRegion{{start: at, end: end, hex: true, to: len(line)}}, category, base)
	return end
}

func decodeHexInto(dst, h []byte) {
	for k := range dst {
		hi, _ := hexDigit(h[2*k])
		lo, _ := hexDigit(h[2*k+1])
		dst[k] = hi<<4 | lo
	}
}
