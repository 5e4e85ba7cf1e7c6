package metakeys

import (
	"bytes"
	"slices"
)

// Profile maps JSON key paths of one schema to categories. A Profile is immutable once made
// and safe for concurrent use.
type Profile struct {
	// Name is how the profile is named on the command line (--profile NAME).
	Name string
	// Description is one line for `siemanon profiles`.
	Description string

	insensitive bool
	extends     string

	// fields holds the rows in table order (a base profile's rows first when extended).
	fields []Field
	// exact maps a literal path (lower case in an insensitive profile) to its row.
	exact map[string]int32
	// byLast holds wildcard rows by their last segment, each list best first.
	byLast map[string][]pattern
	// anyLast holds wildcard rows whose last segment is "*", best first.
	anyLast []pattern
	// detect holds the signature paths.
	detect     []pattern
	signatures []string // the detect paths as the table writes them
}

// Field is one row of a profile: a key path, the category of the values found there and why.
type Field struct {
	Path, Category, Note string
}

// none is the category that marks a path as not sensitive; it shadows wildcard rows.
const none = "none"

// pattern is a path split into segments. A leading "**" is kept out of segs and set as deep.
type pattern struct {
	segs []string
	deep bool
	row  int32
}

// literals counts the segments that are not "*".
func (p *pattern) literals() int {
	n := 0
	for _, s := range p.segs {
		if s != "*" {
			n++
		}
	}
	return n
}

// firstWild is the index of the first wildcard segment ("**" counts as -1).
func (p *pattern) firstWild() int {
	if p.deep {
		return -1
	}
	for i, s := range p.segs {
		if s == "*" {
			return i
		}
	}
	return len(p.segs)
}

// better reports whether a takes precedence over b: more literal segments; then without a
// leading "**"; then the first wildcard further right; then the earlier row.
func better(a, b *pattern) bool {
	if la, lb := a.literals(), b.literals(); la != lb {
		return la > lb
	}
	if a.deep != b.deep {
		return !a.deep
	}
	if fa, fb := a.firstWild(), b.firstWild(); fa != fb {
		return fa > fb
	}
	return a.row < b.row
}

// match reports whether path matches the pattern. It walks both from the right and does not
// allocate.
func (p *pattern) match(path []byte) bool {
	end := len(path)
	for i := len(p.segs) - 1; i >= 0; i-- {
		if end < 0 {
			return false
		}
		start := bytes.LastIndexByte(path[:end], '.') + 1
		seg := path[start:end]
		if s := p.segs[i]; s != "*" && string(seg) != s {
			return false
		}
		end = start - 1
	}
	return p.deep || end < 0
}

// maxStack is the longest path that is folded to lower case without allocating.
const maxStack = 512

// Category returns the category of the values at path, a key path with keys joined by '.'
// and array indexes left out. ok is false when the profile does not name the path (or names
// it "none"). It does not allocate for paths up to 512 bytes.
func (p *Profile) Category(path []byte) (category string, ok bool) {
	row, found := p.row(path)
	if !found {
		return "", false
	}
	return p.result(row)
}

// Names reports whether the profile has a row for path, "none" rows included: a value
// the profile knows to be no personal data (an opaque id), scanned as text and not
// guessed at by its key's name.
func (p *Profile) Names(path []byte) bool {
	_, found := p.row(path)
	return found
}

// row returns the row that decides path's category.
func (p *Profile) row(path []byte) (int32, bool) {
	if p.insensitive {
		var buf [maxStack]byte
		path = lower(buf[:0], path)
	}
	if i, found := p.exact[string(path)]; found {
		return i, true
	}
	last := path[bytes.LastIndexByte(path, '.')+1:]
	var best *pattern
	cands := p.byLast[string(last)]
	for i := range cands {
		if q := &cands[i]; q.match(path) {
			best = q
			break
		}
	}
	for i := range p.anyLast {
		if q := &p.anyLast[i]; q.match(path) {
			if best == nil || better(q, best) {
				best = q
			}
			break
		}
	}
	if best == nil {
		return 0, false
	}
	return best.row, true
}

func (p *Profile) result(row int32) (string, bool) {
	c := p.fields[row].Category
	if c == none {
		return "", false
	}
	return c, true
}

// Detects reports whether path is one of the profile's signature keys, or lies under one:
// with the signature "winlog.event_data", the path "winlog.event_data.TargetUserName"
// detects too, so an engine can pass the leaf paths it walks. It does not allocate for paths
// up to 512 bytes.
func (p *Profile) Detects(path []byte) bool {
	if len(p.detect) == 0 {
		return false
	}
	if p.insensitive {
		var buf [maxStack]byte
		path = lower(buf[:0], path)
	}
	for end := 0; end <= len(path); end++ {
		if end < len(path) && path[end] != '.' {
			continue
		}
		prefix := path[:end]
		for i := range p.detect {
			if p.detect[i].match(prefix) {
				return true
			}
		}
	}
	return false
}

// Fields returns the profile's rows in table order, a base profile's rows first when the
// profile extends one. Rows of category "none" are included.
func (p *Profile) Fields() []Field {
	return slices.Clone(p.fields)
}

// Signatures returns the profile's detect paths, as written in its table.
func (p *Profile) Signatures() []string {
	return slices.Clone(p.signatures)
}

// Extends names the built-in profile this one was merged over, or "".
func (p *Profile) Extends() string { return p.extends }

// CaseInsensitive reports whether paths are matched without regard to ASCII case.
func (p *Profile) CaseInsensitive() bool { return p.insensitive }

func (p pattern) String() string {
	var b []byte
	if p.deep {
		b = append(b, "**"...)
	}
	for i, s := range p.segs {
		if i > 0 || p.deep {
			b = append(b, '.')
		}
		b = append(b, s...)
	}
	return string(b)
}

// lower appends s folded to ASCII lower case to dst. Only when it does not fit in dst's
// capacity does it allocate.
func lower(dst, s []byte) []byte {
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
