package anon

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
)

// Re-identification: a Revealer reads pseudonymized lines and writes them back with the
// pseudonyms it can prove restored. Candidates come from two sources:
//
//   - a RevealMap, the records (category, original, pseudonym) written by the filter:
//     every category, matched as whole tokens, byte for byte;
//   - the key: IPv4, IPv6, MAC and SID pseudonyms are permutations of their originals,
//     so a token of that shape is decrypted; with ShiftTime, timestamps are shifted back.
//
// With the key, every candidate is then checked by pseudonymizing the candidate line
// again, with the same settings: a candidate is kept only where the engine rewrites it
// at that very place into the very token it replaces. A token that only looks like a
// pseudonym (a product version 120.0.0.0, an address given to --keep, an unrelated word
// that a pseudonym happens to equal) is therefore left alone. Without the key, map
// candidates are taken as they are.

// RevealConfig says how a Revealer restores pseudonyms. Key or Map must be set.
type RevealConfig struct {
	// Key is the session key of the run that made the pseudonyms: it restores ipv4,
	// ipv6, mac and sid pseudonyms without a map and checks every candidate.
	Key []byte
	// Map holds the records the filter wrote with its map output.
	Map *RevealMap
	// Only, Skip, Keep, KeepOUI, IPv4Prefix and Profiles must be those of the run that
	// made the pseudonyms: the check pseudonymizes again with them.
	Only, Skip []string
	Keep       []string
	KeepOUI    bool
	IPv4Prefix bool
	Profiles   []*metakeys.Profile
	// ShiftTime says the run shifted timestamps (--shift-time): with the key, they are
	// shifted back.
	ShiftTime bool
	// MaxLine is the longest line, in bytes without its ending, that is checked; a longer
	// one is written back unchanged and reported.
	MaxLine int
	// Warn receives a message about a line or input that could not be processed.
	Warn func(Warning)
}

// Revealer restores pseudonyms. Make one with NewRevealer; a Revealer runs once.
type Revealer struct {
	cfg     RevealConfig
	verify  bool
	engine  *Engine
	check   *Engine // pseudonymizes the input as it is: is a token kept where it stands?
	ipv4    *categories.IPv4Mapper
	ipv6    *categories.IPv6Mapper
	mac     *categories.MACMapper
	sid     *categories.SIDMapper
	cards   *categories.CardMapper
	ibans   *categories.IBANMapper
	phones  *categories.PhoneMapper
	ids     *categories.NationalIDMapper
	devices *categories.DeviceIDMapper
	unshift *categories.TimeShifter // nil unless the run shifted timestamps and the key is given
	shapes  categorySet             // the key's categories that are on
	keep    *keepSet
	stats   map[string]int64
}

