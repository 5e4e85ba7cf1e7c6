package anon

import (
	"bytes"
	"slices"

	"github.com/siemanon/siemanon/metakeys"
	"unicode/utf8"
	"unsafe"

	"github.com/tidwall/gjson"
)

// maxJSONDepth bounds the nesting of a JSON record. A deeper line is scanned as raw text
// instead: still rewritten, but without a recursion as deep as the input is long.
const maxJSONDepth = 512

// jsonRecord rewrites a JSON record by key and reports whether line was one. Edits splice
// the original bytes: key order, spacing, escapes elsewhere and numbers stay as they were.
func (w *worker) jsonRecord(line []byte, base int) bool {
	if w.inRecord || !shallowEnough(line, maxJSONDepth) || !gjson.ValidBytes(line) {
		return false
	}
	w.inRecord = true
	defer func() { w.inRecord = false }()
	// gjson reads strings; the line is not modified while the result is in use.
	doc := gjson.Parse(unsafe.String(unsafe.SliceData(line), len(line)))
	if doc.IsArray() {
		// An array of events (a SIEM export): each element is a record of its own, with
		// its own profiles.
		doc.ForEach(func(_, elem gjson.Result) bool {
			w.record(elem, line, base)
			return true
		})
		return true
	}
	w.record(doc, line, base)
	return true
}

// leaf is a string value of a record: its key path in w.pathArena and its bytes between
// the quotes in the line.
type leaf struct {
	pathStart, pathEnd int
	start, end         int
}

// record rewrites one record: it collects the string leaves with their paths, picks the
// profiles whose signature keys the record has, then rewrites each leaf by the category its
// path has in those profiles, or as raw text.
func (w *worker) record(v gjson.Result, line []byte, base int) {
	w.leaves = w.leaves[:0]
	w.pathArena = w.pathArena[:0]
	w.path = w.path[:0]
	w.detected = w.detected[:0]
	if v.Type == gjson.String {
		w.leaves = append(w.leaves, leaf{start: v.Index + 1, end: v.Index + len(v.Raw) - 1})
	} else {
		w.collect(v)
	}
	profiles := w.e.profiles
	if w.e.autoProfiles {
		profiles = w.detected
	}
	for _, lf := range w.leaves {
		category := ""
		path := w.pathArena[lf.pathStart:lf.pathEnd]
		for _, p := range profiles {
			if c, ok := p.Category(path); ok {
				category = c
				break
			}
		}
		w.jsonString(line[lf.start:lf.end], base+lf.start, category)
	}
}

func (w *worker) collect(v gjson.Result) {
	v.ForEach(func(key, value gjson.Result) bool {
		n := len(w.path)
		if key.Type == gjson.String {
			if n > 0 {
				w.path = append(w.path, '.')
			}
			w.path = append(w.path, key.Str...)
		}
		switch {
		case value.IsObject(), value.IsArray():
			w.collect(value)
		case value.Type == gjson.String:
			if w.e.autoProfiles {
				w.detect(w.path)
			}
			start := len(w.pathArena)
			w.pathArena = append(w.pathArena, w.path...)
			w.leaves = append(w.leaves, leaf{pathStart: start, pathEnd: len(w.pathArena),
				start: value.Index + 1, end: value.Index + len(value.Raw) - 1})
		default:
			if w.e.autoProfiles {
				w.detect(w.path)
			}
		}
		w.path = w.path[:n]
		return true
	})
}

// detect adds the profiles that path is a signature of. The first segment is checked
// against the set of signature heads first, so most paths cost one map lookup.
func (w *worker) detect(path []byte) {
	// A signature matches the path or one of its prefixes (winlog.event_data detects
	// winlog.event_data.TargetUserName). Case-insensitive profiles are looked up folded.
	w.scratch = append(w.scratch[:0], path...)
	for i, c := range w.scratch {
		if c >= 'A' && c <= 'Z' {
			w.scratch[i] = c + 'a' - 'A'
		}
	}
	for end := 0; end <= len(path); end++ {
		if end < len(path) && path[end] != '.' {
			continue
		}
		for _, sig := range w.e.signatures[string(path[:end])] {
			w.addDetected(sig)
		}
		for _, sig := range w.e.foldedSignatures[string(w.scratch[:end])] {
			w.addDetected(sig)
		}
		if end == len(path) || w.e.signatureHeads[string(path[:end])] == false && w.e.signatureHeads[string(w.scratch[:end])] == false {
			return // no signature goes on below this prefix
		}
	}
}

