package categories

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Email addresses are found around an '@': a local part of letters, digits and ._%+'-
// and a domain of at least two labels whose last label is alphabetic. The local part is
// pseudonymized as a username and the domain as a host name, so `jdoe` and
// `jdoe@corp.example.com` stay linked, one domain stays one domain across addresses, and
// the public suffix stays.

var emailInfo = Category{
	Name:        Email,
	Risk:        High,
	Description: "email addresses; the local part maps like a username, the domain like a host name",
	Reason:      "an email address identifies a person directly",
}

// Emails maps email addresses for one worker. It is not safe for concurrent use.
type Emails struct {
	users *Usernames
	hosts *Hostnames
}

// NewEmails returns an email mapper that uses the worker's username and host mappers.
func NewEmails(users *Usernames, hosts *Hostnames) *Emails {
	return &Emails{users: users, hosts: hosts}
}

func isEmailLocalByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
}

func isLabelByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// IDNLetterLen returns the length of the UTF-8 letter at s[i] when it is one of the scripts
// internationalized domain names are commonly written in around Europe (Latin with
// diacritics, Greek, Cyrillic: münchen.de, ciepłownia.pl, пример.рф's labels), else 0.
// Scripts written without spaces (CJK, Thai) are left out: there a letter glued to a
// name is the sentence around it, not part of the name.
func IDNLetterLen(s []byte, i int) int {
	if s[i] < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeRune(s[i:])
	if r >= 0xC0 && r < 0x530 && r != 0xD7 && r != 0xF7 && (unicode.IsLetter(r) || unicode.IsMark(r)) {
		return n
	}
	return 0
}

// EmailAt finds the email address around the '@' at s[at]: it returns the span
// [start, end) of the whole address, or ok false when the bytes around it do not form one.
func EmailAt(s []byte, at int) (start, end int, ok bool) {
	start = at
	for start > 0 {
		if c := s[start-1]; c < utf8.RuneSelf {
			if !isEmailLocalByte(c) {
				break
			}
			start--
			continue
		}
		// A letter of a local part (josé@), not the CJK or Thai sentence it is glued to.
		r := start - 1
		for r > 0 && r > start-4 && !utf8.RuneStart(s[r]) {
			r--
		}
		if IDNLetterLen(s, r) != start-r {
			break
		}
		start = r
	}
	// A quote opens the local part only when it is part of it (o'brien), not a delimiter.
	for start < at && (s[start] == '\'' || s[start] == '.') {
		start++
	}
	if start == at {
		return 0, 0, false
	}
	// Options glued before an address (--add-email.jdoe@x): the address starts after the
	// last "--" or ".-".
	for k := at - 1; k > start; k-- {
		if s[k] == '-' && (s[k-1] == '-' || s[k-1] == '.') {
			start = k + 1
			for start < at && (s[start] == '.' || s[start] == '-') {
				start++
			}
			break
		}
	}
	if start == at {
		return 0, 0, false
	}
	end = at + 1
	lastDot := -1
	for end < len(s) && (isLabelByte(s[end]) || s[end] == '.' || s[end] >= utf8.RuneSelf) {
		if s[end] >= utf8.RuneSelf {
			n := IDNLetterLen(s, end)
			if n == 0 {
				break
			}
			end += n
			continue
		}
		if s[end] == '.' {
			if end == at+1 || s[end-1] == '.' {
				break
			}
			lastDot = end
		}
		if s[end] == '-' && s[end-1] == '.' {
			break // a label starts with no '-': example.de.--full-name ends at .de
		}
		end++
	}
	for end > at+1 && (s[end-1] == '.' || s[end-1] == '-') {
		end--
	}
	for lastDot >= end {
		lastDot = lastIndex(s[at+1:end], '.')
		if lastDot >= 0 {
			lastDot += at + 1
		}
	}
	if lastDot < 0 || lastDot >= end-2 {
		return 0, 0, false
	}
	// The top-level domain is ASCII: letters glued after it are the text's (jan@firma.plにて).
	for k := lastDot + 1; k < end; k++ {
		if c := s[k]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			if c < utf8.RuneSelf || k-lastDot-1 < 2 {
				return 0, 0, false
			}
			end = k
			break
		}
	}
	return start, end, true
}

// Append appends the pseudonym of an email address (local@domain).
func (e *Emails) Append(dst, email []byte) []byte {
	at := bytes.LastIndexByte(email, '@')
	if at < 0 {
		return append(dst, email...)
	}
	dst = e.AppendLocal(dst, email[:at])
	dst = append(dst, '@')
	return e.hosts.AppendName(dst, email[at+1:])
}

// AppendLocal appends the pseudonym of a local part. A subaddress (jdoe+news) keeps its
// shape: both sides are pseudonymized on their own, so jdoe+news and jdoe stay linked.
func (e *Emails) AppendLocal(dst, local []byte) []byte {
	if plus := bytes.IndexByte(local, '+'); plus > 0 && plus < len(local)-1 {
		dst = e.users.Append(dst, local[:plus])
		dst = append(dst, '+')
		return e.users.Append(dst, local[plus+1:])
	}
	return e.users.Append(dst, local)
}

func lastIndex(s []byte, c byte) int {
	return bytes.LastIndexByte(s, c)
}
