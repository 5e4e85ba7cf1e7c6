package categories

import (
	"bytes"
	"embed"
	"encoding/binary"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word lists behind the name-like categories (username, fullname, organization, geo,
// hostname). They are data: embedded text files under wordlists/, one entry a line, lines
// starting with # are comments.
//
// Surnames are generated, not listed: a real list of a few thousand surnames gives a space of
// about 2^12, far from the 2^40 the design asks for. A generated surname is five parts drawn
// from short tables:
//
//	onset + vowel + coda + middle vowel + middle consonants + ending
//	"br"    "a"     "nd"   "e"            "l"                 "ini"     -> Brandelini
//
// With the tables as they are: 49 x 7 x 50 x 8 x 40 x 138 = 757,310,400 surnames (2^29.5);
// with 1,541 given names a given name + surname is 2^40.09.
//
// Onsets, codas and middle consonants hold consonants only (codas and middle consonants are
// never empty), vowels hold vowels only (y counts as a vowel) and every ending starts with a
// vowel. So a surname splits back into its parts in exactly one way (maximal consonant and
// vowel runs), different draws give different surnames, and the number of surnames is the
// product of the table sizes. TestWordListsShape checks these rules.

//go:embed wordlists/*.txt wordlists/*.tsv
var wordlistFS embed.FS

type wordTables struct {
	given                             []string // lower case
	onsets, vowels, codas             []string
	midVowels, midConsonants, endings []string
	orgQualifiers, orgNouns           []string // lower case
	legalSuffixes                     []string // lower case
}

var wordTablesOnce = sync.OnceValue(func() *wordTables {
	w := &wordTables{
		given:         lowerAll(readWordlist("given.txt")),
		onsets:        readWordlist("surname-onsets.txt"),
		vowels:        readWordlist("surname-vowels.txt"),
		codas:         readWordlist("surname-codas.txt"),
		midVowels:     readWordlist("surname-mid-vowels.txt"),
		midConsonants: readWordlist("surname-mid-consonants.txt"),
		endings:       readWordlist("surname-endings.txt"),
		orgQualifiers: lowerAll(readWordlist("org-qualifiers.txt")),
		orgNouns:      lowerAll(readWordlist("org-nouns.txt")),
		legalSuffixes: asciiLowerAll(readWordlist("legal-suffixes.txt")), // as appendLower lowers names: OÜ stays oÜ
	}
	// In the onset table "-" stands for "no onset": the surname starts with its vowel.
	for i, s := range w.onsets {
		if s == "-" {
			w.onsets[i] = ""
		}
	}
	return w
})

func wordTablesGet() *wordTables { return wordTablesOnce() }

// readWordlist returns the entries of an embedded word list.
func readWordlist(name string) []string { return readList(wordlistFS, "wordlists/"+name) }

// readList returns the entries of an embedded list: trimmed lines, without blank lines and
// # comments. A missing list is a build defect, hence the panic.
func readList(fsys embed.FS, path string) []string {
	data, err := fsys.ReadFile(path)
	if err != nil {
		panic("categories: missing embedded list " + path)
	}
	var out []string
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// asciiLowerAll lowers the ASCII letters of every string in list.
func asciiLowerAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = string(appendLower(nil, []byte(s)))
	}
	return out
}

func lowerAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strings.ToLower(s)
	}
	return out
}

// surnameCount is the number of distinct generated surnames.
func (w *wordTables) surnameCount() float64 {
	return float64(len(w.onsets)) * float64(len(w.vowels)) * float64(len(w.codas)) *
		float64(len(w.midVowels)) * float64(len(w.midConsonants)) * float64(len(w.endings))
}

// appendSurname appends a generated surname in lower case.
func (w *wordTables) appendSurname(dst []byte, d *nameDrawer) []byte {
	dst = append(dst, w.onsets[d.intn(len(w.onsets))]...)
	dst = append(dst, w.vowels[d.intn(len(w.vowels))]...)
	dst = append(dst, w.codas[d.intn(len(w.codas))]...)
	dst = append(dst, w.midVowels[d.intn(len(w.midVowels))]...)
	dst = append(dst, w.midConsonants[d.intn(len(w.midConsonants))]...)
	return append(dst, w.endings[d.intn(len(w.endings))]...)
}