// NewRevealer checks the configuration and returns a Revealer.
func NewRevealer(cfg RevealConfig) (*Revealer, error) {
	if cfg.Key == nil && cfg.Map == nil {
		return nil, errors.New("reveal needs a key, a map or both")
	}
	if cfg.Warn == nil {
		cfg.Warn = func(Warning) {}
	}
	r := &Revealer{cfg: cfg, verify: cfg.Key != nil, stats: map[string]int64{}}
	key := cfg.Key
	if key == nil {
		// Without the key nothing is checked; the engine only reads the stream.
		key = make([]byte, categories.KeySize)
		rand.Read(key)
	}
	e, err := New(Config{Key: key, Only: cfg.Only, Skip: cfg.Skip, Keep: cfg.Keep, KeepOUI: cfg.KeepOUI,
		IPv4Prefix: cfg.IPv4Prefix, Profiles: cfg.Profiles, ShiftTime: cfg.ShiftTime, MaxLine: cfg.MaxLine, Workers: 0, Warn: cfg.Warn,
		Observe: func(*LineReport) {}})
	if err != nil {
		return nil, err
	}
	r.engine = e
	if r.verify {
		r.check, err = New(Config{Key: key, Only: cfg.Only, Skip: cfg.Skip, Keep: cfg.Keep, KeepOUI: cfg.KeepOUI,
			IPv4Prefix: cfg.IPv4Prefix, Profiles: cfg.Profiles, ShiftTime: cfg.ShiftTime, MaxLine: cfg.MaxLine, Observe: func(*LineReport) {}})
		if err != nil {
			return nil, err
		}
	}
	r.keep = e.keep
	if cfg.Key != nil {
		r.shapes = e.cats
		r.ipv4 = e.proto.ipv4.Clone()
		r.ipv6 = e.proto.ipv6.Clone(r.ipv4)
		r.mac = e.proto.mac.Clone()
		r.sid = categories.NewSIDs(e.keys)
		r.cards = categories.NewCards(e.keys)
		r.ibans = categories.NewIBANs(e.keys)
		r.phones = categories.NewPhones(e.keys)
		r.ids = categories.NewNationalIDs(e.keys)
		r.devices = categories.NewDeviceIDs(e.keys)
		if e.shifter != nil && e.cats.on(categories.Time) {
			r.unshift = e.shifter.Inverse()
		}
		if err := r.checkKey(); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ErrKeyMismatch is returned by NewRevealer when the map's address, MAC and SID records
// were not made with the key.
var ErrKeyMismatch = errors.New("the key does not match the map: its ipv4, ipv6, mac and sid records were made with another key")

// checkKey compares the map's records of the key's categories with what the key makes
// of their originals. A key is only ever checked against a map: without one, a wrong key
// restores wrong addresses, as any key inverts any address.
func (r *Revealer) checkKey() error {
	m := r.cfg.Map
	if m == nil {
		return nil
	}
	match, mismatch := 0, 0
	for p, e := range m.entries {
		if e.derived || e.ambiguous || match+mismatch >= 64 {
			continue
		}
		o := []byte(e.original)
		var got []byte
		switch e.category {
		case categories.IPv4:
			if a, n, padded, ok := categories.ParseIPv4(o); ok && n == len(o) {
				got = categories.AppendIPv4(nil, r.ipv4.Map(a), padded)
				if string(got) != p {
					// An address of a reverse DNS name is written backwards.
					m := r.ipv4.Map(reverseIPv4(a))
					got = categories.AppendIPv4(nil, reverseIPv4(m), padded)
				}
			}
		case categories.IPv6:
			if a, n, form, ok := categories.ParseIPv6(o); ok && n == len(o) {
				got = categories.AppendIPv6(nil, r.ipv6.Map(a), form)
			}
		case categories.MAC:
			if a, n, form, ok := categories.ParseMAC(o); ok && n == len(o) {
				got = categories.AppendMAC(nil, r.mac.Map(a), form)
			}
		case categories.SID:
			if n, ok := categories.SIDAt(o); ok && n == len(o) {
				got = r.sid.Append(nil, o)
			}
		}
		switch {
		case got == nil:
		case string(got) == p:
			match++
		default:
			mismatch++
		}
	}
	if mismatch > 0 && match == 0 {
		return ErrKeyMismatch
	}
	return nil
}

// Stats returns how many values were restored, by category.
func (r *Revealer) Stats() map[string]int64 { return r.stats }

// revealToken is a candidate: the token at line[start:end] may be restored to
// arena[from:to].
type revealToken struct {
	start, end int // in the pseudonymized line
	cstart     int // in the candidate line
	from, to   int // the original, in the record's arena
	category   string
	shape      bool // made from the key, not the map
	kept       bool // the engine keeps the token where it stands: not proof of a pseudonym
}

// revealLine is one physical line on its way through the check.
type revealLine struct {
	line, eol []byte // the pseudonymized line and its ending
	cand      []byte // the candidate line, without ending
	tokens    []revealToken
	arena     []byte
	ready     chan struct{} // closed when the check has looked at the line as it is
}

// revealQueue hands lines from the readers to the observer, in order.
type revealQueue struct {
	mu    sync.Mutex
	lines []*revealLine
}

func (q *revealQueue) push(l *revealLine) {
	q.mu.Lock()
	q.lines = append(q.lines, l)
	q.mu.Unlock()
}

func (q *revealQueue) pop() *revealLine {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.lines) == 0 {
		return nil
	}
	l := q.lines[0]
	q.lines[0] = nil
	q.lines = q.lines[1:]
	return l
}

func (q *revealQueue) empty() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.lines) == 0
}

