package anon

import (
	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
)

// edit replaces line[start:end] with repl[from:to] of the worker's replacement arena.
type edit struct {
	start, end int
	from, to   int
}

// worker rewrites lines. Each goroutine has its own: the pseudonym mappers keep caches and
// scratch buffers and are not safe for concurrent use.
type worker struct {
	e *Engine

	ipv4   *categories.IPv4Mapper
	ipv6   *categories.IPv6Mapper
	mac    *categories.MACMapper
	users  *categories.Usernames
	hosts  *categories.Hostnames
	emails *categories.Emails

	// names caches pseudonyms of string-valued categories, by category.
	names map[string]map[string]string

	edits []edit
	repl  []byte

	// JSON scratch: the unescaped string, the raw offset of each unescaped byte, the key path.
	unescaped []byte
	offsets   []int
	subEdits  []edit
	path      []byte
	pathArena []byte
	leaves    []leaf
	detected  []*metakeys.Profile
	scratch   []byte
}

func newWorker(e *Engine) *worker {
	w := &worker{e: e, names: map[string]map[string]string{}}
	p := e.proto
	w.ipv4 = p.ipv4.Clone()
	w.ipv6 = p.ipv6.Clone(w.ipv4)
	w.mac = p.mac.Clone()
	w.users = categories.NewUsernames(e.keys)
	w.hosts = categories.NewHostnames(e.keys)
	w.emails = categories.NewEmails(w.users, w.hosts)
	return w
}

// addEdit records that s[start:end] becomes the bytes appended to w.repl since from.
func (w *worker) addEdit(start, end, from int) {
	w.edits = append(w.edits, edit{start: start, end: end, from: from, to: len(w.repl)})
}

// applyEdits appends s to dst with the edits, which are sorted and do not overlap.
func applyEdits(dst, s []byte, edits []edit, repl []byte) []byte {
	last := 0
	for _, ed := range edits {
		dst = append(dst, s[last:ed.start]...)
		dst = append(dst, repl[ed.from:ed.to]...)
		last = ed.end
	}
	return append(dst, s[last:]...)
}

// cached returns the pseudonym of value in a string category, computing it with gen on a
// miss. Caches are per worker and bounded; a miss only costs the derivation again.
func (w *worker) cached(category string, value []byte, gen func(dst, value []byte) []byte) []byte {
	m := w.names[category]
	if m == nil {
		m = map[string]string{}
		w.names[category] = m
	}
	if p, ok := m[string(value)]; ok {
		return append(w.repl, p...)
	}
	from := len(w.repl)
	w.repl = gen(w.repl, value)
	if len(m) >= nameCacheLimit {
		clear(m)
	}
	m[string(value)] = string(w.repl[from:])
	return w.repl
}

const nameCacheLimit = 1 << 15

// rewriteLine appends the rewritten content of one line (no line ending) to dst.
func (w *worker) rewriteLine(dst, line []byte) []byte {
	w.edits = w.edits[:0]
	w.repl = w.repl[:0]
	if looksLikeJSON(line) && w.jsonRecord(line) {
		return applyEdits(dst, line, w.edits, w.repl)
	}
	w.edits = w.edits[:0]
	w.repl = w.repl[:0]
	w.scanText(line, 0)
	return applyEdits(dst, line, w.edits, w.repl)
}

// looksLikeJSON reports whether the first non-blank byte opens an object or array.
func looksLikeJSON(line []byte) bool {
	for _, c := range line {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}
