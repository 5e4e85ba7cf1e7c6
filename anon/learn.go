package anon

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/siemanon/siemanon/categories"
)

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

// learnedSet maps learned values, folded to lower case (JDOE is jdoe, as the names are for
// the systems that write them), to their entries, with a Bloom filter in front so that
// most tokens cost no map lookup. firsts holds the first word of every learned value of
// several words ("maria garcia"), with the most words such a value has; the filter holds
// those words too, under a salted hash.
type learnedSet struct {
	m      map[string]learnedEntry
	firsts map[string]int
	filter []uint64 // two bits per hash of the folded values: a miss costs no map lookup
	mask   uint64   // the filter's size in bits, less one
}

// The filter starts small, to stay in the L1 cache, and doubles when it holds more than
// one value per filterLoad bits, up to maxFilterBits: with 100,000 learned values (and as
// many first words), two bits each leave about one absent token in 20 to the map.
const (
	minFilterBits = 1 << 17 // 16 KiB
	maxFilterBits = 1 << 21 // 256 KiB
	filterLoad    = 16
)

// firstSalt sets the hashes of first words apart from those of whole values.
const firstSalt = 0x9e3779b97f4a7c15

func foldByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldHash folds v to lower case into buf and returns the folded bytes with their hash
// (FNV-1a).
func foldHash(buf []byte, v []byte) ([]byte, uint64) {
	h := uint64(14695981039346656037)
	folded := buf[:len(v)]
	for i, c := range v {
		c = foldByte(c)
		folded[i] = c
		h ^= uint64(c)
		h *= 1099511628211
	}
	return folded, h
}

// filterProbes returns the two filter bits of hash h: from its low and its high half.
func (s *learnedSet) filterProbes(h uint64) (uint64, uint64) {
	return h & s.mask, (h >> 40) & s.mask
}

func (s *learnedSet) has(h uint64) bool {
	if s.filter == nil {
		return false
	}
	a, b := s.filterProbes(h)
	return s.filter[a>>6]&(1<<(a&63)) != 0 && s.filter[b>>6]&(1<<(b&63)) != 0
}

func (s *learnedSet) mark(h uint64) {
	if s.filter == nil {
		s.filter = make([]uint64, minFilterBits/64)
		s.mask = minFilterBits - 1
	}
	a, b := s.filterProbes(h)
	s.filter[a>>6] |= 1 << (a & 63)
	s.filter[b>>6] |= 1 << (b & 63)
}

// markValue sets the filter bits of a folded value and, for a value of several words, of
// its first word.
func (s *learnedSet) markValue(v string) {
	var buf [maxLearnedLen]byte
	if len(v) <= maxLearnedLen {
		_, h := foldHash(buf[:], []byte(v))
		s.mark(h)
	}
	if first, _, found := strings.Cut(v, " "); found && len(first) <= maxLearnedLen {
		_, h := foldHash(buf[:], []byte(first))
		s.mark(h ^ firstSalt)
	}
}

// grow doubles the filter, when it is loaded and may grow, and marks every value again.
func (s *learnedSet) grow() {
	bits := uint64(len(s.filter)) * 64
	if s.filter == nil || bits >= maxFilterBits || uint64(len(s.m)+len(s.firsts))*filterLoad < bits {
		return
	}
	s.filter = make([]uint64, bits*2/64)
	s.mask = bits*2 - 1
	for v := range s.m {
		s.markValue(v)
	}
}

// maxLearnedLen bounds the values looked up, so folding needs no allocation.
const maxLearnedLen = 128

func (s *learnedSet) lookup(v []byte, seq int64) (learnedEntry, bool) {
	if len(s.m) == 0 || len(v) > maxLearnedLen {
		return learnedEntry{}, false
	}
	var buf [maxLearnedLen]byte
	folded, h := foldHash(buf[:], v)
	return s.lookupFolded(folded, h, seq)
}

// lookupFolded is lookup for a value already folded and hashed.
func (s *learnedSet) lookupFolded(folded []byte, h uint64, seq int64) (learnedEntry, bool) {
	if len(s.m) == 0 || !s.has(h) {
		return learnedEntry{}, false
	}
	e, ok := s.m[string(folded)]
	if !ok || e.seq > seq {
		return learnedEntry{}, false
	}
	return e, true
}