func (w *worker) addDetected(p *metakeys.Profile) {
	if !slices.Contains(w.detected, p) {
		w.detected = append(w.detected, p)
	}
}

// shallowEnough reports whether no object or array in s nests deeper than limit.
func shallowEnough(s []byte, limit int) bool {
	depth, inString := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			depth++
			if depth > limit {
				return false
			}
		case '}', ']':
			depth--
		}
	}
	return true
}

// jsonString rewrites one string value, raw being its bytes between the quotes at offset
// base of the line: by the category its key names, or else scanned as raw text.
func (w *worker) jsonString(raw []byte, base int, category string) {
	escaped := false
	for _, c := range raw {
		if c == '\\' {
			escaped = true
			break
		}
	}
	if !escaped {
		if category == "" || !w.keyedValue(category, raw, base) {
			w.scanText(raw, base)
		}
		return
	}
	w.unescape(raw)
	first := len(w.edits)
	if category == "" || !w.keyedValue(category, w.unescaped, 0) {
		w.scanText(w.unescaped, 0)
	}
	// Map the edits back onto the escaped bytes and escape their replacements.
	for k := first; k < len(w.edits); k++ {
		ed := &w.edits[k]
		rawStart, rawEnd := w.offsets[ed.start], w.offsets[ed.end]
		ed.start, ed.end = base+rawStart, base+rawEnd
		// Escape the replacement as the original was escaped: always what JSON requires,
		// and "\/" where the writer escaped its slashes.
		slashes := bytes.Contains(raw[rawStart:rawEnd], []byte(`\/`))
		if slashes || needsEscape(w.repl[ed.from:ed.to]) {
			from := len(w.repl)
			w.repl = appendEscaped(w.repl, w.repl[ed.from:ed.to], slashes)
			ed.from, ed.to = from, len(w.repl)
		}
	}
}

// unescape decodes a JSON string body into w.unescaped and records in w.offsets, for each
// decoded byte, the offset of the escape or byte it came from (plus one entry for the end).
func (w *worker) unescape(raw []byte) {
	u, off := w.unescaped[:0], w.offsets[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			u = append(u, c)
			off = append(off, i)
			i++
			continue
		}
		n := 2
		switch raw[i+1] {
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		case 'u':
			r := rune(hex4(raw[i+2:]))
			n = 6
			if utf16IsHigh(r) && i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
				if lo := rune(hex4(raw[i+8:])); lo >= 0xdc00 && lo < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
					n = 12
				}
			}
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			before := len(u)
			u = utf8.AppendRune(u, r)
			for range len(u) - before {
				off = append(off, i)
			}
			i += n
			continue
		default: // '"', '\\', '/'
			c = raw[i+1]
		}
		u = append(u, c)
		off = append(off, i)
		i += n
	}
	w.unescaped, w.offsets = u, append(off, len(raw))
}

func utf16IsHigh(r rune) bool { return r >= 0xd800 && r < 0xdc00 }

func hex4(b []byte) int {
	v := 0
	for _, c := range b[:4] {
		d, _ := hexDigit(c)
		v = v<<4 | int(d)
	}
	return v
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case isDigit(c):
		return c - '0', true
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10, true
	}
	return 0, false
}

func needsEscape(s []byte) bool {
	for _, c := range s {
		if c < 0x20 || c == '"' || c == '\\' {
			return true
		}
	}
	return false
}

// appendEscaped appends s as the body of a JSON string.
func appendEscaped(dst, s []byte, slashes bool) []byte {
	const hexDigits = "0123456789abcdef"
	for _, c := range s {
		switch {
		case c == '"' || c == '\\' || c == '/' && slashes:
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
