package anon

import (
	"fmt"
	"slices"

	"github.com/siemanon/siemanon/categories"
)

// edit replaces line[start:end] with repl[from:to] of the worker's replacement arena.
// category and where say what the value was and how it was found, for reports.
type edit struct {
	start, end int
	from, to   int
	category   string
	where      string
	secret     bool // the value holds a secret replaced inside it (a URL's password)
}

// worker rewrites lines. Each goroutine has its own: the pseudonym mappers keep caches and
// scratch buffers and are not safe for concurrent use.
type worker struct {
	e *Engine

	// While a chunk's lines are redone, the lines [ownFrom, ownEnd) (by seq) are its own:
	// the session's entries learned on them are its first pass's, which it learns again.
	ownFrom, ownEnd int64

	// readLearned is set by every lookup of the learned values: a value whose rewrite
	// looked one up (a note scanned beside a name, a device's owner) depends on what was
	// learned before it, and is kept out of the memo, which would replay it on a redone
	// line as its first pass wrote it.
	readLearned bool

	ipv4   *categories.IPv4Mapper
	ipv6   *categories.IPv6Mapper
	mac    *categories.MACMapper
	users  *categories.Usernames
	hosts  *categories.Hostnames
	emails *categories.Emails

	secrets   *categories.Secrets
	paths     *categories.Paths
	sids      *categories.SIDMapper
	cards     *categories.CardMapper
	ibans     *categories.IBANMapper
	phones    *categories.PhoneMapper
	idNumbers *categories.NationalIDMapper
	devices   *categories.DeviceIDMapper
	fullnames *categories.Fullnames
	orgs      *categories.Organizations
	geo       *categories.GeoNames

	// seq is the number of the line being rewritten, across the whole session; local holds
	// the values this worker learned in the current batch; learnedNow says the current line
	// taught something new, so it is scanned once more.
	seq        int64
	local      learnedSet
	learnedNow bool
	shiftTime  bool // the time category is on
	// where says how the values being found are found ("json user.name", "cef suser",
	// "syslog host", "text"), kept on edits for reports; lastCat is the category the last
	// value was mapped as (an IP at a user key maps as an IP).
	where   string
	lastCat string
	mapped  bool // a pseudonym function ran for the value being rewritten
	interns map[string]string

	// lineKind is the kind of the line just rewritten; reports, findings and findArena
	// hold what the current chunk found, when the engine is observed.
	lineKind string
	// unitOut holds where each unit's output starts in the chunk's output (and one more
	// entry for the end); again is the buffer a chunk's second pass is written to.
	unitOut []int
	again   []byte
	// tokenHashes holds the folded hash of every token of the chunk's units, unit k's
	// ending at tokenEnds[k], for chunks after the first.
	tokenHashes []uint64
	tokenEnds   []int
	// decodedLine is a line with its escapes decoded, whose tokens are hashed too.
	decodedLine []byte
	reports     []unitReport
	findings    []findingRec
	findArena   []byte
	inURL       bool
	inShareLink bool // the URL is a file-sharing site's: its ids are the file's keys
	profileSite bool // the URL is a social site's, whose first path segment names an account
	handleSite  bool // the URL's site names accounts as /@handle
	urlDepth    int  // how many URLs the text being scanned is inside
	tlds        map[string]bool

	// names caches pseudonyms of string-valued categories, by category index.
	names [20]map[string]string
	// registered maps host names to where their registered domain starts (-1: none),
	// so that the public suffix list is read once per name, not per occurrence.
	registered map[string]int

	edits []edit
	repl  []byte
	memo  memo

	// rejected says why the line being rewritten cannot be processed safely (a JSON
	// record nested too deep to walk): it is replaced by a marker and reported, not
	// scanned as text, where its keyed values would leak. warnings holds those of the
	// current chunk.
	rejected string
	warnings []Warning

	// The scratch of the JSON record being rewritten; a record in a string of another
	// (JSON logged as a string: {"log":"{\"user\":...}"}) swaps in one of nested, by
	// its depth, and back.
	jsonScratch
	recordDepth   int
	nested        []jsonScratch
	detectCache   map[string]uint64
	categoryCache map[uint64]map[string]string
	scratch       []byte
	cefPlain      []byte
	joinedName    []byte // a name joined by '_' or '.', with blanks for the joins
	// shapeFound is set while a value found by its shape alone is mapped (a name in
	// prose): it is found again wherever it stands, and learning it would let the
	// line's second pass take it for a learned phrase where its words were learned apart.
	shapeFound bool
	// nameWordwise is set while a name in prose whose first word was learned on its own
	// is found: its words are mapped one by one (nameWordsValue).
	nameWordwise bool
	// versionQuads are the dotted quads of a raw line kept as programs' versions (VLC
	// media player 3.0.20.0), by where they stand: should the same quad stand as an
	// address elsewhere in the line, it is mapped here too (rewriteLine), failing closed.
	versionQuads []versionQuad
	// afterRun is the byte after the run scanRunFlags hands to valueAt (-1 at the line's
	// end, which a NUL byte in the line is not): shapes see only the run, and a few ask
	// what closes it.
	afterRun int
	spare    []byte
	// layout is the column layout of the line being rewritten (a fields header's), or nil.
	layout *fieldLayout
	// header is the layout the line being rewritten declares when it is a CSV header.
	header *fieldLayout
	// decoding is set while a URL-encoded value is mapped as its decoded self;
	// pctSpare holds that pseudonym while it is encoded back.
	// decodeDepth counts the URL decodings the text being scanned is inside: two at most
	// (a return URL in a query, its own query encoded again: %2540).
	decodeDepth int
	// entityDepth is 1 while text with its character references decoded is scanned
	// (entityText; entityOffsets holds the offset each of its bytes came from).
	entityDepth   int
	entityText    []byte
	entityOffsets []int
	// mimeDepth is 1 while the text of RFC 2047 encoded words is scanned (mimeText;
	// mimeOut holds it rewritten).
	mimeDepth int
	mimeText  []byte
	mimeOut   []byte
	// numberIDs is set when payment cards, IBANs or phone numbers are looked for.
	numberIDs bool
	// nationalIDs is set when national identification numbers are looked for.
	nationalIDs bool
	// deviceIDs is set when device and subscriber identifiers are looked for.
	deviceIDs bool
	// secretsMade counts the secret pseudonyms made; heldSecret marks the edit being
	// added as one whose value held a secret (see edit.secret).
	secretsMade int
	heldSecret  bool
	// The scratch of auditd's hex values and execve arguments (auditd.go).
	auditDepth int
	argLine    []byte
	argOrig    []byte
	argText    []byte
	argRegions []argRegion
	argEdits   []edit
	pctSpare   []byte
	prevEnd    int
}