// appendGiven appends a given name in lower case.
func (w *wordTables) appendGiven(dst []byte, d *nameDrawer) []byte {
	return append(dst, w.given[d.intn(len(w.given))]...)
}

// nameDrawer turns one PRF output into a sequence of uniform draws from small ranges. Each
// draw multiplies a 64-bit fraction by n and keeps the high word as the draw and the low
// word as the rest of the fraction (Lemire's multiply-shift); a word is retired while it still
// has 24 unused bits, so a draw's bias stays below 2^-24. When the 256 bits run out, the next
// 256 come from the PRF over the previous block, so there is no limit on the number of draws.
type nameDrawer struct {
	prf   *PRF
	block [32]byte
	words [4]uint64
	next  int
	x     uint64
	left  int
}

// drawerRefill is the PRF domain-separation tag of a refill block; a package variable so that
// passing it to PRF.Sum does not allocate.
var drawerRefill = []byte("siemanon: more draws")

func (d *nameDrawer) start(sum *[32]byte) {
	d.block = *sum
	d.load()
}

func (d *nameDrawer) load() {
	for i := range d.words {
		d.words[i] = binary.LittleEndian.Uint64(d.block[8*i:])
	}
	d.next, d.x, d.left = 0, 0, 0
}

// intn returns a uniform draw from [0, n), n > 0.
func (d *nameDrawer) intn(n int) int {
	need := bits.Len64(uint64(n))
	if d.left-need < 24 {
		if d.next == len(d.words) {
			d.start(d.prf.Sum(drawerRefill, d.block[:]))
		}
		d.x = d.words[d.next]
		d.next++
		d.left = 64
	}
	hi, lo := bits.Mul64(d.x, uint64(n))
	d.x = lo
	d.left -= need
	return int(hi)
}

// appendDigits appends n keyed decimal digits; with nonZero the first is never 0, so that a
// number without a leading zero keeps having none.
func appendDigits(dst []byte, d *nameDrawer, n int, nonZero bool) []byte {
	for i := range n {
		if i == 0 && nonZero {
			dst = append(dst, byte('1'+d.intn(9)))
			continue
		}
		dst = append(dst, byte('0'+d.intn(10)))
	}
	return dst
}

// digitsBits is log2 of the number of n-digit strings appendDigits makes.
func digitsBits(n int, nonZero bool) float64 {
	if n == 0 {
		return 0
	}
	if nonZero {
		return math.Log2(9) + float64(n-1)*math.Log2(10)
	}
	return float64(n) * math.Log2(10)
}

// minNameBits is the smallest space, in bits, a name-like pseudonym is drawn from, so that
// collisions stay negligible (DESIGN.md: 2^40 or more).
const minNameBits = 40

// caseStyle is how a value's letters are cased; a pseudonym takes its input's style.
type caseStyle uint8

const (
	caseLower caseStyle = iota // no upper-case letter (also: no letter at all)
	caseUpper                  // no lower-case letter
	caseTitle                  // every letter run starts upper case and goes on lower case
	caseMixed                  // anything else: JDoe, McDonald, eBay
)

// isNameLetter reports whether c belongs to a letter run: an ASCII letter or any byte of a
// non-ASCII UTF-8 sequence.
func isNameLetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80
}

func isNameDigit(c byte) bool { return c >= '0' && c <= '9' }

// nameRunEnd returns where the run that starts at s[i] ends: a run of letters, a run of
// digits, or any other single byte. Name pseudonyms are built run by run.
func nameRunEnd(s []byte, i int) int {
	c := s[i]
	j := i + 1
	switch {
	case isNameLetter(c):
		for j < len(s) && isNameLetter(s[j]) {
			j++
		}
	case isNameDigit(c):
		for j < len(s) && isNameDigit(s[j]) {
			j++
		}
	}
	return j
}

func caseStyleOf(b []byte) caseStyle {
	var upper, lower bool
	title, inRun := true, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			// A letter beyond ASCII counts by its case: Łukasz is title case, ÖZTÜRK upper.
			r, size := utf8.DecodeRune(b[i:])
			i += size - 1
			switch {
			case unicode.IsUpper(r):
				c = 'A'
			case unicode.IsLower(r):
				c = 'a'
			}
		}
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
			if !inRun {
				title = false
			}
			inRun = true
		case c >= 'A' && c <= 'Z':
			upper = true
			if inRun {
				title = false
			}
			inRun = true
		default:
			inRun = c >= 0x80
		}
	}
	switch {
	case !upper:
		return caseLower
	case !lower:
		return caseUpper
	case title:
		return caseTitle
	}
	return caseMixed
}

