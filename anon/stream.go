package anon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// Input is one named source of lines. Open is called when the stream reaches it, so a
// long list of files holds one open at a time.
type Input struct {
	Name string
	Open func() (io.ReadCloser, error)
}

// ErrIncomplete is returned by Run when some line could not be processed or some input
// could not be read; each case was reported through Config.Warn.
var ErrIncomplete = errors.New("some input was not processed")

const (
	readBufferSize = 1 << 20
	batchBytes     = 1 << 20
	batchLines     = 8192
)

type unitKind uint8

const (
	unitLine     unitKind = iota
	unitDocument          // a JSON document spread over several lines
	unitTooLong           // content dropped: longer than MaxLine
)

// unit is one line of a batch, or one multi-line document: its content is buf[start:end]
// and its line ending buf[end:eolEnd].
type unit struct {
	start, end, eolEnd int
	lineNo             int64 // first line number within its input
	seq                int64 // its number in the session, across inputs
	lines              int64 // physical lines it covers
	kind               unitKind
	layout             *fieldLayout // the columns a fields header declared, or nil
	header             *fieldLayout // the layout this line, a CSV header, declares, or nil
}

// batch is a run of consecutive units of one input, read in one piece and rewritten by
// the workers in parallel.
type batch struct {
	file  string
	buf   []byte
	units []unit
	outs  [][]byte // rewritten bytes, one slice per worker chunk, in order
	// reports per chunk, when the engine is observed
	reports [][]unitReport
	warn    []Warning
	err     error // a read error after the last unit
}

