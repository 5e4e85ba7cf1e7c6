package categories

import "math"

var fullnameInfo = Category{
	Name:        Fullname,
	Risk:        High,
	Description: "personal names: John Smith, Smith, John, CN=John Smith",
	Reason:      "a full name identifies a person directly",
}

// Fullnames makes pseudonyms of personal names. The words of a name (split at spaces, tabs
// and commas, which stay) keep their number and layout; a given name becomes a given name
// from the list, a surname a generated surname, an initial ("A" or "A.") another initial.
// Under the key 00 01 02 ... 1f:
//
//	John Smith     -> Marcel Triliedale
//	Smith, John    -> Triliedale, Marcel   (the same person: same pseudonym, same layout)
//	JOHN SMITH     -> MARCEL TRILIEDALE
//	John A. Smith  -> Igor S. Cralatora
//
// Without a comma the last word is the surname and the others given names or initials;
// with a comma after the first word, the first word is the surname. One word alone is taken
// as a surname. Inside a word, hyphens and apostrophes stay and each letter run is a name of
// the word's kind (Smith-Jones -> Phoffibrier-Drinseannillo); digits become keyed digits.
//
// Identity is case-insensitive and follows the name, not its layout: "Smith, John" and
// "John Smith" get the same given name and surname. A two-word name is drawn from
// len(given) x surnames, over 2^40 (FullnameSpaceBits). Output case follows the input: all
// lower, ALL UPPER, otherwise Capitalized.
//
// A Fullnames is not safe for concurrent use: each worker makes its own.
type Fullnames struct {
	prf   *PRF
	d     nameDrawer
	w     *wordTables
	key   []byte
	gen   []byte
	words [maxNameWords]nameWord
	order [maxNameWords]int
}

type nameWord struct {
	start, end   int // in the input
	genStart     int // in gen
	genEnd       int
	role         nameRole
	letters      int
	initialOnly  bool
	commaFollows bool
}

type nameRole uint8

const (
	roleGiven nameRole = iota
	roleSurname
	roleInitial
)

// maxNameWords is the most words a name is parsed into; in a longer value the words from the
// last one on are taken as one surname word (no real name has that many words).
const maxNameWords = 16

// NewFullnames returns the full name pseudonymizer of the keyring.
func NewFullnames(k *Keyring) *Fullnames {
	f := &Fullnames{prf: k.PRF(Fullname), w: wordTablesGet()}
	f.d.prf = f.prf
	return f
}

func isNameSpace(c byte) bool { return c == ' ' || c == '\t' || c == ',' }

// Identity returns what the last Append derived its pseudonym from: the name's words in
// canonical order, lower case ("Smith, John" and "john smith" are one person). It is
// empty when Append kept the name, and valid until the next Append.
func (f *Fullnames) Identity() []byte { return f.key }

// Append appends the pseudonym of name to dst.
func (f *Fullnames) Append(dst, name []byte) []byte {
	f.key = f.key[:0]
	n := 0
	for i := 0; i < len(name); {
		if isNameSpace(name[i]) {
			if name[i] == ',' && n > 0 {
				f.words[n-1].commaFollows = true
			}
			i++
			continue
		}
		j := i
		letters := 0
		for j < len(name) && !isNameSpace(name[j]) {
			if isNameLetter(name[j]) {
				letters++
			}
			j++
		}
		if n == maxNameWords {
			// Fold the rest into the last word: no real name has this many words.
			f.words[n-1].end = len(name)
			break
		}
		f.words[n] = nameWord{start: i, end: j, letters: letters}
		n++
		i = j
	}
	if n == 0 {
		return append(dst, name...)
	}
	// Canonical order: given names first, surname last.
	for i := range n {
		f.order[i] = i
	}
	if n > 1 && f.words[0].commaFollows {
		for i := 1; i < n; i++ {
			f.order[i-1] = i
		}
		f.order[n-1] = 0
	}
	for i := range n {
		w := &f.words[f.order[i]]
		switch {
		case i == n-1:
			w.role = roleSurname
		case w.letters == 1 && isInitial(name[w.start:w.end]):
			w.role = roleInitial
		default:
			w.role = roleGiven
		}
	}
	// The key: the words in canonical order, lower case, initials without their dot.
	f.key = f.key[:0]
	for i := range n {
		w := &f.words[f.order[i]]
		if i > 0 {
			f.key = append(f.key, ' ')
		}
		word := name[w.start:w.end]
		if w.role == roleInitial && len(word) == 2 {
			word = word[:1]
		}
		f.key = appendLower(f.key, word)
	}
	f.d.start(f.prf.Sum(f.key))
	f.gen = f.gen[:0]
	for i := range n {
		w := &f.words[f.order[i]]
		w.genStart = len(f.gen)
		f.gen = f.appendWord(f.gen, name[w.start:w.end], w.role)
		w.genEnd = len(f.gen)
	}
	start := len(dst)
	prev := 0
	for i := range n {
		w := &f.words[i]
		dst = append(dst, name[prev:w.start]...)
		dst = append(dst, f.gen[w.genStart:w.genEnd]...)
		prev = w.end
	}
	dst = append(dst, name[prev:]...)
	s := caseStyleOf(name)
	if s == caseMixed || !hasASCIILetter(name) {
		s = caseTitle // a name in a script without case (李娜) gets a name's usual case
	}
	applyCase(dst[start:], s)
	return dst
}

func hasASCIILetter(b []byte) bool {
	for _, c := range b {
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			return true
		}
	}
	return false
}

// isInitial reports whether word is one letter, or one letter and a dot.
func isInitial(word []byte) bool {
	return len(word) == 1 && isNameLetter(word[0]) && word[0] < 0x80 ||
		len(word) == 2 && word[0] < 0x80 && isNameLetter(word[0]) && word[1] == '.'
}

// appendWord appends the lower-case pseudonym of one word of a name.
func (f *Fullnames) appendWord(dst, word []byte, role nameRole) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		j := nameRunEnd(word, i)
		switch {
		case isNameLetter(c):
			switch {
			case role == roleInitial || j-i == 1:
				// Initials, and one-letter parts such as the O of O'Brien.
				dst = append(dst, byte('a'+f.d.intn(26)))
			case role == roleGiven:
				dst = f.w.appendGiven(dst, &f.d)
			default:
				dst = f.w.appendSurname(dst, &f.d)
			}
		case isNameDigit(c):
			dst = appendDigits(dst, &f.d, j-i, c != '0')
		default:
			dst = append(dst, c)
		}
		i = j
	}
	return dst
}

// FullnameSpaceBits is log2 of the number of pseudonyms of a two-word name (given name and
// surname).
func FullnameSpaceBits() float64 {
	w := wordTablesGet()
	return math.Log2(float64(len(w.given)) * w.surnameCount())
}