// Run reads the inputs in order and writes every line to w with the pseudonyms restored
// that it can prove; every other byte, and every line ending, stays. It returns
// ErrIncomplete if some line or input could not be processed (each reported to
// Config.Warn), or the first error writing to w.
func (r *Revealer) Run(w io.Writer, inputs []Input) error {
	q, qc := &revealQueue{}, &revealQueue{}
	out := bufio.NewWriterSize(w, 1<<20)
	var writeErr error
	var mu sync.Mutex
	var pipes []*io.PipeReader
	write := func(b []byte) {
		if writeErr == nil {
			_, writeErr = out.Write(b)
			if writeErr != nil {
				mu.Lock()
				for _, p := range pipes {
					p.CloseWithError(writeErr)
				}
				mu.Unlock()
			}
		}
	}
	var buf []byte
	r.engine.cfg.Observe = func(rep *LineReport) {
		offset, fi := 0, 0
		for range max(rep.Lines, 1) {
			l := q.pop()
			if l == nil {
				return // cannot happen: every line is queued before it is written
			}
			if l.ready != nil {
				<-l.ready
			}
			buf = r.restore(buf[:0], l, rep, offset, &fi)
			write(buf)
			offset += len(l.cand) + len(l.eol)
		}
		if q.empty() && writeErr == nil {
			writeErr = out.Flush()
		}
	}
	if r.check != nil {
		r.check.cfg.Observe = func(rep *LineReport) {
			offset, fi := 0, 0
			for range max(rep.Lines, 1) {
				l := qc.pop()
				if l == nil {
					return
				}
				markKept(l, rep, offset, &fi)
				close(l.ready)
				offset += len(l.line) + len(l.eol)
			}
		}
	}
	// Each input is opened once; its lines go, as they are, to the check, and as
	// candidates to the engine.
	type opened struct {
		once       sync.Once
		err        error
		cand, orig *io.PipeReader
	}
	open := make([]*opened, len(inputs))
	for i := range open {
		open[i] = &opened{}
	}
	start := func(i int) *opened {
		o := open[i]
		o.once.Do(func() {
			rc, err := inputs[i].Open()
			if err != nil {
				o.err = err
				return
			}
			var cw, ow *io.PipeWriter
			o.cand, cw = io.Pipe()
			mu.Lock()
			pipes = append(pipes, o.cand)
			if r.check != nil {
				o.orig, ow = io.Pipe()
				pipes = append(pipes, o.orig)
			}
			mu.Unlock()
			go func() {
				defer rc.Close()
				err := r.produce(rc, cw, ow, q, qc)
				cw.CloseWithError(err)
				if ow != nil {
					ow.CloseWithError(err)
				}
			}()
		})
		return o
	}
	candInputs := make([]Input, len(inputs))
	origInputs := make([]Input, len(inputs))
	for i, in := range inputs {
		candInputs[i] = Input{Name: in.Name, Open: func() (io.ReadCloser, error) {
			o := start(i)
			if o.err != nil {
				return nil, o.err
			}
			return o.cand, nil
		}}
		origInputs[i] = Input{Name: in.Name, Open: func() (io.ReadCloser, error) {
			o := start(i)
			if o.err != nil {
				return nil, o.err
			}
			return o.orig, nil
		}}
	}
	checked := make(chan struct{})
	if r.check != nil {
		go func() {
			defer close(checked)
			r.check.Run(io.Discard, origInputs)
		}()
	} else {
		close(checked)
	}
	err := r.engine.Run(io.Discard, candInputs)
	mu.Lock()
	for _, p := range pipes {
		p.CloseWithError(io.ErrClosedPipe) // let the check end if the engine ended early
	}
	mu.Unlock()
	<-checked
	if writeErr != nil {
		return writeErr
	}
	if ferr := out.Flush(); ferr != nil {
		return ferr
	}
	return err
}