// Run reads the inputs in order and writes every line, rewritten, to w in the same order.
// It returns ErrIncomplete if some line or input could not be processed (each reported to
// Config.Warn), or the first error writing to w.
func (e *Engine) Run(w io.Writer, inputs []Input) error {
	workers := make([]*worker, e.cfg.Workers)
	for i := range workers {
		workers[i] = newWorker(e)
	}
	batches := make(chan *batch, 2)
	free := make(chan *batch, 4)
	done := make(chan struct{})
	defer close(done)
	go e.read(inputs, batches, free, done)

	out := bufio.NewWriterSize(w, 1<<20)
	incomplete := false
	for b := range batches {
		e.rewriteBatch(workers, b)
		if e.observing {
			e.deliver(workers, b)
		}
		for _, o := range b.outs {
			n, err := out.Write(o)
			e.stats.BytesOut += int64(n)
			if err != nil {
				return err
			}
		}
		for _, wn := range b.warn {
			incomplete = true
			e.cfg.Warn(wn)
		}
		// Flush when the reader has nothing more ready, so `tail -f | siemanon` is live.
		if len(batches) == 0 {
			if err := out.Flush(); err != nil {
				return err
			}
		}
		select {
		case free <- b:
		default:
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	for _, msg := range e.collisions.report() {
		e.cfg.Warn(Warning{File: "(session)", Message: msg})
	}
	if incomplete {
		return ErrIncomplete
	}
	return nil
}

// rewriteBatch rewrites a batch's units, split into contiguous chunks, one per worker.
func (e *Engine) rewriteBatch(workers []*worker, b *batch) {
	n := len(workers)
	if n > len(b.units) {
		n = max(1, len(b.units))
	}
	for len(b.outs) < n {
		b.outs = append(b.outs, nil)
	}
	b.outs = b.outs[:n]
	for _, u := range b.units {
		e.stats.Lines += u.lines
		if u.kind == unitDocument {
			e.stats.Documents++
		}
		if u.kind == unitTooLong {
			e.stats.Dropped++
			b.warn = append(b.warn, Warning{File: b.file, Line: u.lineNo,
				Message: fmt.Sprintf("line longer than %d bytes (--max-line): replaced by a marker", e.cfg.MaxLine)})
		}
	}
	chunks := e.splitBatch(b, n)
	rewrite := func(k int) {
		w := workers[k]
		w.local.reset()
		units := b.units[chunks[k][0]:chunks[k][1]]
		b.outs[k] = w.rewriteUnits(b.outs[k][:0], b, units)
		// A later chunk may have lines to redo: hash their tokens now, in parallel, so
		// that finding them on the merge's serial path reads few lines.
		w.tokenHashes, w.tokenEnds = w.tokenHashes[:0], w.tokenEnds[:0]
		if k > 0 {
			for _, u := range units {
				line := b.buf[u.start:u.end]
				w.tokenHashes = hashTokens(w.tokenHashes, line)
				if w.decodedLine = appendDecodedView(w.decodedLine[:0], line); len(w.decodedLine) > 0 {
					w.tokenHashes = hashTokens(w.tokenHashes, w.decodedLine)
				}
				w.tokenEnds = append(w.tokenEnds, len(w.tokenHashes))
			}
		}
	}
	parallel(n, func(k int) bool { return true }, rewrite)
	defer func() {
		// What the chunks could not process, in input order, once the last pass is done.
		for _, w := range workers[:n] {
			e.stats.Dropped += int64(len(w.warnings))
			b.warn = append(b.warn, w.warnings...)
		}
	}()
	if n == 1 {
		e.mergeLearned(workers[0])
		return
	}
	// Merge what each chunk learned, in order. A line of a chunk that holds, as a token, a
	// value an earlier chunk learned first on an earlier line is rewritten again, now with
	// every value and the line it was learned on: the result is what one worker would have
	// written. Other lines keep what the first pass wrote. Chunks are settled in order, each
	// merged only once redone: what a chunk learns again, or no longer learns, when it is
	// redone decides which lines of the chunks after it are.
	fresh := map[string]int64{}
	redo := make([][]bool, n)
	e.mergeLearnedInto(workers[0], fresh)
	for k := 1; k < n; k++ {
		if len(fresh) > 0 {
			redo[k] = e.linesToRedo(b, chunks[k], fresh, workers[k])
		}
		if redo[k] != nil {
			e.redoChunk(b, k, chunks[k], workers[k], redo[k], func() { rewrite(k) })
		}
		e.mergeLearnedInto(workers[k], fresh)
	}
	e.noteRedo(b, chunks, redo)
}

// redoChunk rewrites again the lines of a chunk that redo marks. What a redone line
// learned on the first pass, without the values the earlier chunks learned, may not be
// what one worker would have learned there: it is forgotten, and the line learns again.
// Observing, the chunk (the batch's k-th) is rewritten whole by rewriteWhole: reports
// are per chunk.
func (e *Engine) redoChunk(b *batch, k int, chunk [2]int, w *worker, redo []bool, rewriteWhole func()) {
	units := b.units[chunk[0]:chunk[1]]
	redone := map[int64]bool{}
	for i, marked := range redo {
		if marked || e.observing {
			redone[units[i].seq] = true
		}
	}
	// A value forgotten here may have been known, and so not learned, on a later line of
	// the chunk that one worker would have learned it on (the redone line learned it first
	// only because it had not yet learned what an earlier chunk knew): that line is
	// redone too, and so are those its forgetting reaches in turn.
	forgot := w.local.forgetLines(redone, nil)
	for from := 0; from < len(forgot); {
		gone := map[string]int64{}
		for _, v := range forgot[from:] {
			freshKeys(v, func(key string) { gone[key] = 0 }) // (as fresh holds them)
		}
		from = len(forgot)
		var buf [maxLearnedLen]byte
		more := map[int64]bool{}
		phrases := freshPhrases(gone)
		for i, u := range units {
			if !redo[i] && (e.holdsFresh(b.buf[u.start:u.end], gone, u.seq, &buf) ||
				holdsPhrase(b.buf[u.start:u.end], phrases, gone, u.seq)) {
				redo[i] = true
				redone[u.seq] = true
				more[u.seq] = true
			}
		}
		if len(more) > 0 {
			forgot = w.local.forgetLines(more, forgot)
		}
	}
	// The chunk's own values are read from what it learns again, not from the session's
	// copy of its first pass.
	w.ownFrom, w.ownEnd = units[0].seq, units[len(units)-1].seq+1
	if e.observing {
		rewriteWhole()
	} else {
		b.outs[k] = w.rewriteAgain(b, units, b.outs[k], redo)
	}
	w.ownFrom, w.ownEnd = 0, 0
}

// splitBatch cuts a batch into n contiguous chunks of units, by bytes rather than by
// units (a JSON record is ten syslog lines long). Chunks after the first get fewer bytes,
// by e.laterCost, for the token hashes and redone lines they also carry. The split depends
// only on the input, never on timing, and no split changes the output.
func (e *Engine) splitBatch(b *batch, n int) [][2]int {
	chunks := make([][2]int, n)
	if n == 1 {
		chunks[0] = [2]int{0, len(b.units)}
		return chunks
	}
	total := 0
	for _, u := range b.units {
		total += u.eolEnd - u.start
	}
	later := max(e.laterCost, 1)
	firstShare := later / (later + float64(n-1))
	// cut(k) is where chunk k ends, in bytes.
	cut := func(k int) int {
		share := firstShare + float64(k)*(1-firstShare)/float64(n-1)
		return int(math.Round(float64(total) * share))
	}
	u, done := 0, 0
	for k := range n {
		start := u
		if k == n-1 {
			u = len(b.units)
		} else {
			// Each chunk takes a unit at least, and leaves one for each chunk after it,
			// when there are enough.
			for u < len(b.units)-(n-1-k) && (u == start || done < cut(k)) {
				done += b.units[u].eolEnd - b.units[u].start
				u++
			}
		}
		chunks[k] = [2]int{start, u}
	}
	return chunks
}

// tokenHashCost is the cost, per byte and relative to rewriting it, of hashing a line's
// tokens for linesToRedo (measured with BenchmarkRunParallel).
const tokenHashCost = 0.07

// noteRedo sets e.laterCost from the share of bytes the later chunks of b redo.
func (e *Engine) noteRedo(b *batch, chunks [][2]int, redo [][]bool) {
	laterBytes, redoBytes := 0, 0
	for k := 1; k < len(chunks); k++ {
		for i := chunks[k][0]; i < chunks[k][1]; i++ {
			size := b.units[i].eolEnd - b.units[i].start
			laterBytes += size
			if redo[k] != nil && redo[k][i-chunks[k][0]] {
				redoBytes += size
			}
		}
	}
	if laterBytes > 0 {
		e.laterCost = 1 + tokenHashCost + float64(redoBytes)/float64(laterBytes)
	}
}

// linesToRedo marks the units of a chunk that hold a token learned in fresh on an earlier
// line, or nil when there is none. The worker made, in the parallel pass, the hash of
// every token of each unit (w.tokenHashes, unit k's ending at w.tokenEnds[k]): those are
// tested against a Bloom filter of the fresh values, and only a unit with a token that
// passes is read again, so the serial merge reads few lines however many values are new.
func (e *Engine) linesToRedo(b *batch, chunk [2]int, fresh map[string]int64, w *worker) []bool {
	var buf [maxLearnedLen]byte
	filter := e.freshFilter(fresh)
	mask := uint64(len(filter))*64 - 1
	var marks []bool
	from := 0
	phrases := freshPhrases(fresh)
	for u := chunk[0]; u < chunk[1]; u++ {
		hashes := w.tokenHashes[from:w.tokenEnds[u-chunk[0]]]
		from = w.tokenEnds[u-chunk[0]]
		candidate := len(phrases) > 0
		for _, h := range hashes {
			a, c := probeBits(h, mask)
			if filter[a>>6]&(1<<(a&63)) != 0 && filter[c>>6]&(1<<(c&63)) != 0 {
				candidate = true
				break
			}
		}
		if !candidate {
			continue
		}
		unit := b.units[u]
		if e.holdsFresh(b.buf[unit.start:unit.end], fresh, unit.seq, &buf) ||
			e.holdsFresh(appendDecodedView(nil, b.buf[unit.start:unit.end]), fresh, unit.seq, &buf) ||
			holdsPhrase(b.buf[unit.start:unit.end], phrases, fresh, unit.seq) {
			if marks == nil {
				marks = make([]bool, chunk[1]-chunk[0])
			}
			marks[u-chunk[0]] = true
		}
	}
	return marks
}

// holdsFresh reports whether line holds a token of fresh learned at or before seq.
func (e *Engine) holdsFresh(line []byte, fresh map[string]int64, seq int64, buf *[maxLearnedLen]byte) bool {
	for i := 0; i < len(line); {
		var tok []byte
		if tok, i = nextLearnToken(line, i); tok == nil {
			continue
		}
		if len(tok) <= maxLearnedLen {
			folded, _ := foldHash(buf[:], tok)
			if s, ok := fresh[string(folded)]; ok && s <= seq {
				return true
			}
		}
		if len(tok) >= 2*minComponent+1 && componentHoldsFresh(tok, fresh, seq, buf) {
			return true
		}
		if hexHoldsFresh(tok, fresh, seq) {
			return true
		}
		if len(tok) >= 2+minLearned && len(tok) <= maxLearnedLen+2 && tok[0] == 'F' && tok[1] == 'D' {
			// (a ZPL field's first word, ^FDWillem, which the scan reads on its own, as
			// hashTokens hashes it)
			folded, _ := foldHash(buf[:], tok[2:])
			if s, ok := fresh[string(folded)]; ok && s <= seq {
				return true
			}
		}
		if t := paxTitleLen(tok); t > 0 && len(tok)-t >= minLearned && len(tok)-t <= maxLearnedLen {
			// (a passenger's given name with its title, INGRIDMRS, as hashTokens hashes it)
			folded, _ := foldHash(buf[:], tok[:len(tok)-t])
			if s, ok := fresh[string(folded)]; ok && s <= seq {
				return true
			}
		}
	}
	return false
}

// phraseMark prefixes, in fresh, a value of several words none of which is a token a line
// is read in (a national insurance number, "qq 12 34 56 c"): a line is searched for it
// whole. fresh[phraseMark] says there is one.
const phraseMark = "\x00"

// shortWordsPhrase reports whether v, of several words, has none of minLearned bytes.
func shortWordsPhrase(v string) bool {
	if strings.IndexByte(v, ' ') < 0 {
		return false
	}
	for word := range strings.FieldsSeq(v) {
		if len(word) >= minLearned {
			return false
		}
	}
	return true
}

// freshPhrases returns the values fresh holds under phraseMark (rare: most values have a
// word a line is read in).
func freshPhrases(fresh map[string]int64) []string {
	if _, ok := fresh[phraseMark]; !ok {
		return nil
	}
	var phrases []string
	for v := range fresh {
		if len(v) > len(phraseMark) && strings.HasPrefix(v, phraseMark) {
			phrases = append(phrases, v)
		}
	}
	return phrases
}

// holdsPhrase reports whether line holds, in any case, one of phrases learned at or
// before seq. (A line redone without need is written as it was: only time is lost.)
func holdsPhrase(line []byte, phrases []string, fresh map[string]int64, seq int64) bool {
	if len(phrases) == 0 {
		return false
	}
	folded := foldASCII(string(line))
	for _, p := range phrases {
		if fresh[p] <= seq && strings.Contains(folded, p[len(phraseMark):]) {
			return true
		}
	}
	return false
}

// componentHoldsFresh reports whether a part of tok between '-', '_', '.' and '~' (as
// componentHashes splits it) is in fresh, learned at or before seq.
func componentHoldsFresh(tok []byte, fresh map[string]int64, seq int64, buf *[maxLearnedLen]byte) bool {
	for k := 0; k < len(tok); {
		e := k
		for e < len(tok) && tok[e] != '-' && tok[e] != '_' && tok[e] != '.' && tok[e] != '~' {
			e++
		}
		if comp := tok[k:e]; len(comp) >= minComponent && len(comp) < len(tok) {
			folded, _ := foldHash(buf[:], comp)
			if s, ok := fresh[string(folded)]; ok && s <= seq {
				return true
			}
		}
		k = e + 1
	}
	return false
}

// appendDecodedView appends line with its percent escapes, character references, \xHH
// escapes and RFC 2047 encoded words decoded, as the scan reads values in them
// (Lef%C3%A8vre, M&uuml;ller, =?UTF-8?Q?J=C3=B6rg?=), so
// that a value learned on an earlier line sends such a line to be redone whatever the
// worker count; it appends nothing when line holds none.
func appendDecodedView(dst, line []byte) []byte {
	if bytes.IndexByte(line, '%') < 0 && !hasEntity(line) && bytes.Index(line, []byte("=?")) < 0 {
		return dst
	}
	from, changed := len(dst), false
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == '%' && i+2 < len(line) && isHex(line[i+1]) && isHex(line[i+2]):
			hi, _ := hexDigit(line[i+1])
			lo, _ := hexDigit(line[i+2])
			dst = append(dst, hi<<4|lo)
			i += 3
			changed = true
		case c == '=' && i+1 < len(line) && line[i+1] == '?':
			if n, text := encodedWord(line[i:]); text != nil {
				dst = append(dst, text...)
				i += n
				changed = true
				if i+1 < len(line) && (line[i] == ' ' || line[i] == '\t') && line[i+1] == '=' {
					if _, next := encodedWord(line[i+1:]); next != nil {
						i++ // the blank between adjacent words is no part of the text
					}
				}
				continue
			}
			dst = append(dst, c)
			i++
		case c == '&' || c == '\\':
			if r, n := refAt(line, i); n > 0 {
				dst = utf8.AppendRune(dst, r)
				i += n
				changed = true
				continue
			}
			dst = append(dst, c)
			i++
		default:
			dst = append(dst, c)
			i++
		}
	}
	if !changed {
		return dst[:from]
	}
	return dst
}

