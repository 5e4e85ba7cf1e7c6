package anon

import (
	"bytes"
	"encoding/base64"
	"unicode/utf8"

	"github.com/siemanon/siemanon/categories"
)

// A mail's display name may be written as RFC 2047 encoded words (From:
// =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.jp>), as names in other scripts are. Such a
// name is decoded (UTF-8, B or Q encoding), mapped as a full name and written back as one
// encoded word of its pseudonym in UTF-8. A name in another charset is mapped by its
// encoded text: its pseudonym is as consistent, but not the same as the decoded name's.
// Encoded words that are no display name (a Subject, an attachment's name) are scanned as
// the text they decode to; when a value is found in it, the words are written back as
// one word of the rewritten text, in the encoding and charset label they had.

// encodedNameAt rewrites the display name of encoded words that start at s[i] and returns
// where they end, or i.
func (w *worker) encodedNameAt(s []byte, i, base int) int {
	end, decoded := i, w.joinedName[:0]
	for {
		n, text := encodedWord(s[end:])
		if n == 0 {
			break
		}
		decoded = append(decoded, text...)
		end += n
		if end+1 < len(s) && (s[end] == ' ' || s[end] == '\t') && s[end+1] == '=' {
			if next, _ := encodedWord(s[end+1:]); next > 0 {
				end++ // adjacent encoded words: the blank between them is no part of the text
				continue
			}
		}
		break
	}
	w.joinedName = decoded
	if end == i {
		return i
	}
	after := end
	if after < len(s) && s[after] == '"' {
		after++
	}
	if !hasPrefixAt(s, after, " <") || bytes.IndexByte(s[after:min(len(s), after+256)], '@') < 0 {
		return i // a subject or a word in text, not a name before an address
	}
	if len(decoded) == 0 {
		// Another charset: its letters and digits stand for the name, one word.
		for _, c := range s[i:end] {
			if isAlnum(c) {
				decoded = append(decoded, c)
			}
		}
	}
	mark := len(w.repl)
	w.repl = w.cached(categories.Fullname, decoded, w.fullnames.Append)
	pseudonym := string(w.repl[mark:])
	w.repl = append(w.repl[:mark], "=?UTF-8?B?"...)
	w.repl = base64.StdEncoding.AppendEncode(w.repl, []byte(pseudonym))
	w.repl = append(w.repl, "?="...)
	w.addEdit(categories.Fullname, base+i, base+end, mark)
	return end
}

// encodedTextAt scans the text of the UTF-8 encoded words that start at s[i] and
// returns where they end, or i when there are none.
func (w *worker) encodedTextAt(s []byte, i, base int) int {
	if w.mimeDepth > 0 {
		return i
	}
	text, end := w.mimeText[:0], i
	for {
		n, decoded := encodedWord(s[end:])
		if n == 0 || decoded == nil {
			break
		}
		text = append(text, decoded...)
		end += n
		if end+1 < len(s) && (s[end] == ' ' || s[end] == '\t') && s[end+1] == '=' {
			if next, more := encodedWord(s[end+1:]); next > 0 && more != nil {
				end++
				continue
			}
		}
		break
	}
	w.mimeText = text
	if end == i || !utf8.Valid(text) {
		return i
	}
	first, mark := len(w.edits), len(w.repl)
	w.mimeDepth++
	w.scanFrom(text, 0, modePlain, '\t', 0)
	w.mimeDepth--
	if len(w.edits) == first {
		return end
	}
	found := w.edits[first:]
	category, secret := found[0].category, false
	for _, ed := range found {
		secret = secret || ed.secret
	}
	w.mimeOut = applyEdits(w.mimeOut[:0], text, found, w.repl)
	w.edits, w.repl = w.edits[:first], w.repl[:mark]
	q1 := i + 2 + bytes.IndexByte(s[i+2:], '?')
	if isLatin1Charset(s[i+2 : q1]) {
		// The text was decoded to UTF-8, and is written back so.
		w.repl = append(append(append(w.repl, "=?UTF-8?"...), s[q1+1]), '?')
	} else {
		w.repl = append(w.repl, s[i:q1+3]...) // =?charset?B? as the first word wrote it
	}
	if s[q1+1]|0x20 == 'b' {
		w.repl = base64.StdEncoding.AppendEncode(w.repl, w.mimeOut)
	} else {
		w.repl = appendQEncoded(w.repl, w.mimeOut)
	}
	w.repl = append(w.repl, "?="...)
	w.heldSecret = secret
	w.addEdit(category, base+i, base+end, mark)
	w.heldSecret = false
	return end
}

// appendQEncoded appends text in RFC 2047's Q encoding: blanks as '_', bytes beyond
// ASCII and the encoding's own signs as =HH.
func appendQEncoded(dst, text []byte) []byte {
	const digits = "0123456789ABCDEF"
	for _, c := range text {
		switch {
		case c == ' ':
			dst = append(dst, '_')
		case c > ' ' && c < 0x7f && c != '=' && c != '?' && c != '_':
			dst = append(dst, c)
		default:
			dst = append(dst, '=', digits[c>>4], digits[c&15])
		}
	}
	return dst
}

// encodedWord reads one encoded word =?CHARSET?B|Q?TEXT?= at the start of s and returns
// its length and, for UTF-8 (or ASCII), the text it decodes to; nil text for another
// charset or text that does not decode.
func encodedWord(s []byte) (n int, out []byte) {
	if len(s) < 8 || s[0] != '=' || s[1] != '?' {
		return 0, nil
	}
	q1 := bytes.IndexByte(s[2:min(len(s), 42)], '?')
	if q1 <= 0 || 2+q1+3 >= len(s) || s[2+q1+2] != '?' {
		return 0, nil
	}
	charset, enc := s[2:2+q1], s[2+q1+1]|0x20
	start := 2 + q1 + 3
	end := bytes.Index(s[start:min(len(s), start+1024)], []byte("?="))
	if end < 0 || enc != 'b' && enc != 'q' {
		return 0, nil
	}
	text := s[start : start+end]
	n = start + end + 2
	latin1 := isLatin1Charset(charset)
	if !latin1 && !equalFold(charset, "utf-8") && !equalFold(charset, "us-ascii") {
		return n, nil
	}
	if enc == 'b' {
		out, err := base64.StdEncoding.AppendDecode(nil, text)
		if err != nil {
			return n, nil
		}
		if latin1 {
			out = latin1ToUTF8(out)
		}
		return n, out
	}
	if latin1 {
		defer func() { out = latin1ToUTF8(out) }()
	}
	out = make([]byte, 0, len(text))
	for k := 0; k < len(text); k++ {
		switch c := text[k]; {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && k+2 < len(text) && isHex(text[k+1]) && isHex(text[k+2]):
			h, _ := hexDigit(text[k+1])
			l, _ := hexDigit(text[k+2])
			out = append(out, h<<4|l)
			k += 2
		default:
			out = append(out, c)
		}
	}
	return n, out
}

// isLatin1Charset reports whether charset names ISO 8859-1 or a charset that writes
// names' letters with the same bytes (ISO 8859-15, Windows-1252), as mail clients in
// Western Europe still label words.
func isLatin1Charset(charset []byte) bool {
	for _, name := range [...]string{"iso-8859-1", "iso-8859-15", "windows-1252", "latin1", "cp1252"} {
		if equalFold(charset, name) {
			return true
		}
	}
	return false
}

// latin1ToUTF8 returns text, bytes of ISO 8859-1, in UTF-8.
func latin1ToUTF8(text []byte) []byte {
	out := make([]byte, 0, len(text)+len(text)/4)
	for _, c := range text {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}