// markKept marks the key-made tokens of a line that the engine, given the line as it is,
// keeps where they stand (a product version 120.0.0.0, an address given to --keep): such
// a token may be an original as well as a pseudonym, and is not restored.
func markKept(l *revealLine, rep *LineReport, offset int, fi *int) {
	fs := rep.Findings
	for k := range l.tokens {
		t := &l.tokens[k]
		if !t.shape {
			continue
		}
		if rep.Kind == KindDropped {
			t.kept = true
			continue
		}
		s, e := offset+t.start, offset+t.end
		for *fi < len(fs) && fs[*fi].End <= s {
			*fi++
		}
		t.kept = true
		for j := *fi; j < len(fs) && fs[j].Start < e; j++ {
			if !bytes.Equal(fs[j].Original, fs[j].Pseudonym) {
				t.kept = false
			}
		}
	}
}

// produce reads the lines of one input, queues each with its candidates and writes its
// candidate line to the check.
func (r *Revealer) produce(rc io.Reader, cw, ow *io.PipeWriter, q, qc *revealQueue) error {
	br := bufio.NewReaderSize(rc, readBufferSize)
	var pending []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			pending = append(pending, chunk...)
			continue
		}
		raw := chunk
		if len(pending) > 0 {
			pending = append(pending, chunk...)
			raw = pending
		}
		if len(raw) > 0 {
			end := len(raw)
			if raw[end-1] == '\n' {
				end--
				if end > 0 && raw[end-1] == '\r' {
					end--
				}
			}
			own := bytes.Clone(raw)
			l := &revealLine{line: own[:end], eol: own[end:]}
			r.candidates(l)
			// The check gets the line first: the engine's observer waits for it.
			if ow != nil {
				l.ready = make(chan struct{})
				qc.push(l)
				if _, werr := ow.Write(own); werr != nil {
					return werr
				}
			}
			q.push(l)
			if _, werr := cw.Write(l.cand); werr != nil {
				return werr
			}
			if _, werr := cw.Write(l.eol); werr != nil {
				return werr
			}
		}
		pending = pending[:0]
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// restore appends the pseudonymized line with its proven candidates restored, and its
// ending. The line starts at offset in rep.Input; *fi is the first finding not yet passed.
func (r *Revealer) restore(dst []byte, l *revealLine, rep *LineReport, offset int, fi *int) []byte {
	last := 0
	for _, t := range l.tokens {
		if r.verify && (t.kept || !proven(l, t, rep, offset, fi)) {
			continue
		}
		dst = append(dst, l.line[last:t.start]...)
		dst = append(dst, l.arena[t.from:t.to]...)
		last = t.end
		r.stats[t.category]++
	}
	dst = append(dst, l.line[last:]...)
	return append(dst, l.eol...)
}

// proven reports whether the engine, pseudonymizing the candidate line, rewrites the
// candidate at its place into the token it replaced: the findings within the candidate's
// span, applied to it, give the token, and no finding crosses its edges.
func proven(l *revealLine, t revealToken, rep *LineReport, offset int, fi *int) bool {
	if rep.Kind == KindDropped {
		return false
	}
	cs := offset + t.cstart
	ce := cs + t.to - t.from
	token := l.line[t.start:t.end]
	fs := rep.Findings
	for *fi < len(fs) && fs[*fi].End <= cs {
		*fi++
	}
	if *fi < len(fs) && fs[*fi].Start <= cs && fs[*fi].End > ce {
		// One finding for several values of fixed length (iptables MAC=dst:src).
		f := fs[*fi]
		return f.End >= ce && len(f.Original) == len(f.Pseudonym) &&
			bytes.Equal(f.Pseudonym[cs-f.Start:ce-f.Start], token)
	}
	cand := l.arena[t.from:t.to]
	at, pos, found := 0, cs, false
	for k := *fi; k < len(fs) && fs[k].Start < ce; k++ {
		f := fs[k]
		if f.End > ce || f.Start < pos {
			return false // (findings that overlap prove nothing)
		}
		gap := cand[pos-cs : f.Start-cs]
		if at+len(gap)+len(f.Pseudonym) > len(token) || !bytes.Equal(token[at:at+len(gap)], gap) ||
			!bytes.Equal(token[at+len(gap):at+len(gap)+len(f.Pseudonym)], f.Pseudonym) {
			return false
		}
		at += len(gap) + len(f.Pseudonym)
		pos = f.End
		found = true
	}
	return found && bytes.Equal(token[at:], cand[pos-cs:])
}