// freshFilter returns a Bloom filter of the fresh values, two bits each, sized to leave
// about one absent token in a thousand passing. Its storage is reused from batch to batch.
func (e *Engine) freshFilter(fresh map[string]int64) []uint64 {
	bits := 1 << 12
	for bits < 32*len(fresh) && bits < 1<<22 {
		bits <<= 1
	}
	if cap(e.freshBits) < bits/64 {
		e.freshBits = make([]uint64, bits/64)
	}
	filter := e.freshBits[:bits/64]
	clear(filter)
	mask := uint64(bits - 1)
	var buf [maxLearnedLen]byte
	for v := range fresh {
		if len(v) > maxLearnedLen {
			continue // no token is that long: nothing to find
		}
		_, h := foldHash(buf[:], []byte(v)) // v is folded already: folding keeps it
		a, c := probeBits(h, mask)
		filter[a>>6] |= 1 << (a & 63)
		filter[c>>6] |= 1 << (c & 63)
	}
	return filter
}

// probeBits derives two filter bits from a token's hash, mixed so that FNV's weaker low
// bits do not decide alone.
func probeBits(h, mask uint64) (uint64, uint64) {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h & mask, (h >> 32) & mask
}

// nextLearnToken finds the next token at or after line[i] that could be a learned value:
// a run of word bytes without trailing dots and hyphens, of a learnable length or a hex
// run of any (the caller decodes it, as the scan decodes auditd's values). It returns
// the token (nil when there is none here) and where to go on. A run that starts with dots
// or hyphens (.ssh, --user) yields the run and then the run without them, as the scan
// looks values up both ways (a hidden folder in a path).
func nextLearnToken(line []byte, i int) ([]byte, int) {
	for i < len(line) && learnByteLen(line, i) == 0 {
		i++
	}
	j := i
	for j < len(line) {
		if c := line[j]; c < utf8.RuneSelf && wordByte[c] {
			j++ // the common case, without a call
			continue
		}
		n := learnByteLen(line, j)
		if n == 0 {
			break
		}
		j += n
	}
	next := j
	if k := leadingMarks(line, i, j); k > i {
		next = k
	} else if k := escapeTail(line, i, j); k > i {
		next = k
	}
	tok := line[i:j]
	for len(tok) > 0 && (tok[len(tok)-1] == '.' || tok[len(tok)-1] == '-') {
		tok = tok[:len(tok)-1]
	}
	if len(tok) < minLearned || len(tok) > maxLearnedLen && !(len(tok)%2 == 0 && isHexRun(tok)) {
		return nil, next
	}
	return tok, next // (a hex run of any length: auditd's proctitle, decoded by the caller)
}