// foldASCII returns v with the letters A to Z in lower case, as foldHash folds.
func foldASCII(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 'A' && c <= 'Z' {
			b := []byte(v)
			for k := i; k < len(b); k++ {
				b[k] = foldByte(b[k])
			}
			return string(b)
		}
	}
	return v
}

// add records v (folded) unless it is known already with an earlier line; it reports
// whether the entry is new or moved earlier.
func (s *learnedSet) add(v string, e learnedEntry) bool {
	if s.m == nil {
		s.m = map[string]learnedEntry{}
		s.firsts = map[string]int{}
	}
	v = foldASCII(v) // as lookups fold: strings.ToLower would also turn bytes that are not UTF-8 into U+FFFD
	if old, ok := s.m[v]; ok && old.seq <= e.seq {
		return false
	}
	s.m[v] = e
	if words := strings.Count(v, " ") + 1; words > 1 {
		first, _, _ := strings.Cut(v, " ")
		s.firsts[first] = max(s.firsts[first], words)
	}
	s.markValue(v)
	s.grow()
	return true
}

// forgetLines removes the values first learned on the lines in seqs and appends them to
// forgot. The filter keeps their bits (a miss on them costs a map lookup); lookups read
// the map.
func (s *learnedSet) forgetLines(seqs map[int64]bool, forgot []string) []string {
	for v, e := range s.m {
		if seqs[e.seq] {
			delete(s.m, v)
			forgot = append(forgot, v)
		}
	}
	return forgot
}

func (s *learnedSet) reset() {
	if len(s.m) == 0 {
		return
	}
	clear(s.m)
	clear(s.firsts)
	if len(s.filter) > minFilterBits/64 {
		s.filter, s.mask = s.filter[:minFilterBits/64], minFilterBits-1
	}
	clear(s.filter)
}

// wordsAfter returns how many words a learned value that starts with word may have, or 0.
func (s *learnedSet) wordsAfter(word []byte) int {
	if len(s.firsts) == 0 || len(word) > maxLearnedLen {
		return 0
	}
	var buf [maxLearnedLen]byte
	folded, h := foldHash(buf[:], word)
	if !s.has(h ^ firstSalt) {
		return 0
	}
	return s.firsts[string(folded)]
}

// learn remembers v, found by context on the current line.
func (w *worker) learn(category string, v []byte) {
	if w.memo.recording {
		w.memo.noteLearn(category, v) // kept in the memo, so a hit elsewhere learns it
	}
	if w.shapeFound {
		return
	}
	// Tokens are looked up without trailing dots and hyphens (the end of a sentence, a
	// dash): a value is learned so too, or "shop.acme-" would never be found again.
	for len(v) > 0 && (v[len(v)-1] == '.' || v[len(v)-1] == '-') {
		v = v[:len(v)-1]
	}
	if len(v) < minLearned || len(v) > maxLearnedLen {
		return
	}
	// Most values are known already: one lookup, before the word tests. (Learning is
	// replayed from the memo: this lookup does not make the value's rewrite depend on it.)
	read := w.readLearned
	_, known := w.learnedToken(v)
	w.readLearned = read
	if known {
		return
	}
	if !Learnable(v) {
		return
	}
	if w.local.add(string(v), learnedEntry{category: category, seq: w.seq}) {
		w.learnedNow = true
	}
}

// learnedToken returns the category of a token learned on this line or earlier.
func (w *worker) learnedToken(tok []byte) (string, bool) {
	w.readLearned = true
	if len(tok) < minLearned || len(tok) > maxLearnedLen || len(w.e.learned.m) == 0 && len(w.local.m) == 0 {
		return "", false
	}
	var buf [maxLearnedLen]byte
	folded, h := foldHash(buf[:], tok)
	if e, ok := w.e.learned.lookupFolded(folded, h, w.seq); ok && (e.seq < w.ownFrom || e.seq >= w.ownEnd) {
		return e.category, true
	}
	if e, ok := w.local.lookupFolded(folded, h, w.seq); ok {
		return e.category, true
	}
	return "", false
}

