package categories

import (
	"math"
	"strings"

	"golang.org/x/net/publicsuffix"
)

var hostnameInfo = Category{
	Name:        Hostname,
	Risk:        Medium,
	Description: "host names: WKS-042, wks-042.corp.local, syslog header host, shost=",
	Reason:      "a workstation name often names its user or places them in the organisation",
}

var domainInfo = Category{
	Name:        Domain,
	Risk:        Medium,
	Description: "domain names: corp.example.com, with the public suffix kept",
	Reason:      "an internal domain names the organisation the logs come from",
}

// Hostnames makes pseudonyms of DNS labels, host names and domain names.
//
// A label is split into letter runs, digit runs and other bytes (hyphens, underscores),
// which stay where they are. Letter runs become pronounceable pseudo-words (consonant,
// vowel, consonant, ...), digit runs become keyed digits of the same length (no leading zero
// added or removed), and the label keeps its case style (lower, UPPER, Capitalized; mixed
// becomes lower). Under the key 00 01 02 ... 1f:
//
//	WKS-042      -> POVUBIJUF-661   letters lengthened to reach 2^40
//	mail         -> hilesesabowos
//	dc01         -> bawosiwewip88
//	fileserver2  -> segajecarida4
//	www          -> (3 letters)     1 to 3 bytes: a keyed permutation, length kept
//
// A letter of a pseudo-word carries log2(18) or log2(5) bits. Where the label's runs at their
// own lengths give fewer than 2^40 pseudonyms and the label has 4 or more bytes, its letter
// runs are lengthened, the shortest first, one letter at a time, until they give 2^40 or
// more (LabelSpaceBits). Labels of 1 to 3 bytes (ASCII) keep their length and their shape
// (letters, digits, a leading zero, hyphens): their space is too small to draw from
// without collisions (3 letters: 17,576 labels), so they are mapped by a keyed permutation
// of the labels of their shape, and no two share a pseudonym. Longer labels without
// letters keep their length too (digits only: 10^n).
//
// The output is a valid DNS label (letters, digits, hyphens, not starting or ending with a
// hyphen, at most 63 bytes) whenever the input is one. The same label always maps the same
// way, whatever name it is part of, and identity is case-insensitive.
//
// A Hostnames is not safe for concurrent use: each worker makes its own.
type Hostnames struct {
	prf   *PRF
	d     nameDrawer
	lower []byte
	runs  [64]labelRun
	// suffixLen caches the public suffix length of lower-cased names: PublicSuffix
	// allocates on every call (its IP address check builds an error), so a name seen before
	// is looked up here without allocating. Bounded: cleared when full.
	suffixLen map[string]int
	// shortKey keys the permutations of short labels, made when a shape is first seen.
	shortKey   []byte
	shortPerms map[string]*shuffle
	shape      []byte
}

const suffixCacheLimit = 1 << 14

type labelRun struct {
	in, out int // input length, output length (letter runs)
}

// NewHostnames returns the host name pseudonymizer of the keyring.
func NewHostnames(k *Keyring) *Hostnames {
	h := &Hostnames{prf: k.PRF(Hostname), suffixLen: map[string]int{},
		shortKey: k.Subkey(Hostname + "/short"), shortPerms: map[string]*shuffle{}}
	h.d.prf = h.prf
	return h
}

const (
	labelConsonants = "bcdfghjklmnprstvwz"
	labelVowels     = "aeiou"
	// labelMinExtend is the shortest label whose letter runs are lengthened to reach 2^40.
	labelMinExtend = 4
	maxLabelLen    = 63
)

var (
	labelConsonantBits = math.Log2(float64(len(labelConsonants)))
	labelVowelBits     = math.Log2(float64(len(labelVowels)))
)

// pseudoWordBits is log2 of the number of pseudo-words of n letters.
func pseudoWordBits(n int) float64 {
	return float64((n+1)/2)*labelConsonantBits + float64(n/2)*labelVowelBits
}