// escapeTail returns where the run line[i:j] goes on after the letters of a JSON escape
// it starts with (\tSecurity, \u00e9t\u00e9: a record's raw bytes, which the scan reads
// decoded), or after the hex of a percent escape (%2Frelease: a URL's encoded path or
// query), or i. Such a run yields itself and then the run after the escape. (A word whose
// letters beyond ASCII are percent-encoded, Jos%C3%A9, is not put together here.)
func escapeTail(line []byte, i, j int) int {
	if i >= 1 && line[i-1] == '%' && i+2 < j && isHex(line[i]) && isHex(line[i+1]) {
		return i + 2 // a percent escape's hex: %2Frelease, read decoded in a URL
	}
	if i < 1 || i >= j || line[i-1] != '\\' || i >= 2 && line[i-2] == '\\' {
		return i
	}
	switch c := line[i]; {
	case (c == 'n' || c == 't' || c == 'r' || c == 'b' || c == 'f') && i+1 < j:
		return i + 1
	case c == 'u' && i+5 < j && isHex(line[i+1]) && isHex(line[i+2]) && isHex(line[i+3]) && isHex(line[i+4]):
		return i + 5
	}
	return i
}

// leadingMarks returns where the run line[i:j] goes on after the dots and hyphens it
// starts with: i when it starts with none, j when it is nothing else.
func leadingMarks(line []byte, i, j int) int {
	k := i
	for k < j && (line[k] == '.' || line[k] == '-') {
		k++
	}
	return k
}

