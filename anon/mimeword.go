package anon

import (
	"bytes"
	"encoding/base64"

	"github.com/siemanon/siemanon/categories"
)

// A mail's display name may be written as RFC 2047 encoded words (From:
// =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.jp>), as names in other scripts are. Such a
// name is decoded (UTF-8, B or Q encoding), mapped as a full name and written back as one
// encoded word of its pseudonym in UTF-8. A name in another charset is mapped by its
// encoded text: its pseudonym is as consistent, but not the same as the decoded name's.
// Encoded words that are no display name (a Subject) stay.

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

// encodedWord reads one encoded word =?CHARSET?B|Q?TEXT?= at the start of s and returns
// its length and, for UTF-8 (or ASCII), the text it decodes to; nil text for another
// charset or text that does not decode.
func encodedWord(s []byte) (int, []byte) {
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
	n := start + end + 2
	if !equalFold(charset, "utf-8") && !equalFold(charset, "us-ascii") {
		return n, nil
	}
	if enc == 'b' {
		out, err := base64.StdEncoding.AppendDecode(nil, text)
		if err != nil {
			return n, nil
		}
		return n, out
	}
	out := make([]byte, 0, len(text))
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