// minComponent is the length of the shortest part of a name joined with '-' or '_' that
// is looked up as a learned login (vm-jkowalski-dev): shorter parts are words too often.
const minComponent = 5

// learnedComponents rewrites the parts of a name joined with '-' or '_' (a virtual
// machine's, a pod's, a volume's: vm-jkowalski-dev, jupyter-avogt-0, home_gpryce) that
// are learned logins, and reports whether it rewrote one. Lines that hold such a part are
// redone after a batch like those that hold the login as a token (componentHashes), so
// the output does not depend on the worker count.
func (w *worker) learnedComponents(word []byte, base int) bool {
	if bytes.IndexByte(word, '-') < 0 && bytes.IndexByte(word, '_') < 0 {
		return false
	}
	found := false
	for k := 0; k < len(word); {
		e := k
		for e < len(word) && word[e] != '-' && word[e] != '_' {
			e++
		}
		if comp := word[k:e]; len(comp) >= minComponent && len(comp) < len(word) && !inFolded(resourceWords, comp) {
			if cat, ok := w.learnedToken(comp); ok && cat == categories.Username {
				where := w.where
				w.where = whereLearned
				found = w.keyedValue(cat, comp, base+k) || found
				w.where = where
			}
		}
		k = e + 1
	}
	return found
}

// resourceWords name the parts of resources' names that are no one's, though a service's
// account may be named so (sftp://export:...@host): gdpr-export-job stays.
var resourceWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`export import exports imports build builds deploy deployer
		worker workers server servers client clients master primary replica replicas staging
		production develop devel tests admin admins share shares files media cache proxy
		report reports agent agents runner runners batch daemon service services mailer
		ingest archive metrics frontend backend database store storage volume images image
		upload uploads download downloads shared config configs scanner reader writer
		consumer producer scheduler operator controller manager jenkins gitlab docker ansible
		oracle postgres mysql redis kafka elastic nginx apache tomcat backup backups`) {
		m[w] = true
	}
	return m
}()

// componentHashes appends the folded hash of each part of tok between '-', '_', '.' and '~':
// every part learnedComponents may look up in a word of tok (the scan reads a file's name
// apart from its extension: WKS-0587_jdoe.zip).
func componentHashes(dst []uint64, tok []byte) []uint64 {
	var buf [maxLearnedLen]byte
	for k := 0; k < len(tok); {
		e := k
		for e < len(tok) && tok[e] != '-' && tok[e] != '_' && tok[e] != '.' && tok[e] != '~' {
			e++
		}
		if comp := tok[k:e]; len(comp) >= minComponent && len(comp) < len(tok) && len(comp) <= maxLearnedLen {
			_, h := foldHash(buf[:], comp)
			dst = append(dst, h)
		}
		k = e + 1
	}
	return dst
}

// Learnable reports whether a value of a name category, found by context, is remembered
// and replaced wherever it stands as a whole token: not a number, not a word as common as
// "user", "server" or "mail".
func Learnable(v []byte) bool {
	return len(v) >= minLearned && len(v) <= maxLearnedLen && !allDigits(v) && hasLetter(v) && !isGenericWord(v)
}