// learnByteLen returns the length of the word character at line[i], 0 if there is none:
// an ASCII word byte, or a letter beyond ASCII. Other bytes beyond ASCII (not UTF-8, not a
// letter) separate words, as the scanner's runs end there.
func learnByteLen(line []byte, i int) int {
	if c := line[i]; c < utf8.RuneSelf {
		if wordByte[c] {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRune(line[i:])
	if !unicode.IsLetter(r) {
		return 0
	}
	return size
}

// hashTokens appends the folded hash of every token nextLearnToken finds in line: the
// same values as foldHash of each token, in one pass that folds and hashes as it goes (it
// runs over every line of the later chunks). A token's trailing dots and hyphens are not
// part of it, so the hash is kept as it was before them.
func hashTokens(dst []uint64, line []byte) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf && !wordByte[c] || c >= utf8.RuneSelf && learnByteLen(line, i) == 0 {
			i++
			continue
		}
		h, n := uint64(offset), 0
		kept, keptLen := h, 0
		tokStart := i
		joined := false // a '-', '_' or '.' inside: its parts are tokens too (learnedComponents)
		for i < len(line) {
			c := line[i]
			if c < utf8.RuneSelf {
				if !wordByte[c] {
					break
				}
				joined = joined || c == '-' || c == '_' || c == '.'
				c = foldByte(c)
				h = (h ^ uint64(c)) * prime
				n++
				i++
				if c != '.' && c != '-' {
					kept, keptLen = h, n
				}
				continue
			}
			size := learnByteLen(line, i)
			if size == 0 {
				break
			}
			for _, b := range line[i : i+size] {
				h = (h ^ uint64(b)) * prime
			}
			n += size
			i += size
			kept, keptLen = h, n
		}
		if keptLen >= minLearned && keptLen <= maxLearnedLen {
			dst = append(dst, kept)
		}
		if tokStart > 0 && line[tokStart-1] == '^' && keptLen >= 2+minLearned && keptLen <= maxLearnedLen+2 &&
			line[tokStart] == 'F' && line[tokStart+1] == 'D' {
			// A ZPL field's data glued to its command (^FDWillem Hoekstra^FS): the scan
			// reads the word after ^FD on its own (zplLine), so it is a token too.
			var buf [maxLearnedLen]byte
			_, h := foldHash(buf[:], line[tokStart+2:tokStart+keptLen])
			dst = append(dst, h)
		}
		if joined && keptLen >= 2*minComponent+1 {
			dst = componentHashes(dst, line[tokStart:tokStart+keptLen])
		}
		if tokStart > 0 && line[tokStart-1] == '/' && keptLen > minLearned+1 {
			// A baggage message's given name with its title glued on (.P/2ROOSENDAAL/
			// KEESMR/INGRIDMRS): the scan reads the name without the title (bsmNameAt).
			if t := paxTitleLen(line[tokStart : tokStart+keptLen]); t > 0 && keptLen-t >= minLearned {
				var buf [maxLearnedLen]byte
				_, h := foldHash(buf[:], line[tokStart:tokStart+keptLen-t])
				dst = append(dst, h)
			}
		}
		if k := leadingMarks(line, tokStart, i); k > tokStart && k < i {
			// The run again without its leading dots and hyphens, as nextLearnToken
			// yields it (its hex tail is hashed then).
			i = k
			continue
		}
		if tok := line[tokStart : tokStart+keptLen]; len(tok) >= 2*minLearned && len(tok)%2 == 0 && isHexRun(tok) {
			// auditd writes values in hex (cmd=616C696365): the words they decode to are
			// the line's tokens too, so that a value learned elsewhere in the batch
			// sends the line to be redone whatever the worker count.
			dst = hashHexTokens(dst, tok)
		}
		if k := escapeTail(line, tokStart, i); k > tokStart {
			i = k // and without an escape's letters (\tSecurity) or hex (%2Fjdoe)
			continue
		}
	}
	return dst
}