// candidates finds the tokens of l.line that may be pseudonyms and builds the candidate
// line.
func (r *Revealer) candidates(l *revealLine) {
	s := l.line
	cand := make([]byte, 0, len(s)+16)
	last := 0
	for p := 0; p < len(s); {
		if p > 0 && isAlnum(s[p-1]) && isAlnum(s[p]) && !escapeEndsAt(s, p) {
			p++
			continue // inside a word: no token starts here
		}
		end, orig, category, shape := 0, []byte(nil), "", false
		if r.cfg.Map != nil {
			if e, n := r.cfg.Map.match(s, p); n > 0 {
				end, orig, category = p+n, []byte(e.original), e.category
			}
		}
		// No key-made candidate right where another ends: a wrong one would change the
		// context of its neighbour, and the check would refuse both.
		if end == 0 && r.ipv4 != nil && (len(l.tokens) == 0 || p != last) {
			from := len(l.arena)
			var n int
			l.arena, n, category = r.shapeAt(l.arena, s, p)
			if n > 0 && !r.mapWithin(s, p+1, p+n) {
				end, shape = p+n, true
				orig = l.arena[from:]
			}
			l.arena = l.arena[:from]
		}
		if end == 0 {
			p++
			continue
		}
		if bytes.Equal(orig, s[p:end]) {
			p = end // a kept value: nothing to restore
			continue
		}
		from := len(l.arena)
		l.arena = append(l.arena, orig...)
		cand = append(cand, s[last:p]...)
		l.tokens = append(l.tokens, revealToken{start: p, end: end, cstart: len(cand),
			from: from, to: len(l.arena), category: category, shape: shape})
		cand = append(cand, orig...)
		last = end
		p = end
	}
	l.cand = append(cand, s[last:]...)
}

// mapWithin reports whether a map token starts within s[from:to]: the map, exact, wins
// over a key-made candidate that would cover it.
func (r *Revealer) mapWithin(s []byte, from, to int) bool {
	if r.cfg.Map == nil {
		return false
	}
	for q := from; q < to; q++ {
		if isAlnum(s[q-1]) && isAlnum(s[q]) && !escapeEndsAt(s, q) {
			continue
		}
		if _, n := r.cfg.Map.match(s, q); n > 0 {
			return true
		}
	}
	return false
}