// ReplacedEverywhere reports whether the engine replaces a value it found as category
// wherever the value stands as a whole token, in its line and later ones, not only where
// it found it: values of a shape the scan finds anywhere (addresses, MACs, emails, URLs
// with a scheme, SIDs, paths with a separator, card numbers, IBANs, international phone
// numbers) and names it learns. Others are replaced where found: a word as common as
// "user" at a user key, a number at a UID key, a bare file name, a country code, a
// secret. check and --verify look for residuals of the first kind only.
func ReplacedEverywhere(category string, v []byte) bool {
	switch category {
	case categories.IPv4, categories.IPv6, categories.MAC, categories.Email, categories.SID,
		categories.Card, categories.IBAN:
		return true
	case categories.Phone:
		return len(v) > 0 && v[0] == '+' // only international numbers are found by shape
	case categories.URL:
		return bytes.Contains(v, []byte("://")) // a bare host/path at a URL key is not a shape
	case categories.Path:
		return bytes.ContainsAny(v, `/\`)
	case categories.Username, categories.Hostname, categories.Domain, categories.Fullname:
		return Learnable(v)
	case categories.Organization:
		return Learnable(v) && bytes.IndexByte(v, ' ') < 0 && bytes.IndexAny(v, "-_") > 0 // a slug
	case categories.Secret:
		return learnableSecret(v)
	case categories.NationalID:
		n, ok := categories.NationalIDAt(v)
		return ok && n == len(v) || Learnable(v)
	case categories.DeviceID:
		return categories.ParseDeviceID(v) || Learnable(v) && len(v) >= 8
	}
	return false
}

// learnableSecret reports a secret worth replacing wherever it stands: eight bytes or
// more, all of them word bytes (so that it can stand as a token), with letters and digits
// or other marks mixed, not a word. A short or plain one ("admin", "secret") would
// rewrite ordinary text.
func learnableSecret(v []byte) bool {
	if len(v) < 8 || !Learnable(v) {
		return false
	}
	letters, others := false, false
	for _, c := range v {
		switch {
		case c >= utf8.RuneSelf || !wordByte[c]:
			return false
		case isLetter(c):
			letters = true
		default:
			others = true
		}
	}
	return letters && others
}

// isGenericWord reports values too common as words to be replaced wherever they stand,
// even when a log used them as a name (user=user, host=server).
func isGenericWord(v []byte) bool {
	return inFolded(phraseStopwords, v) || inFolded(genericNames, v)
}

// genericNames are not learned either. Many also name the role of a host
// (mail.corp.example.com, a syslog host "firewall"): such a host is mapped where it stands,
// but the word is not replaced in text ("the mail was sent", /mail/inbox).
var genericNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`user users host hostname server client domain default system
		service test guest local localhost console device unknown
		jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun
		www web mail email smtp imap pop pop3 mx dns ftp sftp vpn proxy gateway firewall router
		switch api app apps backup backups files print printer portal intranet extranet wiki
		git sso cdn static media cloud remote exchange monitor monitoring storage nas ldap
		radius ntp syslog log logs update updates relay edge core internal external public
		private dev prod staging demo lab office shop store blog news support help status
		new old temp tmp
		ssh rdp smb http https telnet snmp dhcp kerberos tcp udp icmp tls ssl vnc
		security application setup forwardedevents
		player customer member staff holder owner tenant recipient sender scheduler cron automation auto bot robot batch job
		worker daemon script webhook self manual
		windows linux macos mac ios ipados android chromeos phone mobile desktop tablet browser`) {
		m[w] = true
	}
	return m
}()

// mayBeLearned reports whether word may be a learned value or the first word of one, by
// the filters alone: one hash for the common word, which is neither.
func (w *worker) mayBeLearned(word []byte) bool {
	w.readLearned = true
	if len(word) > maxLearnedLen || len(w.e.learned.m) == 0 && len(w.local.m) == 0 {
		return false
	}
	var buf [maxLearnedLen]byte
	_, h := foldHash(buf[:], word)
	return w.e.learned.has(h) || w.local.has(h) || w.e.learned.has(h^firstSalt) || w.local.has(h^firstSalt)
}

// learnedPhrase looks for a learned value of several words (a full name) starting at the
// run s[i:j]; it returns the value's category and end, or "" .
func (w *worker) learnedPhrase(s []byte, i, j int) (string, int) {
	w.readLearned = true
	most := max(w.e.learned.wordsAfter(s[i:j]), w.local.wordsAfter(s[i:j]))
	if most < 2 {
		return "", 0
	}
	// The ends of up to `most` words separated by single blanks.
	var ends [8]int
	n := 0
	end := j
	for n < most && n < len(ends) {
		ends[n] = end
		n++
		if end+1 >= len(s) || s[end] != ' ' || !isAlnum(s[end+1]) && s[end+1] < 0x80 {
			break
		}
		k := end + 1
		for k < len(s) && (runByte[s[k]] || s[k] >= 0x80) && s[k] != ':' && s[k] != '@' {
			k++
		}
		end = k
	}
	for k := n - 1; k >= 1; k-- {
		e := ends[k]
		for e > i && (s[e-1] == '.' || s[e-1] == ',') {
			e--
		}
		if cat, ok := w.learnedToken(s[i:e]); ok {
			return cat, e
		}
	}
	return "", 0
}
