package anon

// Learning: a value identified by context (user=jdoe, a syslog host, a home folder) is
// remembered for the session and replaced wherever it later stands as a whole token, in
// the same line and in every later line and record.
//
// The semantics are sequential and do not depend on the number of workers: a value learned
// from line i applies to line i and to every line after it. Workers rewrite a batch in
// parallel, each seeing the values learned before the batch plus its own; when the batch
// is merged, a chunk whose earlier chunks learned something new has the affected lines
// rewritten again, with every entry filtered by the line it was learned on.

// minLearned is the shortest value learned: shorter ones ("a", "ab") are too often words.
const minLearned = 3

type learnedEntry struct {
	category string
	seq      int64 // the line it was first learned on
}

// learnedSet maps learned values to their entries, with a small filter in front so that
// most tokens cost no map lookup.
type learnedSet struct {
	m      map[string]learnedEntry
	filter [1 << 14]bool
}

func filterSlot(v []byte) int {
	return (len(v)*131 + int(v[0])*31 + int(v[len(v)-1])) & (1<<14 - 1)
}

func (s *learnedSet) lookup(v []byte, seq int64) (learnedEntry, bool) {
	if s.m == nil || !s.filter[filterSlot(v)] {
		return learnedEntry{}, false
	}
	e, ok := s.m[string(v)]
	if !ok || e.seq > seq {
		return learnedEntry{}, false
	}
	return e, true
}

// add records v unless it is known already with an earlier line; it reports whether the
// entry is new or moved earlier.
func (s *learnedSet) add(v string, e learnedEntry) bool {
	if s.m == nil {
		s.m = map[string]learnedEntry{}
	}
	if old, ok := s.m[v]; ok && old.seq <= e.seq {
		return false
	}
	s.m[v] = e
	s.filter[filterSlot([]byte(v))] = true
	return true
}

func (s *learnedSet) reset() {
	clear(s.m)
	clear(s.filter[:])
}

// learn remembers v, found by context on the current line.
func (w *worker) learn(category string, v []byte) {
	if len(v) < minLearned || allDigits(v) || !hasLetter(v) || isGenericWord(v) {
		return
	}
	if _, ok := w.e.learned.lookup(v, w.seq); ok {
		return
	}
	if _, ok := w.local.lookup(v, w.seq); ok {
		return
	}
	if w.local.add(string(v), learnedEntry{category: category, seq: w.seq}) {
		w.learnedNow = true
	}
}

// learnedToken returns the category of a token learned on this line or earlier.
func (w *worker) learnedToken(tok []byte) (string, bool) {
	if e, ok := w.e.learned.lookup(tok, w.seq); ok {
		return e.category, true
	}
	if e, ok := w.local.lookup(tok, w.seq); ok {
		return e.category, true
	}
	return "", false
}

// isGenericWord reports values too common as words to be replaced wherever they stand,
// even when a log used them as a name (user=user, host=server).
func isGenericWord(v []byte) bool {
	if len(v) > 16 {
		return false
	}
	var buf [16]byte
	lower := buf[:len(v)]
	for i, c := range v {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return phraseStopwords[string(lower)] || genericNames[string(lower)]
}

var genericNames = map[string]bool{"user": true, "users": true, "host": true, "hostname": true,
	"server": true, "client": true, "domain": true, "default": true, "system": true, "service": true,
	"test": true, "guest": true, "local": true, "localhost": true, "console": true, "device": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true, "unknown": true}