// shapeAt decrypts a key-made pseudonym (IPv4, IPv6, MAC, SID) at s[p:]: it appends the
// original to dst and returns its length in s and its category, or 0.
func (r *Revealer) shapeAt(dst, s []byte, p int) ([]byte, int, string) {
	c := s[p]
	prev := byte(' ')
	if p > 0 {
		prev = s[p-1]
	}
	if prev == '.' || prev == ':' && c == ':' {
		return dst, 0, ""
	}
	if isHex(c) || c == ':' {
		if r.shapes.on(categories.MAC) {
			if mac, n, form, ok := categories.ParseMAC(s[p:]); ok {
				end := p + n
				// A MAC may be followed by another (MAC=dst:src:type); the check decides.
				if end >= len(s) || !(isHex(s[end]) || isLetter(s[end])) {
					return categories.AppendMAC(dst, r.mac.Unmap(mac), form), n, categories.MAC
				}
			}
		}
		if r.shapes.on(categories.IPv6) {
			if addr, n, form, ok := categories.ParseIPv6(s[p:]); ok && n >= 3 {
				end := p + n
				if end >= len(s) || !(isHex(s[end]) || isLetter(s[end]) ||
					s[end] == '.' && end+1 < len(s) && isDigit(s[end+1]) ||
					s[end] == ':' && end+1 < len(s) && (isHex(s[end+1]) || s[end+1] == ':')) {
					if r.keep.hasV6(addr) {
						return dst, 0, ""
					}
					return categories.AppendIPv6(dst, r.ipv6.Unmap(addr), form), n, categories.IPv6
				}
			}
		}
	}
	if isDigit(c) && r.shapes.on(categories.IPv4) {
		if addr, n, padded, ok := categories.ParseIPv4(s[p:]); ok {
			end := p + n
			if end >= len(s) || !(isLetter(s[end]) || isDigit(s[end]) || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
				if len(s)-end >= 13 && equalFold(s[end:end+13], ".in-addr.arpa") {
					// A reverse DNS name: the address backwards, mapped as one (see ipv4At).
					if forward := reverseIPv4(addr); !r.keep.hasV4(forward) && !categories.IPv4Kept(forward) {
						return categories.AppendIPv4(dst, reverseIPv4(r.ipv4.Unmap(forward)), padded), n, categories.IPv4
					}
					return dst, 0, ""
				}
				if r.keep.hasV4(addr) {
					return dst, 0, ""
				}
				return categories.AppendIPv4(dst, r.ipv4.Unmap(addr), padded), n, categories.IPv4
			}
		}
	}
	if r.unshift != nil {
		if n := r.unshiftAt(&dst, s, p); n > 0 {
			return dst, n, categories.Time
		}
	}
	if (c == 'S' || c == 's') && r.shapes.on(categories.SID) {
		if n, ok := categories.SIDAt(s[p:]); ok {
			end := p + n
			if end >= len(s) || !(isAlnum(s[end]) || s[end] == '-') {
				from := len(dst)
				dst = r.sid.Unmap(dst, s[p:end])
				if bytes.Equal(dst[from:], s[p:end]) {
					return dst[:from], 0, ""
				}
				return dst, n, categories.SID
			}
		}
	}
	if c == '0' && r.shapes.on(categories.SID) {
		if n := categories.BinarySIDLen(s[p:]); n > 0 {
			from := len(dst)
			dst = r.sid.UnmapBinarySID(dst, s[p:p+n])
			if bytes.Equal(dst[from:], s[p:p+n]) {
				return dst[:from], 0, ""
			}
			return dst, n, categories.SID
		}
	}
	// Payment cards, IBANs and international phone numbers keep their shape and checksum,
	// so they are found as the filter found them.
	var n int
	var ok bool
	category := ""
	switch {
	case c >= '2' && c <= '6' && !isDigit(prev) && r.shapes.on(categories.Card):
		n, ok = categories.CardAt(s[p:])
		category = categories.Card
	case c == '+' && !isDigit(prev) && r.shapes.on(categories.Phone):
		n, ok = categories.PhoneAt(s[p:])
		category = categories.Phone
	case c >= 'A' && c <= 'Z' && !isAlnum(prev) && r.shapes.on(categories.IBAN):
		n, ok = categories.IBANAt(s[p:])
		category = categories.IBAN
	}
	if !ok && (isDigit(c) || c >= 'A' && c <= 'Z') && !isAlnum(prev) && r.shapes.on(categories.NationalID) {
		n, ok = categories.NationalIDAt(s[p:])
		category = categories.NationalID
	}
	if !ok && (isDigit(c) || c >= 'A' && c <= 'Z') && !isAlnum(prev) && r.shapes.on(categories.DeviceID) {
		n, ok = categories.DeviceIDAt(s[p:])
		category = categories.DeviceID
	}
	if !ok {
		return dst, 0, ""
	}
	from := len(dst)
	switch category {
	case categories.Card:
		dst = r.cards.Unmap(dst, s[p:p+n])
	case categories.Phone:
		dst = r.phones.Unmap(dst, s[p:p+n])
	case categories.NationalID:
		dst = r.ids.Unmap(dst, s[p:p+n])
	case categories.DeviceID:
		dst = r.devices.Unmap(dst, s[p:p+n])
	default:
		dst = r.ibans.Unmap(dst, s[p:p+n])
	}
	if bytes.Equal(dst[from:], s[p:p+n]) {
		return dst[:from], 0, ""
	}
	return dst, n, category
}