func newWorker(e *Engine) *worker {
	w := &worker{e: e}
	p := e.proto
	w.ipv4 = p.ipv4.Clone()
	w.ipv6 = p.ipv6.Clone(w.ipv4)
	w.mac = p.mac.Clone()
	w.users = categories.NewUsernames(e.keys)
	w.hosts = categories.NewHostnames(e.keys)
	w.emails = categories.NewEmails(w.users, w.hosts)
	w.secrets = categories.NewSecrets(e.keys)
	w.paths = categories.NewPaths(e.keys, w.users, e.keep.has)
	w.paths.Other = w.pathComponent
	w.paths.Text = w.pathText
	w.paths.Owner = ownerFolder
	w.sids = categories.NewSIDs(e.keys)
	w.cards = categories.NewCards(e.keys)
	w.ibans = categories.NewIBANs(e.keys)
	w.phones = categories.NewPhones(e.keys)
	w.idNumbers = categories.NewNationalIDs(e.keys)
	w.devices = categories.NewDeviceIDs(e.keys)
	w.fullnames = categories.NewFullnames(e.keys)
	w.orgs = categories.NewOrganizations(e.keys)
	w.geo = categories.NewGeo(e.keys)
	w.tlds = map[string]bool{}
	w.detectCache = map[string]uint64{}
	w.interns = map[string]string{}
	w.shiftTime = e.cats.on(categories.Time)
	w.numberIDs = e.cats.on(categories.Card) || e.cats.on(categories.IBAN) || e.cats.on(categories.Phone)
	w.nationalIDs = e.cats.on(categories.NationalID)
	w.deviceIDs = e.cats.on(categories.DeviceID)
	w.where = whereText
	w.categoryCache = map[uint64]map[string]string{}
	return w
}

// addEdit records that s[start:end], a value of category, becomes the bytes appended to
// w.repl since from.
func (w *worker) addEdit(category string, start, end, from int) {
	w.edits = append(w.edits, edit{start: start, end: end, from: from, to: len(w.repl), category: category, where: w.where,
		secret: w.heldSecret})
}

// applyEdits appends s to dst with the edits applied. Edits come in order; should two
// overlap, the one that starts first wins, so no byte is written twice or left behind.
func applyEdits(dst, s []byte, edits []edit, repl []byte) []byte {
	if !slices.IsSortedFunc(edits, func(a, b edit) int { return a.start - b.start }) {
		slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	}
	last := 0
	for _, ed := range edits {
		if ed.start < last {
			continue
		}
		dst = append(dst, s[last:ed.start]...)
		dst = append(dst, repl[ed.from:ed.to]...)
		last = ed.end
	}
	return append(dst, s[last:]...)
}