// applyCase rewrites the ASCII letters of b, which are lower case, in place to style s.
func applyCase(b []byte, s caseStyle) {
	switch s {
	case caseUpper:
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
	case caseTitle:
		inRun := false
		for i, c := range b {
			if !inRun && c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
			inRun = isNameLetter(c)
		}
	}
}

// appendLower appends b with its ASCII letters in lower case.
func appendLower(dst, b []byte) []byte {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerInPlace lowers the ASCII letters of b.
func lowerInPlace(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// givenNameSet holds the given names of the list in lower case, for lookups.
var givenNameSet = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool)
	for _, g := range wordTablesGet().given {
		set[g] = true
	}
	for _, g := range readWordlist("given-extra.txt") {
		set[g] = true
	}
	return set
})

// givenPrefixes marks the first two letters (lower case ASCII) of the listed given names
// of two letters, and the first three of the longer ones, so that most words are turned
// away before they are folded and looked up (with some 7,000 names, two letters alone
// let most words through).
type givenPrefixTable struct {
	two   [26 * 26]bool
	three [26 * 26 * 26]bool
}

var givenPrefixes = sync.OnceValue(func() *givenPrefixTable {
	t := new(givenPrefixTable)
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	for g := range givenNameSet() {
		switch {
		case len(g) == 2 && isLower(g[0]) && isLower(g[1]):
			t.two[int(g[0]-'a')*26+int(g[1]-'a')] = true
		case len(g) >= 3 && isLower(g[0]) && isLower(g[1]) && isLower(g[2]):
			t.three[(int(g[0]-'a')*26+int(g[1]-'a'))*26+int(g[2]-'a')] = true
		}
	}
	return t
})

// IsGivenName reports whether word, in any case and with or without the diacritics of
// Latin scripts (José, Łukasz, Ümit), is a listed given name: of the list the pseudonyms
// are drawn from, or of given-extra.txt.
func IsGivenName(word []byte) bool {
	if len(word) < 2 || len(word) > 48 {
		return false
	}
	if a, b := word[0]|0x20, word[1]|0x20; a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && word[1] < utf8.RuneSelf {
		if len(word) == 2 {
			if !givenPrefixes().two[int(a-'a')*26+int(b-'a')] {
				return false
			}
		} else if c := word[2] | 0x20; c >= 'a' && c <= 'z' && word[2] < utf8.RuneSelf &&
			!givenPrefixes().three[(int(a-'a')*26+int(b-'a'))*26+int(c-'a')] {
			return false
		}
	}
	var buf [64]byte
	folded, ok := FoldLatin(buf[:0], word)
	if ok && givenNameSet()[string(folded)] {
		return true
	}
	// A compound of two given names (Marie-Thérèse, Hans-Jörg) the list has not whole.
	if h := bytes.IndexByte(word, '-'); h >= 2 && h+3 <= len(word) && bytes.IndexByte(word[h+1:], '-') < 0 {
		return IsGivenName(word[:h]) && IsGivenName(word[h+1:])
	}
	return false
}

// latinBase maps the lower case letters with diacritics of European Latin alphabets to
// the ASCII letters the given-name list writes them with.
var latinBase = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i"}
	for base, letters := range map[string]string{
		"a": "áàâäãåāăą", "c": "çćčĉċ", "d": "ď", "e": "éèêëēĕėęě", "g": "ğĝġģ", "h": "ĥ",
		"i": "íìîïīĩįĭ", "j": "ĵ", "k": "ķ", "l": "ĺľļ", "n": "ñńňņ", "o": "óòôöõōŏő",
		"r": "ŕřŗ", "s": "śšşșŝ", "t": "ťţț", "u": "úùûüūůűųŭũ", "y": "ýÿŷ", "z": "źżž",
		// Vietnamese: the vowels with their tone marks, and ơ, ư.
		"va": "ảạằắẳẵặầấẩẫậ", "ve": "ẻẽẹềếểễệ", "vi": "ỉị", "vo": "ỏọồốổỗộơờớởỡợ",
		"vu": "ủụưừứửữự", "vy": "ỳỷỹỵ",
	} {
		base = strings.TrimPrefix(base, "v") // (a second key for the same letter)
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