// unshiftAt shifts back a timestamp at s[p:] in any of the forms the filter shifts, appends
// it to *dst and returns its length, or 0. Where a form is shifted only in some places
// (epoch numbers under time keys, dates after date=), the check refuses the others.
func (r *Revealer) unshiftAt(dst *[]byte, s []byte, p int) int {
	from := len(*dst)
	c := s[p]
	var n int
	switch {
	case isDigit(c):
		if *dst, n = r.unshift.RFC3339At(*dst, s[p:]); n > 0 {
			return n
		}
		if p > 0 && s[p-1] == '[' {
			if *dst, n = r.unshift.NCSAAt(*dst, s[p:]); n > 0 {
				return n
			}
		}
		if *dst, n = r.unshift.WindowsAt(*dst, s[p:]); n > 0 {
			return n
		}
		if p+10 == len(s) || p+10 < len(s) && !isDigit(s[p+10]) && s[p+10] != 'T' {
			if *dst, n = r.unshift.DateAt(*dst, s[p:]); n > 0 {
				return n
			}
		}
		end := p
		for end < len(s) && isDigit(s[end]) {
			end++
		}
		if end == len(s) || !isAlnum(s[end]) {
			var ok bool
			if *dst, ok = r.unshift.EpochAt(*dst, s[p:end]); ok {
				return end - p
			}
		}
	case isLetter(c):
		if *dst, n = r.unshift.SyslogAt(*dst, s[p:]); n > 0 {
			return n
		}
	}
	*dst = (*dst)[:from]
	return 0
}

// escapeEndsAt reports whether s[:p] ends with a JSON escape such as \u003c or \t: a
// token may start right after it.
func escapeEndsAt(s []byte, p int) bool {
	start := -1
	switch {
	case p >= 6 && s[p-5] == 'u' && s[p-6] == '\\' && isHex(s[p-4]) && isHex(s[p-3]) && isHex(s[p-2]) && isHex(s[p-1]):
		start = p - 6
	case p >= 2 && s[p-2] == '\\' && (s[p-1] == 'n' || s[p-1] == 't' || s[p-1] == 'r' || s[p-1] == 'b' || s[p-1] == 'f'):
		start = p - 2
	default:
		return false
	}
	// The backslash must not be escaped itself.
	n := 0
	for k := start; k >= 0 && s[k] == '\\'; k-- {
		n++
	}
	return n%2 == 1
}

// RevealMap holds the filter's map records for lookup by pseudonym.
type RevealMap struct {
	entries map[string]*mapEntry // by pseudonym bytes
	// long indexes pseudonyms of 4 bytes or more by their first 4 bytes, longest first;
	// short[k] holds those of k < 4 bytes.
	long      map[string][]string
	short     [4]map[string]bool
	first     [256]bool
	records   int
	ambiguous []AmbiguousPseudonym
}

type mapEntry struct {
	category, original string
	derived            bool // a JSON-escaped or unescaped form of a record
	ambiguous          bool
	originals          []string
}

// AmbiguousPseudonym is a pseudonym that stands for more than one original in the map:
// it is never restored.
type AmbiguousPseudonym struct {
	Category, Pseudonym string
	Originals           []string
}

// NewRevealMap returns an empty map.
func NewRevealMap() *RevealMap {
	m := &RevealMap{entries: map[string]*mapEntry{}, long: map[string][]string{}}
	for k := range m.short {
		m.short[k] = map[string]bool{}
	}
	return m
}

// Len returns the number of records added.
func (m *RevealMap) Len() int { return m.records }

// Ambiguous lists the pseudonyms that stand for more than one original.
func (m *RevealMap) Ambiguous() []AmbiguousPseudonym {
	var out []AmbiguousPseudonym
	for p, e := range m.entries {
		if e.ambiguous && !e.derived {
			out = append(out, AmbiguousPseudonym{Category: e.category, Pseudonym: p, Originals: e.originals})
		}
	}
	slices.SortFunc(out, func(a, b AmbiguousPseudonym) int {
		if a.Pseudonym < b.Pseudonym {
			return -1
		}
		if a.Pseudonym > b.Pseudonym {
			return 1
		}
		return 0
	})
	return out
}