// planLabel decides the output length of each letter run of the lower-cased label, in
// h.runs, and returns the number of letter runs, or -1 if there are more than fit.
func (h *Hostnames) planLabel(label []byte) int {
	n := 0
	space := 0.0
	outLen := 0
	for i := 0; i < len(label); {
		c := label[i]
		j := nameRunEnd(label, i)
		switch {
		case isNameLetter(c):
			if n == len(h.runs) {
				return -1
			}
			h.runs[n] = labelRun{in: j - i, out: j - i}
			space += pseudoWordBits(j - i)
			n++
		case isNameDigit(c):
			space += digitsBits(j-i, c != '0')
		}
		outLen += j - i
		i = j
	}
	if n == 0 || len(label) < labelMinExtend {
		return n
	}
	for space < minNameBits && outLen < maxLabelLen {
		k := 0
		for r := 1; r < n; r++ {
			if h.runs[r].out < h.runs[k].out {
				k = r
			}
		}
		space -= pseudoWordBits(h.runs[k].out)
		h.runs[k].out++
		space += pseudoWordBits(h.runs[k].out)
		outLen++
	}
	return n
}

// LabelSpaceBits returns log2 of the number of pseudonyms a label of this shape can get.
func LabelSpaceBits(label []byte) float64 {
	var h Hostnames
	if lower := appendLower(nil, label); len(lower) < labelMinExtend {
		if n := h.shortShape(lower); n > 0 {
			return math.Log2(float64(n))
		}
	}
	n := h.planLabel(label)
	space := 0.0
	r := 0
	for i := 0; i < len(label); {
		c := label[i]
		j := nameRunEnd(label, i)
		switch {
		case isNameLetter(c):
			if r < n {
				space += pseudoWordBits(h.runs[r].out)
			}
			r++
		case isNameDigit(c):
			space += digitsBits(j-i, c != '0')
		}
		i = j
	}
	return space
}

// AppendLabel appends the pseudonym of one DNS label or NetBIOS name to dst.
func (h *Hostnames) AppendLabel(dst, label []byte) []byte {
	if len(label) == 0 {
		return dst
	}
	h.lower = appendLower(h.lower[:0], label)
	lower := h.lower
	if len(lower) < labelMinExtend {
		if out, ok := h.appendShortLabel(dst, lower); ok {
			applyCase(out[len(dst):], usernameCase(label))
			return out
		}
	}
	n := h.planLabel(lower)
	if n < 0 {
		n = 0 // absurdly fragmented: every letter run beyond the table keeps its length
	}
	h.d.start(h.prf.Sum(lower))
	start := len(dst)
	r := 0
	for i := 0; i < len(lower); {
		c := lower[i]
		j := nameRunEnd(lower, i)
		switch {
		case isNameLetter(c):
			m := j - i
			if r < n {
				m = h.runs[r].out
			}
			for k := range m {
				if k%2 == 0 {
					dst = append(dst, labelConsonants[h.d.intn(len(labelConsonants))])
				} else {
					dst = append(dst, labelVowels[h.d.intn(len(labelVowels))])
				}
			}
			r++
		case isNameDigit(c):
			dst = appendDigits(dst, &h.d, j-i, c != '0')
		default:
			dst = append(dst, c)
		}
		i = j
	}
	applyCase(dst[start:], usernameCase(label))
	return dst
}

// Position classes of a short label's shape, with the number of values each can take.
const (
	shortLetter  = 'a' // a to z: 26
	shortLeading = '1' // the first digit of a run, not zero: 9
	shortDigit   = '9' // another digit of a run: 10
)

// shortShape writes the shape of a short lower-case label to h.shape: a class per position,
// and a fixed byte (a leading zero, a hyphen) as itself. It returns the number of labels
// of that shape, or 0 when a byte is not ASCII.
func (h *Hostnames) shortShape(lower []byte) int {
	h.shape = h.shape[:0]
	n := 1
	for i, c := range lower {
		switch {
		case c >= 'a' && c <= 'z':
			h.shape = append(h.shape, shortLetter)
			n *= 26
		case isNameDigit(c) && (i == 0 || !isNameDigit(lower[i-1])):
			if c == '0' {
				h.shape = append(h.shape, '0') // no leading zero added or removed
				continue
			}
			h.shape = append(h.shape, shortLeading)
			n *= 9
		case isNameDigit(c):
			h.shape = append(h.shape, shortDigit)
			n *= 10
		case c >= 0x80:
			return 0
		default:
			h.shape = append(h.shape, c)
		}
	}
	return n
}

