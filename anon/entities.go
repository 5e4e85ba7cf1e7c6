package anon

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Text written with HTML or XML character references: a web application's log of what
// it rendered (user=&quot;jdoe&quot;), a Windows event's XML as some collectors
// forward it (m&#252;ller), an email address hidden from scrapers (jan&#64;firma.pl);
// and a web server's escapes of a request's quotes and bytes (q=\x22Anna\x22).
// Such text is scanned as what it says, the references decoded, and every value found
// is written back with the references it was written with: the pseudonym of
// jan&#64;firma.pl has &#64; where the original had it.

// namedEntities are the references decoded: XML's five, the no-break space, and the
// letters of Europe's Latin alphabets that HTML names (the accented letters of names
// and places).
var namedEntities = map[string]rune{
	"quot": '"', "amp": '&', "lt": '<', "gt": '>', "apos": '\'', "nbsp": ' ',
	"auml": 'ä', "ouml": 'ö', "uuml": 'ü', "Auml": 'Ä', "Ouml": 'Ö', "Uuml": 'Ü', "szlig": 'ß',
	"aacute": 'á', "eacute": 'é', "iacute": 'í', "oacute": 'ó', "uacute": 'ú', "yacute": 'ý',
	"Aacute": 'Á', "Eacute": 'É', "Iacute": 'Í', "Oacute": 'Ó', "Uacute": 'Ú', "Yacute": 'Ý',
	"agrave": 'à', "egrave": 'è', "igrave": 'ì', "ograve": 'ò', "ugrave": 'ù',
	"Agrave": 'À', "Egrave": 'È', "Igrave": 'Ì', "Ograve": 'Ò', "Ugrave": 'Ù',
	"acirc": 'â', "ecirc": 'ê', "icirc": 'î', "ocirc": 'ô', "ucirc": 'û',
	"Acirc": 'Â', "Ecirc": 'Ê', "Icirc": 'Î', "Ocirc": 'Ô', "Ucirc": 'Û',
	"atilde": 'ã', "otilde": 'õ', "ntilde": 'ñ', "Atilde": 'Ã', "Otilde": 'Õ', "Ntilde": 'Ñ',
	"euml": 'ë', "iuml": 'ï', "yuml": 'ÿ', "Euml": 'Ë', "Iuml": 'Ï',
	"ccedil": 'ç', "Ccedil": 'Ç', "oslash": 'ø', "Oslash": 'Ø', "aring": 'å', "Aring": 'Å',
	"aelig": 'æ', "AElig": 'Æ', "eth": 'ð', "ETH": 'Ð', "thorn": 'þ', "THORN": 'Þ',
	"scaron": 'š', "Scaron": 'Š', "zcaron": 'ž', "Zcaron": 'Ž', "oelig": 'œ', "OElig": 'Œ',
}