// Add adds one record: pseudonym stood in the output where original stood in the input.
// The bytes are as they stood in the lines, JSON-escaped inside JSON strings; the other
// form (unescaped, or escaped) is added too, where no record says otherwise.
func (m *RevealMap) Add(category string, original, pseudonym []byte) {
	if len(pseudonym) == 0 || bytes.Equal(original, pseudonym) {
		return
	}
	m.records++
	m.add(category, string(original), string(pseudonym), false)
	if bytes.IndexByte(original, '\\') >= 0 || bytes.IndexByte(pseudonym, '\\') >= 0 {
		if o, ok := jsonUnescape(original); ok {
			if p, ok := jsonUnescape(pseudonym); ok {
				m.add(category, o, p, true)
			}
		}
	}
	m.add(category, string(appendEscaped(nil, original, false)), string(appendEscaped(nil, pseudonym, false)), true)
}

func (m *RevealMap) add(category, original, pseudonym string, derived bool) {
	if original == pseudonym || pseudonym == "" {
		return
	}
	if e := m.entries[pseudonym]; e != nil {
		switch {
		case e.original == original:
		case derived && !e.derived:
			// A record says otherwise: the record wins.
		case !derived && e.derived:
			*e = mapEntry{category: category, original: original, originals: []string{original}}
		default:
			if plain, ok := sameValue(e.original, original); ok {
				// "m\u0067arcia" and "mgarcia": one value, escaped in one place and not
				// in another. Restored as the plain bytes, which need no escape.
				e.original = plain
				return
			}
			e.ambiguous = true
			if !slices.Contains(e.originals, original) {
				e.originals = append(e.originals, original)
			}
		}
		return
	}
	m.entries[pseudonym] = &mapEntry{category: category, original: original, derived: derived, originals: []string{original}}
	m.first[pseudonym[0]] = true
	if len(pseudonym) < 4 {
		m.short[len(pseudonym)][pseudonym] = true
		return
	}
	head := pseudonym[:4]
	list := append(m.long[head], pseudonym)
	slices.SortFunc(list, func(a, b string) int { return len(b) - len(a) })
	m.long[head] = list
}

// match returns the entry of the longest pseudonym that stands at s[p:] as a whole token
// (not glued to a letter or digit on either side), and its length.
func (m *RevealMap) match(s []byte, p int) (*mapEntry, int) {
	if !m.first[s[p]] {
		return nil, 0
	}
	whole := func(n int) bool {
		q := p + n
		return q >= len(s) || !(isAlnum(s[q]) && isAlnum(s[q-1]))
	}
	if p+4 <= len(s) {
		for _, ps := range m.long[string(s[p:p+4])] {
			if len(ps) <= len(s)-p && string(s[p:p+len(ps)]) == ps && whole(len(ps)) {
				if e := m.entries[ps]; !e.ambiguous {
					return e, len(ps)
				}
			}
		}
	}
	for k := 3; k >= 1; k-- {
		if p+k <= len(s) && m.short[k][string(s[p:p+k])] && whole(k) {
			if e := m.entries[string(s[p:p+k])]; !e.ambiguous {
				return e, k
			}
		}
	}
	return nil, 0
}

func jsonUnescape(b []byte) (string, bool) {
	q := make([]byte, 0, len(b)+2)
	q = append(q, '"')
	q = append(q, b...)
	q = append(q, '"')
	var s string
	if json.Unmarshal(q, &s) != nil {
		return "", false
	}
	return s, true
}

// reverseIPv4 returns an address with its bytes in reverse order, as reverse DNS names
// (in-addr.arpa) write it.
func reverseIPv4(a [4]byte) [4]byte { return [4]byte{a[3], a[2], a[1], a[0]} }

// sameValue reports whether two originals are the same value written with different
// JSON escapes, and returns it unescaped when it needs no escape in a JSON string.
func sameValue(a, b string) (string, bool) {
	if strings.IndexByte(a, '\\') < 0 && strings.IndexByte(b, '\\') < 0 {
		return "", false
	}
	ua, okA := jsonUnescape([]byte(a))
	ub, okB := jsonUnescape([]byte(b))
	if !okA || !okB || ua != ub || needsEscape([]byte(ua)) {
		return "", false
	}
	return ua, true
}
