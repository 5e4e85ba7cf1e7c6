package anon

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// privateSuffixes are top-level names that are not in the public suffix list but name
// internal networks everywhere (RFC 6762, RFC 8375 and common practice); a name under
// them is an internal host name.
var privateSuffixes = map[string]bool{"local": true, "localdomain": true, "lan": true, "corp": true,
	"internal": true, "intranet": true, "home": true, "private": true, "ad": true, "domain": true}

// fileSuffixes are top-level domains that are also common file extensions: a two-label
// name ending in one (setup.py, notes.md, backup.zip) is taken for a file, not a domain.
var fileSuffixes = map[string]bool{"sh": true, "py": true, "md": true, "zip": true, "mov": true, "pl": true,
	"rs": true, "so": true, "ps": true, "cs": true, "cc": true, "in": true, "mk": true, "ml": true, "pm": true,
	"ai": true, "am": true, "as": true, "tf": true, "sc": true, "re": true, "to": true, "is": true, "me": true,
	"bz": true, "gz": true, "rar": true, "doc": true, "ini": true, "tv": true, "ts": true}

// domainShaped reports whether word is a domain or host name by its own syntax: two or more
// DNS labels under a public (or common private) top-level domain. It returns the number
// of labels. File names such as index.html, sshd.service or java.lang.String are not.
func (w *worker) domainShaped(word []byte) (labels int, ok bool) {
	if len(word) > 253 {
		return 0, false
	}
	labels = 1
	labelStart := 0
	for k, c := range word {
		switch {
		case isAlnum(c):
		case c == '-':
			if k == labelStart || k+1 == len(word) || word[k+1] == '.' {
				return 0, false
			}
		case c == '.':
			if k == labelStart {
				return 0, false
			}
			labels++
			labelStart = k + 1
		default:
			return 0, false
		}
	}
	tld := word[labelStart:]
	if labels < 2 || len(tld) < 2 || len(tld) > 24 {
		return 0, false
	}
	for _, c := range tld {
		if !isLetter(c) {
			return 0, false
		}
	}
	w.scratch = append(w.scratch[:0], tld...)
	for i, c := range w.scratch {
		if c >= 'A' && c <= 'Z' {
			w.scratch[i] = c + 'a' - 'A'
		}
	}
	if labels == 2 && fileSuffixes[string(w.scratch)] {
		return 0, false
	}
	if privateSuffixes[string(w.scratch)] {
		return labels, true
	}
	known, seen := w.tlds[string(w.scratch)]
	if !seen {
		lower := string(w.scratch)
		_, icann := publicsuffix.PublicSuffix("x." + lower)
		known = icann && !strings.Contains(lower, ".")
		if len(w.tlds) > 4096 {
			clear(w.tlds)
		}
		w.tlds[lower] = known
	}
	return labels, known
}
