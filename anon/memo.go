package anon

import "github.com/siemanon/siemanon/categories"

// The value memo: a worker remembers, per (category, value), what appendValue wrote for
// it, so that a value seen again (the same address, user or host on line after line)
// costs one lookup instead of the parsing, keep-list checks and cache lookups of its
// category. Only categories whose pseudonym is a pure function of the value and the
// session's fixed settings are memoized; their one effect on the session, learning, is
// recorded and replayed. URLs and paths are not (their pseudonyms read what was learned),
// nor secrets, geo names and timestamps (they seldom repeat, or are cheap).
//
// A value is memoized on its second sighting: most values of a long tail are seen once,
// and for them the memo costs a hash and a bit.

// memoEntry is what appendValue did for a value: the bytes it appended and the learn
// calls it made, as spans of the worker's memo arena and learn log.
type memoEntry struct {
	out     [2]uint32
	learns  [2]uint32
	lastCat string
	ok      bool
	mapped  bool
}

// learnRecord is one call of learn made while a value was rewritten.
type learnRecord struct {
	category string
	value    [2]uint32 // in the memo arena; in w.learnLog while recording, the value itself
}

const (
	memoLimit      = 1 << 14 // entries; when full the memo starts over
	memoArenaLimit = 1 << 20 // bytes
	maxMemoValue   = 96      // longer values are rare and costly to key
	memoSeenBits   = 1 << 16 // the filter of values seen once
)

// memoTag returns the byte that keys a category in the memo, or 0 when the category is
// not memoized.
func memoTag(category string) byte {
	switch category {
	case categories.IP:
		return 1
	case categories.Address:
		return 2
	case categories.IPv4, categories.IPv6, categories.MAC, categories.Email, categories.Username,
		categories.Hostname, categories.Domain, categories.Fullname, categories.Organization, categories.SID:
		return byte(3 + categoryIndex(category))
	}
	return 0
}

// memo is a worker's value memo.
type memo struct {
	entries map[string]memoEntry
	arena   []byte
	learns  []learnRecord
	seen    []uint64
	key     []byte
	// recording is set while a value to memoize is rewritten; log collects its learn
	// calls, their values in logArena.
	recording bool
	log       []learnRecord
	logArena  []byte
}

func (m *memo) reset() {
	if m.entries == nil {
		m.entries = make(map[string]memoEntry, 1024)
		m.seen = make([]uint64, memoSeenBits/64)
	}
	clear(m.entries)
	clear(m.seen)
	m.arena = m.arena[:0]
	m.learns = m.learns[:0]
}

// seenBefore marks the key as seen and reports whether it was marked already.
func (m *memo) seenBefore(key []byte) bool {
	h := uint64(14695981039346656037)
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	bit := h & (memoSeenBits - 1)
	word, mask := bit>>6, uint64(1)<<(bit&63)
	was := m.seen[word]&mask != 0
	m.seen[word] |= mask
	return was
}

// noteLearn records a learn call made while recording.
func (m *memo) noteLearn(category string, v []byte) {
	from := len(m.logArena)
	m.logArena = append(m.logArena, v...)
	m.log = append(m.log, learnRecord{category, [2]uint32{uint32(from), uint32(len(m.logArena))}})
}

// appendValueMemo is appendValue through the memo.
func (w *worker) appendValueMemo(category string, v []byte) bool {
	m := &w.memo
	tag := memoTag(category)
	if tag == 0 || len(v) > maxMemoValue || m.recording || w.e.memoOff || w.decodeDepth > 0 {
		// (Inside a URL decoding a value's rewrite depends on how deep it is, which the
		// memo's key does not hold.)
		return w.appendValue(category, v)
	}
	if m.entries == nil {
		m.reset()
	}
	m.key = append(append(m.key[:0], tag), v...)
	if e, ok := m.entries[string(m.key)]; ok {
		w.repl = append(w.repl, m.arena[e.out[0]:e.out[1]]...)
		w.lastCat, w.mapped = e.lastCat, e.mapped
		for _, l := range m.learns[e.learns[0]:e.learns[1]] {
			w.learn(l.category, m.arena[l.value[0]:l.value[1]])
		}
		return e.ok
	}
	if !m.seenBefore(m.key) {
		return w.appendValue(category, v)
	}
	from := len(w.repl)
	m.recording = true
	m.log, m.logArena = m.log[:0], m.logArena[:0]
	read := w.readLearned
	w.readLearned = false
	ok := w.appendValue(category, v)
	m.recording = false
	if w.readLearned {
		return ok // (what it wrote read the learned values: not a function of the value alone)
	}
	w.readLearned = read
	if len(m.entries) >= memoLimit || len(m.arena) >= memoArenaLimit {
		m.reset()
	}
	e := memoEntry{lastCat: w.lastCat, ok: ok, mapped: w.mapped}
	e.out[0] = uint32(len(m.arena))
	m.arena = append(m.arena, w.repl[from:]...)
	e.out[1] = uint32(len(m.arena))
	e.learns[0] = uint32(len(m.learns))
	for _, l := range m.log {
		start := len(m.arena)
		m.arena = append(m.arena, m.logArena[l.value[0]:l.value[1]]...)
		m.learns = append(m.learns, learnRecord{l.category, [2]uint32{uint32(start), uint32(len(m.arena))}})
	}
	e.learns[1] = uint32(len(m.learns))
	m.entries[string(m.key)] = e
	return ok
}