// entityAt returns the character the reference at s[i] (an '&') stands for and the
// length of the reference, or 0 when s[i:] starts none that is decoded.
func entityAt(s []byte, i int) (rune, int) {
	end := bytes.IndexByte(s[i+1:min(len(s), i+12)], ';')
	if end < 2 {
		return 0, 0
	}
	name := s[i+1 : i+1+end]
	n := end + 2
	if name[0] != '#' {
		r, ok := namedEntities[string(name)]
		if !ok {
			return 0, 0
		}
		return r, n
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	v, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || len(digits) == 0 || v == 0 || !utf8.ValidRune(rune(v)) {
		return 0, 0
	}
	return rune(v), n
}

// byteEscape is a way of writing a byte: a prefix and the byte in two hexadecimal or
// three octal digits.
type byteEscape struct {
	prefix string
	octal  bool
}

var (
	hexBackslash   = byteEscape{`\x`, false} // nginx, Apache: \x22, \xC3\xA9
	octalBackslash = byteEscape{`\`, true}   // strace, C: \303\251
	octalHash      = byteEscape{"#", true}   // rsyslog's control characters: #011, #303#251
	hexHash        = byteEscape{"#", false}  // HAProxy's captures: #22, #C3#BC
)

// byteAt reads the byte that e writes at s[j].
func (e byteEscape) byteAt(s []byte, j int) (byte, bool) {
	p := j + len(e.prefix)
	if !hasPrefixAt(s, j, e.prefix) {
		return 0, false
	}
	if e.octal {
		if p+3 > len(s) || s[p] < '0' || s[p] > '3' || s[p+1] < '0' || s[p+1] > '7' || s[p+2] < '0' || s[p+2] > '7' {
			return 0, false
		}
		return (s[p]-'0')<<6 | (s[p+1]-'0')<<3 | (s[p+2] - '0'), true
	}
	if p+2 > len(s) {
		return 0, false
	}
	hi, ok1 := hexDigit(s[p])
	lo, ok2 := hexDigit(s[p+1])
	return hi<<4 | lo, ok1 && ok2
}

func (e byteEscape) width() int {
	if e.octal {
		return len(e.prefix) + 3
	}
	return len(e.prefix) + 2
}

// byteEscapeAt returns the character that the escapes of e at s[i] stand for and their
// length, or 0 when s[i:] starts none: a quote or a backslash (\x22), a tab or a line
// break (#011), or a whole UTF-8 character beyond ASCII (\xC3\xA9, #303#251). A byte
// alone that is none of these (C:\xampp, \xab, ticket #42) is no escape.
func byteEscapeAt(s []byte, i int, e byteEscape) (rune, int) {
	var buf [4]byte
	k := 0
	for j := i; k < len(buf); j += e.width() {
		c, ok := e.byteAt(s, j)
		if !ok {
			break
		}
		buf[k] = c
		k++
		if k == 1 && c < 0x80 {
			switch {
			case e.prefix == `\x` && (c == '"' || c == '\'' || c == '\\'):
				return rune(c), e.width()
			case e.prefix == "#" && e.octal && (c == '\t' || c == '\n'):
				return rune(c), e.width()
			}
			return 0, 0
		}
		if r, n := utf8.DecodeRune(buf[:k]); r != utf8.RuneError && n == k {
			return r, e.width() * k
		}
	}
	return 0, 0
}

// unicodeLetterEscapeAt returns the letter a \uXXXX escape at s[i] stands for, as JSON, Java
// and Python's repr write text beyond ASCII in a log line (Tom\u00e1\u0161), and its
// length, or 0: only a letter beyond ASCII, so that a path's \users stays what it is.
func unicodeLetterEscapeAt(s []byte, i int) (rune, int) {
	if !unicodeEscapeAt(s, i) { // (not CORP\u48213, an account u48213)
		return 0, 0
	}
	r := rune(hex4(s[i+2 : i+6]))
	if r < 0x80 || !unicode.IsLetter(r) {
		return 0, 0
	}
	return r, 6
}

// byteEscapeStyle returns the way of writing bytes that starts at s[i], if any.
func byteEscapeStyle(s []byte, i int) (byteEscape, bool) {
	switch s[i] {
	case '\\':
		if i+1 < len(s) && s[i+1] == 'x' {
			return hexBackslash, true
		}
		return octalBackslash, true
	case '#':
		if i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return octalHash, true
		}
		return hexHash, true
	}
	return byteEscape{}, false
}

// refAt returns the character the reference or escape at s[i] stands for and its
// length, or 0 when there is none.
func refAt(s []byte, i int) (rune, int) {
	if s[i] == '&' {
		return entityAt(s, i)
	}
	if s[i] == '\\' && i+5 < len(s) && s[i+1] == 'u' {
		return unicodeLetterEscapeAt(s, i)
	}
	if e, ok := byteEscapeStyle(s, i); ok {
		return byteEscapeAt(s, i, e)
	}
	return 0, 0
}

// hasEntity reports whether s holds a reference or escape that is decoded. It runs over
// every line and JSON string: three byte searches (vectorized) rule out most.
func hasEntity(s []byte) bool {
	for _, c := range [...]byte{'&', '\\', '#'} {
		for i := 0; ; {
			k := bytes.IndexByte(s[i:], c)
			if k < 0 {
				break
			}
			i += k
			if _, n := refAt(s, i); n > 0 {
				return true
			}
			i++
		}
	}
	return false
}

// scanDecoded scans s, a line or a JSON string's text, with its character references
// decoded; text without any is scanned as it is.
func (w *worker) scanDecoded(s []byte, base int) { w.valueDecoded("", s, base) }

// valueDecoded rewrites s as a value of category, or scans it as text when category is ""
// or s does not fit it, with its character references decoded.
func (w *worker) valueDecoded(category string, s []byte, base int) {
	if w.entityDepth > 0 || !hasEntity(s) {
		if category == "" || !w.keyedValue(category, s, base) {
			w.scanText(s, base)
		}
		return
	}
	decoded, offsets := w.entityText[:0], w.entityOffsets[:0]
	for i := 0; i < len(s); {
		if s[i] == '&' || s[i] == '\\' || s[i] == '#' {
			if r, n := refAt(s, i); n > 0 {
				decoded, offsets = appendRuneFrom(decoded, offsets, r, i)
				i += n
				continue
			}
		}
		decoded = append(decoded, s[i])
		offsets = append(offsets, i)
		i++
	}
	offsets = append(offsets, len(s))
	w.entityText, w.entityOffsets = decoded, offsets

	first := len(w.edits)
	w.entityDepth++
	if category == "" || !w.keyedValue(category, decoded, 0) {
		w.scanText(decoded, 0)
	}
	w.entityDepth--
	for k := first; k < len(w.edits); k++ {
		ed := &w.edits[k]
		rawStart, rawEnd := offsets[ed.start], offsets[ed.end]
		ed.start, ed.end = base+rawStart, base+rawEnd
		if bytes.IndexAny(s[rawStart:rawEnd], "&\\#") < 0 {
			continue // a value written without references
		}
		from := len(w.repl)
		w.repl = appendReferenced(w.repl, w.repl[ed.from:ed.to], s[rawStart:rawEnd])
		ed.from, ed.to = from, len(w.repl)
	}
}

// appendReferenced appends the pseudonym p written as the original orig was: a
// character orig wrote as a reference or escape is written as the same one, and letters
// beyond ASCII as numeric references or \xHH escapes where orig wrote its own so (in
// the same base and case).
func appendReferenced(dst, p, orig []byte) []byte {
	var seen [8]struct {
		r   rune
		ref []byte
	}
	nSeen := 0
	numeric, hex, uEscaped, uLower := false, false, false, false
	var style byteEscape
	styled, upper := false, true
	for i := 0; i < len(orig); i++ {
		if orig[i] != '&' && orig[i] != '\\' && orig[i] != '#' {
			continue
		}
		r, n := refAt(orig, i)
		if n == 0 {
			continue
		}
		if orig[i] == '\\' && orig[i+1] == 'u' {
			uEscaped, uLower = true, uLower || bytes.ContainsAny(orig[i:i+n], "abcdef")
		} else if orig[i] != '&' && r >= 0x80 {
			style, _ = byteEscapeStyle(orig, i)
			styled = true
			upper = !bytes.ContainsAny(orig[i:i+n], "abcdef")
		} else if orig[i] == '&' && orig[i+1] == '#' && r >= 0x80 {
			numeric, hex = true, orig[i+2]|0x20 == 'x'
		}
		if nSeen < len(seen) {
			seen[nSeen].r, seen[nSeen].ref = r, orig[i:i+n]
			nSeen++
		}
		i += n - 1
	}
next:
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n <= 1 {
			dst = append(dst, p[i]) // a byte that is no UTF-8 stays as it is
			i++
			continue
		}
		i += n
		for _, e := range seen[:nSeen] {
			if e.r == r {
				dst = append(dst, e.ref...)
				continue next
			}
		}
		switch {
		case r >= 0x80 && r <= 0xFFFF && uEscaped:
			digits := "0123456789ABCDEF"
			if uLower {
				digits = "0123456789abcdef"
			}
			dst = append(dst, '\\', 'u', digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15])
		case r >= 0x80 && styled:
			var buf [4]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				dst = style.appendByte(dst, b, upper)
			}
		case r >= 0x80 && numeric && hex:
			dst = strconv.AppendInt(append(dst, "&#x"...), int64(r), 16)
			dst = append(dst, ';')
		case r >= 0x80 && numeric:
			dst = strconv.AppendInt(append(dst, "&#"...), int64(r), 10)
			dst = append(dst, ';')
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// appendByte appends b written as e writes it.
func (e byteEscape) appendByte(dst []byte, b byte, upper bool) []byte {
	dst = append(dst, e.prefix...)
	if e.octal {
		return append(dst, '0'+b>>6, '0'+b>>3&7, '0'+b&7)
	}
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	return append(dst, digits[b>>4], digits[b&15])
}