// appendShortLabel appends the pseudonym of a label of 1 to 3 ASCII bytes: its index among
// the labels of its shape, permuted by a keyed shuffle of that shape, written back in the
// shape. It reports false for a label it does not map (not ASCII).
func (h *Hostnames) appendShortLabel(dst, lower []byte) ([]byte, bool) {
	n := h.shortShape(lower)
	if n == 0 {
		return dst, false
	}
	index := 0
	for i, class := range h.shape {
		switch class {
		case shortLetter:
			index = index*26 + int(lower[i]-'a')
		case shortLeading:
			index = index*9 + int(lower[i]-'1')
		case shortDigit:
			index = index*10 + int(lower[i]-'0')
		}
	}
	if n > 1 {
		perm, ok := h.shortPerms[string(h.shape)]
		if !ok {
			perm = newShuffle(h.prf.Sum([]byte("short label"), h.shape)[:], n)
			h.shortPerms[string(h.shape)] = perm
		}
		index = int(perm.forward[index])
	}
	start := len(dst)
	dst = append(dst, lower...)
	out := dst[start:]
	for i := len(h.shape) - 1; i >= 0; i-- {
		switch h.shape[i] {
		case shortLetter:
			out[i] = byte('a' + index%26)
			index /= 26
		case shortLeading:
			out[i] = byte('1' + index%9)
			index /= 9
		case shortDigit:
			out[i] = byte('0' + index%10)
			index /= 10
		}
	}
	return dst, true
}

// AppendName appends the pseudonym of a short host name or a fully qualified name to dst:
// every label is mapped by AppendLabel except the public suffix, which stays as it was
// (co.uk in corp.example.co.uk). For a top-level domain outside the Public Suffix List
// (.local, .corp, .lan, .internal, .localdomain) the last label stays. A name that is a
// public suffix as a whole stays whole; a name without a dot is one label. Empty labels and a
// trailing dot stay.
func (h *Hostnames) AppendName(dst, name []byte) []byte {
	body := name
	if len(body) > 0 && body[len(body)-1] == '.' {
		body = body[:len(body)-1]
	}
	dot := -1
	for i, c := range body {
		if c == '.' {
			dot = i
			break
		}
	}
	if dot < 0 {
		dst = h.AppendLabel(dst, body)
		return append(dst, name[len(body):]...)
	}
	keep := len(body) - h.publicSuffixLen(body)
	if keep <= 0 {
		return append(dst, name...)
	}
	// body[keep-1] is the dot before the suffix.
	labels := body[:keep-1]
	for len(labels) > 0 {
		i := 0
		for i < len(labels) && labels[i] != '.' {
			i++
		}
		dst = h.AppendLabel(dst, labels[:i])
		if i == len(labels) {
			break
		}
		dst = append(dst, '.')
		labels = labels[i+1:]
	}
	return append(dst, name[keep-1:]...)
}

// publicSuffixLen returns the length of the public suffix of name (no trailing dot).
func (h *Hostnames) publicSuffixLen(name []byte) int {
	h.lower = appendLower(h.lower[:0], name)
	if n, ok := h.suffixLen[string(h.lower)]; ok {
		return n
	}
	// publicsuffix matches lower-case names.
	suffix, icann := publicsuffix.PublicSuffix(string(h.lower))
	if !icann && strings.IndexByte(suffix, '.') < 0 && strings.IndexFunc(suffix, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		// An unlisted last label with a hyphen or a digit is no top-level domain, not
		// even a private one (corp, lan): x.angel-mueller is a login, sw-core.rack-07 a
		// machine's. Every label is mapped.
		suffix = ""
	}
	if len(h.suffixLen) >= suffixCacheLimit {
		clear(h.suffixLen)
	}
	h.suffixLen[string(h.lower)] = len(suffix)
	return len(suffix)
}