func isHexRun(tok []byte) bool {
	for _, c := range tok {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// hexHoldsFresh reports whether tok is a hex run (an auditd value) that decodes to text
// holding a value of fresh learned at or before seq.
func hexHoldsFresh(tok []byte, fresh map[string]int64, seq int64) bool {
	if len(tok) < 2*minLearned || len(tok)%2 != 0 || !isHexRun(tok) {
		return false
	}
	decoded := appendUnhex(make([]byte, 0, len(tok)/2), tok) // only for lines the filter passed
	var buf [maxLearnedLen]byte
	for i := 0; i < len(decoded); {
		var t []byte
		if t, i = nextLearnToken(decoded, i); t == nil {
			continue
		}
		if len(t) > maxLearnedLen {
			if hexHoldsFresh(t, fresh, seq) {
				return true // hex in hex
			}
			continue
		}
		folded, _ := foldHash(buf[:], t)
		if s, ok := fresh[string(folded)]; ok && s <= seq || hexHoldsFresh(t, fresh, seq) {
			return true
		}
	}
	return false
}

// hashHexTokens appends the token hashes of the bytes the hex run tok decodes to.
func hashHexTokens(dst []uint64, tok []byte) []uint64 {
	var buf [512]byte
	decoded := buf[:0]
	if len(tok)/2 > len(buf) {
		decoded = make([]byte, 0, len(tok)/2)
	}
	return hashTokens(dst, appendUnhex(decoded, tok))
}

// appendUnhex appends the bytes the hex digits of tok (an even number) decode to.
func appendUnhex(dst, tok []byte) []byte {
	for k := 0; k+1 < len(tok); k += 2 {
		hi, _ := hexDigit(tok[k])
		lo, _ := hexDigit(tok[k+1])
		dst = append(dst, hi<<4|lo)
	}
	return dst
}

// rewriteAgain rebuilds a chunk's output, rewriting the marked units and copying the
// others from the first pass.
func (w *worker) rewriteAgain(b *batch, units []unit, first []byte, marks []bool) []byte {
	out := w.again[:0]
	for k, u := range units {
		if !marks[k] {
			out = append(out, first[w.unitOut[k]:w.unitOut[k+1]]...)
			continue
		}
		w.seq = u.seq
		w.layout, w.header = u.layout, u.header
		switch u.kind {
		case unitDocument:
			out = w.rewriteDocument(out, b.buf[u.start:u.end])
		default:
			out = w.rewriteLine(out, b.buf[u.start:u.end])
		}
		out = append(out, b.buf[u.end:u.eolEnd]...)
	}
	w.again = first // the two buffers take turns
	return out
}

// mergeLearnedInto adds what a worker learned to the session, and every value new to the
// session (folded, with its first line, and each word of a value of several words) to
// fresh.
func (e *Engine) mergeLearnedInto(w *worker, fresh map[string]int64) {
	for v, entry := range w.local.m {
		if e.learned.add(v, entry) {
			freshKeys(v, func(key string) {
				if old, ok := fresh[key]; !ok || entry.seq < old {
					fresh[key] = entry.seq
				}
			})
		}
	}
}

// freshKeys calls add with each key a learned value is looked for under in fresh: the
// value; each word of a value of several words that a line is read in (tokens of three
// bytes or more: the first word may be shorter, "le goff"); a value of short words only
// marked (phraseMark), and the mark alone, which says there is one.
func freshKeys(v string, add func(key string)) {
	add(v)
	if strings.IndexByte(v, ' ') < 0 {
		return
	}
	if shortWordsPhrase(v) {
		add(phraseMark + v)
		add(phraseMark)
		return
	}
	for word := range strings.FieldsSeq(v) {
		if len(word) >= minLearned {
			add(word)
		}
	}
}

// mergeLearned adds what a worker learned to the session and returns the earliest line of
// a value that was new to the session, or -1.
func (e *Engine) mergeLearned(w *worker) int64 {
	first := int64(-1)
	for v, entry := range w.local.m {
		if e.learned.add(v, entry) && (first < 0 || entry.seq < first) {
			first = entry.seq
		}
	}
	return first
}

// parallel runs f(k) for each k < n that want(k) selects, on its own goroutine when more
// than one is selected.
func parallel(n int, want func(int) bool, f func(int)) {
	if n == 1 {
		if want(0) {
			f(0)
		}
		return
	}
	var wg sync.WaitGroup
	for k := range n {
		if want(k) {
			wg.Go(func() { f(k) })
		}
	}
	wg.Wait()
}

// TooLongMarker replaces the content of a line that was not processed.
const TooLongMarker = "[siemanon: line not processed: longer than --max-line]"

func (w *worker) rewriteUnits(dst []byte, b *batch, units []unit) []byte {
	w.reports = w.reports[:0]
	w.findings = w.findings[:0]
	w.findArena = w.findArena[:0]
	w.unitOut = append(w.unitOut[:0], len(dst))
	w.warnings = w.warnings[:0]
	for _, u := range units {
		w.seq = u.seq
		w.layout, w.header = u.layout, u.header
		outStart := len(dst)
		w.edits = w.edits[:0]
		kind := KindDropped
		switch u.kind {
		case unitTooLong:
			dst = append(dst, TooLongMarker...)
		case unitDocument:
			dst = w.rewriteDocument(dst, b.buf[u.start:u.end])
			kind = KindDocument
			if w.rejected != "" {
				kind = KindDropped
			}
		default:
			dst = w.rewriteLine(dst, b.buf[u.start:u.end])
			kind = w.lineKind
		}
		if w.rejected != "" {
			w.warnings = append(w.warnings, Warning{File: b.file, Line: u.lineNo, Message: w.rejected + ": replaced by a marker"})
		}
		if w.e.observing {
			w.report(u, kind, outStart, len(dst))
		}
		dst = append(dst, b.buf[u.end:u.eolEnd]...)
		w.unitOut = append(w.unitOut, len(dst))
	}
	return dst
}

// unitReport is a LineReport in offsets: into the batch buffer, the chunk's output and the
// worker's finding arena, which may move until the chunk is done.
type unitReport struct {
	u                unit
	kind             string
	outStart, outEnd int
	findings         [2]int // w.findings[findings[0]:findings[1]]
}

type findingRec struct {
	category, where string
	start, end      int
	from, to        int // in w.findArena
	secret          bool
}

// report records what the last unit's edits were.
func (w *worker) report(u unit, kind string, outStart, outEnd int) {
	first := len(w.findings)
	last := 0
	for _, ed := range w.edits {
		if ed.start < last {
			continue // applyEdits dropped it
		}
		from := len(w.findArena)
		w.findArena = append(w.findArena, w.repl[ed.from:ed.to]...)
		w.findings = append(w.findings, findingRec{category: ed.category, where: ed.where,
			start: ed.start, end: ed.end, from: from, to: len(w.findArena), secret: ed.secret})
		last = ed.end
	}
	w.reports = append(w.reports, unitReport{u: u, kind: kind, outStart: outStart, outEnd: outEnd,
		findings: [2]int{first, len(w.findings)}})
}

// deliver calls Config.Observe for every unit of the batch, in order.
func (e *Engine) deliver(workers []*worker, b *batch) {
	var rep LineReport
	for k := range b.outs {
		w := workers[k]
		for _, r := range w.reports {
			input := b.buf[r.u.start:r.u.end]
			rep = LineReport{File: b.file, Line: r.u.lineNo, Lines: r.u.lines, Kind: r.kind,
				Input: input, Output: b.outs[k][r.outStart:r.outEnd], Findings: rep.Findings[:0]}
			for _, f := range w.findings[r.findings[0]:r.findings[1]] {
				rep.Findings = append(rep.Findings, Finding{Category: f.category, Where: f.where, HoldsSecret: f.secret,
					Start: f.start, End: f.end, Original: input[f.start:f.end], Pseudonym: w.findArena[f.from:f.to]})
			}
			e.cfg.Observe(&rep)
		}
	}
}

// rewriteDocument rewrites a multi-line JSON document in its own layout.
func (w *worker) rewriteDocument(dst, doc []byte) []byte {
	w.rejected = ""
	// Twice when the document taught a new value, as a line is (rewriteLine): where it
	// stands before the place it was learned from is replaced too.
	for pass := 0; pass < 2; pass++ {
		w.edits = w.edits[:0]
		w.repl = w.repl[:0]
		w.learnedNow = false
		w.scanSafely(func() {
			if !w.jsonRecord(doc, 0) && w.rejected == "" {
				// Validated by the reader; should it fail here, scan it as text rather
				// than pass it.
				w.edits = w.edits[:0]
				w.repl = w.repl[:0]
				w.scanText(doc, 0)
			}
		})
		if !w.learnedNow || w.rejected != "" {
			break
		}
	}
	if w.rejected != "" {
		// The marker on the first line, and the document's other line endings after it:
		// one output line per input line still.
		dst = appendRejected(dst, w.rejected)
		for k, c := range doc {
			if c == '\n' {
				if k > 0 && doc[k-1] == '\r' {
					dst = append(dst, '\r')
				}
				dst = append(dst, '\n')
			}
		}
		return dst
	}
	return applyEdits(dst, doc, w.edits, w.repl)
}

// read splits the inputs into batches. It runs in its own goroutine and closes batches
// when all inputs are read or done is closed.
func (e *Engine) read(inputs []Input, batches chan<- *batch, free <-chan *batch, done <-chan struct{}) {
	defer close(batches)
	newBatch := func(file string) *batch {
		var b *batch
		select {
		case b = <-free:
		default:
			b = &batch{}
		}
		b.file, b.buf, b.units, b.warn, b.err = file, b.buf[:0], b.units[:0], b.warn[:0], nil
		return b
	}
	send := func(b *batch) bool {
		select {
		case batches <- b:
			return true
		case <-done:
			return false
		}
	}
	var br *bufio.Reader
	for _, in := range inputs {
		rc, err := in.Open()
		if err != nil {
			b := newBatch(in.Name)
			b.warn = append(b.warn, Warning{File: in.Name, Message: err.Error()})
			if !send(b) {
				return
			}
			continue
		}
		if br == nil {
			br = bufio.NewReaderSize(rc, readBufferSize)
		} else {
			br.Reset(rc)
		}
		ok := e.readInput(in.Name, br, newBatch, send)
		rc.Close()
		if !ok {
			return
		}
	}
}

// readInput reads one input. It returns false when the consumer has gone.
func (e *Engine) readInput(name string, br *bufio.Reader, newBatch func(string) *batch, send func(*batch) bool) bool {
	b := newBatch(name)
	var lineNo int64
	first := true
	var layout *fieldLayout   // the input's last fields header
	swiftLine := 0            // the line of a SWIFT message's party block (:50K:, :59:) that comes next, or 0
	var pgLayout *fieldLayout // the categories of the parameters of PostgreSQL's last statement, for the line that lists them
	for {
		// Hand over what is read before a read that may block: a stalled input still
		// gets its earlier lines written.
		if len(b.units) > 0 && (br.Buffered() == 0 || len(b.buf) >= batchBytes || len(b.units) >= batchLines) {
			if !send(b) {
				return false
			}
			b = newBatch(name)
		}
		u, err := e.readLine(br, b)
		if u.eolEnd > u.start || u.kind == unitTooLong {
			lineNo++
			u.lineNo, u.lines, u.seq = lineNo, 1, e.nextSeq
			e.nextSeq++
			e.stats.BytesIn += int64(u.eolEnd - u.start)
			if u.kind == unitLine && (first && looksLikeJSON(b.buf[u.start:u.end]) || opensDocument(b.buf[u.start:u.end])) {
				limit := e.cfg.MaxLine
				if !first {
					limit = min(limit, midDocumentBytes)
				}
				lineNo, err = e.readDocument(br, b, u, err, limit)
			} else {
				if u.kind == unitLine && u.end > u.start && (headerStart(b.buf[u.start]) || (b.buf[u.start] == '|' || b.buf[u.start] == ' ') && pipeTableHeader(b.buf[u.start:u.end])) {
					if l, ok := e.parseFieldsHeader(b.buf[u.start:u.end]); ok {
						layout = l
						if l != nil && l.csv {
							u.header = l
						}
					} else {
						u.layout = layout
					}
				} else {
					u.layout = layout
				}
				if u.kind == unitLine {
					line := b.buf[u.start:u.end]
					swiftLine = swiftPartyLine(line, swiftLine, &u)
					if pgStatement(line) {
						pgLayout = e.pgParamLayout(line)
					} else if pgLayout != nil && pgParameters(line) >= 0 {
						u.layout, pgLayout = pgLayout, nil
					}
				}
				if layout != nil && layout.csv && u.kind == unitLine && err == nil && openQuote(b.buf[u.start:u.end]) {
					lineNo, err = e.readCSVRecord(br, b, u)
				} else {
					b.units = append(b.units, u)
				}
			}
		}
		first = false
		if err != nil {
			if err != io.EOF {
				b.warn = append(b.warn, Warning{File: name, Line: lineNo + 1, Message: "read error: " + err.Error()})
			}
			break
		}
	}
	if len(b.units) > 0 || len(b.warn) > 0 {
		return send(b)
	}
	return true
}

// readLine appends the next line to b.buf and returns its unit (not yet numbered). A line
// longer than MaxLine keeps only its ending. err is the read error after the line.
func (e *Engine) readLine(br *bufio.Reader, b *batch) (unit, error) {
	start := len(b.buf)
	u := unit{start: start}
	var err error
	for {
		var chunk []byte
		chunk, err = br.ReadSlice('\n')
		if u.kind != unitTooLong {
			if len(b.buf)-start+len(chunk) > e.cfg.MaxLine+2 {
				u.kind = unitTooLong
				b.buf = b.buf[:start]
			} else {
				b.buf = append(b.buf, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			if u.kind == unitTooLong {
				b.buf = appendEnding(b.buf, chunk)
			}
			break
		}
	}
	end := len(b.buf)
	if end > start && b.buf[end-1] == '\n' {
		end--
		if end > start && b.buf[end-1] == '\r' {
			end--
		}
	}
	if u.kind != unitTooLong && end-start > e.cfg.MaxLine {
		u.kind = unitTooLong
		ending := len(b.buf) - end
		copy(b.buf[start:], b.buf[end:])
		b.buf = b.buf[:start+ending]
		end = start
	}
	if u.kind == unitTooLong {
		end = start
	}
	u.end, u.eolEnd = end, len(b.buf)
	return u, err
}

// csvRecordLines and csvRecordBytes bound a CSV record whose quoted cell runs over
// several lines: a quote that never closes must not hold back a whole input.
const (
	csvRecordLines = 256
	csvRecordBytes = 1 << 20
)

// openQuote reports whether a CSV line leaves a quoted cell open: an odd number of '"'
// (an escaped quote is two).
func openQuote(line []byte) bool {
	return bytes.Count(line, []byte{'"'})%2 == 1
}

// readCSVRecord reads the lines of a CSV record whose quoted cell runs over several
// lines (ServiceNow's work notes, Jira's descriptions), from its first line u on, until
// the quote closes. The record becomes one unit, read by the header's columns, its line
// breaks kept; one that does not close within the bounds stays lines. It returns the
// number of lines read so far and the last read error.
func (e *Engine) readCSVRecord(br *bufio.Reader, b *batch, first unit) (int64, error) {
	lineNo := first.lineNo
	lines := []unit{first}
	open := true
	var err error
	for err == nil && open && len(lines) < csvRecordLines && b.buf[lines[len(lines)-1].eolEnd-1] == '\n' {
		var u unit
		u, err = e.readLine(br, b)
		if u.eolEnd == u.start && u.kind != unitTooLong {
			break
		}
		lineNo++
		u.lineNo, u.lines, u.seq, u.layout = lineNo, 1, e.nextSeq, first.layout
		e.nextSeq++
		e.stats.BytesIn += int64(u.eolEnd - u.start)
		lines = append(lines, u)
		if u.kind == unitTooLong || u.eolEnd-first.start > csvRecordBytes {
			break
		}
		if openQuote(b.buf[u.start:u.end]) {
			open = false
		}
	}
	if open {
		b.units = append(b.units, lines...)
		return lineNo, err
	}
	last := lines[len(lines)-1]
	b.units = append(b.units, unit{start: first.start, end: last.end, eolEnd: last.eolEnd, lineNo: first.lineNo,
		seq: first.seq, lines: int64(len(lines)), kind: unitLine, layout: first.layout})
	return lineNo, err
}

// appendEnding appends the line ending that chunk, the last piece of a line, ends with.
func appendEnding(dst, chunk []byte) []byte {
	n := len(chunk)
	switch {
	case n >= 2 && chunk[n-2] == '\r' && chunk[n-1] == '\n':
		return append(dst, '\r', '\n')
	case n >= 1 && chunk[n-1] == '\n':
		return append(dst, '\n')
	}
	return dst
}

// readDocument handles a line that opens a JSON object or array: the first line of an
// input that looks like JSON, or a later line that ends in '{' or '[' (opensDocument).
// When that line does not close it, the following lines are read until it closes, up to
// limit bytes; if the whole is valid JSON it becomes one document unit, written back in
// its own layout. Otherwise the lines stay lines. It returns the number of lines read so
// far and the last read error.

// midDocumentBytes bounds a JSON document that starts after an input's first line: a lone
// "{" in text that never closes must not hold back a whole input.
const midDocumentBytes = 4 << 20

// opensDocument reports whether a line can open a pretty-printed JSON document: after
// blanks it starts with '{' or '[' and it ends in '{' or '[' ("[", "{", "[{").
func opensDocument(line []byte) bool {
	k := len(line)
	for k > 0 && (line[k-1] == ' ' || line[k-1] == '\t' || line[k-1] == '\r') {
		k--
	}
	if k == 0 || line[k-1] != '{' && line[k-1] != '[' {
		return false
	}
	i := 0
	for i < k && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return line[i] == '{' || line[i] == '['
}
func (e *Engine) readDocument(br *bufio.Reader, b *batch, first unit, err error, limit int) (int64, error) {
	var depth jsonDepth
	lineNo := first.lineNo
	if depth.feed(b.buf[first.start:first.end]) != open || err != nil {
		b.units = append(b.units, first)
		return lineNo, err
	}
	lines := []unit{first}
	state := open
	for err == nil && state == open && b.buf[lines[len(lines)-1].eolEnd-1] == '\n' {
		var u unit
		u, err = e.readLine(br, b)
		if u.eolEnd == u.start && u.kind != unitTooLong {
			break
		}
		lineNo++
		u.lineNo, u.lines, u.seq = lineNo, 1, e.nextSeq
		e.nextSeq++
		e.stats.BytesIn += int64(u.eolEnd - u.start)
		lines = append(lines, u)
		if u.kind == unitTooLong || u.eolEnd-first.start > limit {
			state = broken
			break
		}
		state = depth.feed(b.buf[u.start:u.end])
	}
	last := lines[len(lines)-1]
	if state == closed && gjson.ValidBytes(b.buf[first.start:last.end]) {
		b.units = append(b.units, unit{start: first.start, end: last.end, eolEnd: last.eolEnd,
			lineNo: first.lineNo, seq: first.seq, lines: int64(len(lines)), kind: unitDocument})
		return lineNo, err
	}
	b.units = append(b.units, lines...)
	return lineNo, err
}

type depthState int

const (
	open depthState = iota
	closed
	broken
)

// jsonDepth follows the nesting of JSON text fed to it line by line.
type jsonDepth struct {
	depth            int
	inString, escape bool
	done             bool
}

// feed reads one more line. It reports closed when the outermost value has closed with
// nothing but blanks after it, broken when something follows it, open otherwise.
func (d *jsonDepth) feed(s []byte) depthState {
	for _, c := range s {
		if d.done {
			if c != ' ' && c != '\t' && c != '\r' {
				return broken
			}
			continue
		}
		if d.inString {
			switch {
			case d.escape:
				d.escape = false
			case c == '\\':
				d.escape = true
			case c == '"':
				d.inString = false
			}
			continue
		}
		switch c {
		case '"':
			d.inString = true
		case '{', '[':
			d.depth++
		case '}', ']':
			d.depth--
			if d.depth == 0 {
				d.done = true
			}
		}
	}
	if d.done {
		return closed
	}
	return open
}

// headerStart reports whether a line that starts with c may be a header that names the
// columns of the lines after it (#Fields:, #fields, a CSV header).
func headerStart(c byte) bool {
	return c == '#' || isLetter(c) || c == '_' || c == '"' || c >= 0x80 // (a name in any script: 사번,성명,...)
}