// cached returns the pseudonym of value in a string category, computing it with gen on a
// miss. Caches are per worker and bounded; a miss only costs the derivation again.
func (w *worker) cached(category string, value []byte, gen func(dst, value []byte) []byte) []byte {
	i := categoryIndex(category)
	if i < 0 {
		i = len(w.names) - 1
	}
	m := w.names[i]
	if m == nil {
		m = map[string]string{}
		w.names[i] = m
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
	if checked(category) {
		// Names that differ only where the pseudonym ignores them (case, blanks and
		// dashes in an organisation, word order in a full name) are one identity.
		identity := value
		switch category {
		case categories.Organization:
			identity = w.orgs.Identity()
		case categories.Fullname:
			identity = w.fullnames.Identity()
		}
		if len(identity) > 0 {
			w.e.collisions.note(category, identity, w.repl[from:])
		}
	}
	return w.repl
}

const nameCacheLimit = 1 << 13

// rewriteLine appends the rewritten content of one line (no line ending) to dst. A line
// that teaches a value (user=jdoe) is scanned twice, so the value is replaced wherever it
// stands in the line, also before the place that taught it.
func (w *worker) rewriteLine(dst, line []byte) []byte {
	w.rejected = ""
	for pass := 0; pass < 2; pass++ {
		w.edits = w.edits[:0]
		w.repl = w.repl[:0]
		w.learnedNow = false
		w.lineKind = KindJSON
		w.versionQuads = w.versionQuads[:0]
		w.scanSafely(func() {
			if !looksLikeJSON(line) || !w.jsonRecord(line, 0) {
				w.lineKind = KindRaw
				w.edits = w.edits[:0]
				w.repl = w.repl[:0]
				w.scanDecoded(line, 0)
			}
		})
		if !w.learnedNow || w.rejected != "" {
			break
		}
	}
	if w.rejected != "" {
		w.lineKind = KindDropped
		return appendRejected(dst, w.rejected)
	}
	if len(w.versionQuads) > 0 && w.lineKind == KindRaw {
		w.mapVersionsAlsoAddresses(line)
	}
	return applyEdits(dst, line, w.edits, w.repl)
}

// versionQuad is a dotted quad kept as a version, at line[start:end].
type versionQuad struct {
	start, end int
	addr       [4]byte
}

// mapVersionsAlsoAddresses maps each quad kept as a version whose address the line's
// scan mapped elsewhere ("Workbench 7.0.0.1) from 7.0.0.1"): one value is not an
// address in one place and left as it is in another.
func (w *worker) mapVersionsAlsoAddresses(line []byte) {
	for _, q := range w.versionQuads {
		for _, ed := range w.edits {
			if ed.category != categories.IPv4 {
				continue
			}
			addr, n, _, ok := categories.ParseIPv4(line[ed.start:ed.end])
			if !ok || n != ed.end-ed.start || addr != q.addr {
				continue
			}
			from := len(w.repl)
			w.repl = categories.AppendIPv4(w.repl, w.ipv4.Map(addr), false)
			w.where = whereText
			w.addEdit(categories.IPv4, q.start, q.end, from)
			break
		}
	}
}

// scanSafely runs scan, and turns a panic in it into the rejection of the line: a bug met
// by one odd line replaces that line by a marker, reported with its number, and the
// stream goes on; no line is written out unscanned. The worker's state of the line is
// reset (the deferred steps of the scan have run while the panic unwound).
func (w *worker) scanSafely(scan func()) {
	defer func() {
		if r := recover(); r != nil {
			w.rejected = fmt.Sprintf("internal error (%v)", r)
			w.decodeDepth, w.memo.recording, w.inURL, w.urlDepth, w.recordDepth = 0, false, false, 0, 0
			w.shapeFound = false
			w.edits, w.repl = w.edits[:0], w.repl[:0]
		}
	}()
	scan()
}

// appendRejected appends the marker of a line that was not processed, and why.
func appendRejected(dst []byte, reason string) []byte {
	return append(append(append(dst, "[siemanon: line not processed: "...), reason...), ']')
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

// Places where values are found, for reports.
const (
	whereText       = "text"
	whereLearned    = "learned"
	whereSyslogHost = "syslog host"
	whereAccessLog  = "access log"
	wherePhrase     = "phrase"
	wherePANOS      = "pan-os csv"
	whereNagios     = "nagios event"
	whereURL        = "url"
	wherePath       = "path"
	whereAccount    = "DOMAIN\\user"
	whereCisco      = "cisco object"
	whereXML        = "xml element"
	whereColumn     = "column"
)

// label returns prefix+" "+name as a string, interned so that reports of the same place
// share one string. It allocates only when the engine reports and the label is new.
func (w *worker) label(prefix string, name []byte) string {
	if !w.e.observing {
		return prefix
	}
	w.scratch = append(append(append(w.scratch[:0], prefix...), ' '), name...)
	if s, ok := w.interns[string(w.scratch)]; ok {
		return s
	}
	if len(w.interns) > 1<<14 {
		clear(w.interns)
	}
	s := string(w.scratch)
	w.interns[s] = s
	return s
}
