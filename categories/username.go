package categories

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"math"
)

var usernameInfo = Category{
	Name:        Username,
	Risk:        High,
	Description: "account names: jdoe, CORP\\jdoe, jdoe@CORP.LOCAL, user=, Account Name:",
	Reason:      "an account name points at one person directly",
}

// Usernames makes username pseudonyms. A username is split into letter runs, digit runs and
// separators; separators stay, letter runs become a realistic person's name, digit runs
// become keyed digits of the same length (outputs under the key 00 01 02 ... 1f):
//
//	jdoe        -> ykrorannitz43       one short letter run: initial + surname (+ digits)
//	johnsmith   -> ludwigpaurrairrick  one letter run of 7 or more: given name + surname
//	john.smith  -> darcy.stirlumenko   the last run is a surname, earlier runs given names,
//	j_smith     -> m_storkallello59    or an initial where the run is one letter
//	admin01     -> dthauvakees36       digit runs: keyed digits, no leading zero added
//	1001        -> 4992                all digits: a keyed permutation of that length
//
// When a shape's letters and digits give fewer than 2^40 possible pseudonyms, keyed digits are
// added at the end until they give more (UsernameSpaceBits). Identity is case-insensitive
// (JDOE, jdoe and JDoe are one person); the output takes the input's case: all lower, ALL
// UPPER, Capitalized runs, anything else lower.
//
// A Usernames is not safe for concurrent use: each worker makes its own.
type Usernames struct {
	prf    *PRF
	d      nameDrawer
	w      *wordTables
	lower  []byte
	digits digitPermutation
}

// NewUsernames returns the username pseudonymizer of the keyring.
func NewUsernames(k *Keyring) *Usernames {
	u := &Usernames{prf: k.PRF(Username), w: wordTablesGet()}
	u.d.prf = u.prf
	u.digits.init(k.Subkey(Username + "/digits"))
	return u
}

// usernameShortRun is the longest single letter run that becomes initial + surname; longer
// ones become given name + surname.
const usernameShortRun = 6

// Append appends the pseudonym of name to dst. An empty name appends nothing. A machine
// account's trailing $ is the caller's to strip and put back.
func (u *Usernames) Append(dst, name []byte) []byte {
	if len(name) == 0 {
		return dst
	}
	u.lower = appendLower(u.lower[:0], name)
	lower := u.lower
	runs, allDigits := 0, true
	for i, c := range lower {
		if isNameLetter(c) {
			allDigits = false
			if i == 0 || !isNameLetter(lower[i-1]) {
				runs++
			}
		} else if !isNameDigit(c) {
			allDigits = false
		}
	}
	if allDigits && len(lower) <= maxPermutedDigits {
		return u.digits.appendPermuted(dst, lower)
	}
	u.d.start(u.prf.Sum(lower))
	start := len(dst)
	if isHexID(lower) {
		// An account's object id (Entra ID's GUIDs, a database's user_id): keyed hex
		// digits in the same places, not a name made of its letter runs.
		for _, c := range lower {
			if c == '-' || c == '{' || c == '}' {
				dst = append(dst, c)
			} else {
				dst = append(dst, "0123456789abcdef"[u.d.intn(16)])
			}
		}
		applyCase(dst[start:], usernameCase(name))
		return dst
	}
	run := 0
	space := 0.0
	for i := 0; i < len(lower); {
		c := lower[i]
		j := nameRunEnd(lower, i)
		switch {
		case isNameLetter(c):
			var bits float64
			dst, bits = u.appendRun(dst, run, runs, j-i)
			space += bits
			run++
		case isNameDigit(c):
			dst = appendDigits(dst, &u.d, j-i, c != '0')
			space += digitsBits(j-i, c != '0')
		default:
			dst = append(dst, c)
		}
		i = j
	}
	if space < minNameBits {
		dst = appendDigits(dst, &u.d, extraDigits(space), false)
	}
	applyCase(dst[start:], usernameCase(name))
	return dst
}

// appendRun appends the pseudonym of letter run number run (of runs) with n bytes, and
// returns log2 of the number of values it could have been.
func (u *Usernames) appendRun(dst []byte, run, runs, n int) ([]byte, float64) {
	w := u.w
	switch {
	case runs == 1 && n <= usernameShortRun:
		dst = append(dst, byte('a'+u.d.intn(26)))
		return w.appendSurname(dst, &u.d), math.Log2(26) + math.Log2(w.surnameCount())
	case runs == 1:
		dst = w.appendGiven(dst, &u.d)
		return w.appendSurname(dst, &u.d), math.Log2(float64(len(w.given))) + math.Log2(w.surnameCount())
	case run == runs-1:
		return w.appendSurname(dst, &u.d), math.Log2(w.surnameCount())
	case n == 1:
		return append(dst, byte('a'+u.d.intn(26))), math.Log2(26)
	}
	return w.appendGiven(dst, &u.d), math.Log2(float64(len(w.given)))
}

// extraDigits is the number of digits that lift a space of the given bits to minNameBits.
func extraDigits(space float64) int {
	return int(math.Ceil((minNameBits - space) / math.Log2(10)))
}

// usernameCase is the case style a username pseudonym takes: mixed case becomes lower.
func usernameCase(name []byte) caseStyle {
	s := caseStyleOf(name)
	if s == caseMixed {
		return caseLower
	}
	return s
}

// UsernameSpaceBits returns log2 of the number of pseudonyms a username of name's shape can
// get (its letter runs, digit runs and separators). For all-digit names it is the number of
// numbers of that length; for any other shape it is at least 40.
func UsernameSpaceBits(name []byte) float64 {
	w := wordTablesGet()
	runs, allDigits := 0, true
	for i, c := range name {
		if isNameLetter(c) {
			allDigits = false
			if i == 0 || !isNameLetter(name[i-1]) {
				runs++
			}
		} else if !isNameDigit(c) {
			allDigits = false
		}
	}
	if len(name) == 0 {
		return 0
	}
	if allDigits && len(name) <= maxPermutedDigits {
		return math.Log2(float64(digitDomain(name)))
	}
	space, run := 0.0, 0
	surname := math.Log2(w.surnameCount())
	for i := 0; i < len(name); {
		c := name[i]
		j := nameRunEnd(name, i)
		switch {
		case isNameLetter(c):
			switch {
			case runs == 1 && j-i <= usernameShortRun:
				space += math.Log2(26) + surname
			case runs == 1:
				space += math.Log2(float64(len(w.given))) + surname
			case run == runs-1:
				space += surname
			case j-i == 1:
				space += math.Log2(26)
			default:
				space += math.Log2(float64(len(w.given)))
			}
			run++
		case isNameDigit(c):
			space += digitsBits(j-i, c != '0')
		}
		i = j
	}
	if space < minNameBits {
		space += float64(extraDigits(space)) * math.Log2(10)
	}
	return space
}

// maxPermutedDigits is the longest all-digit username mapped by digitPermutation; longer
// ones (19 digits or more, a space of 2^60 and up) get keyed digits.
const maxPermutedDigits = 18

// digitPermutation maps an all-digit string to another of the same length, one to one: uid
// 1001 and uid 1002 never share a pseudonym. A number without a leading zero keeps having
// none: leading zeros stay, and the m digits after them are permuted over [10^(m-1), 10^m)
// (tweaked by the number of zeros); all zeros stay. The permutation is an 8-round balanced Feistel
// network over the smallest even number of bits that holds the domain, with AES-256 as round
// function, tweaked by the domain, and cycle-walking back into the domain.
type digitPermutation struct {
	block cipher.Block
	in    [16]byte
	out   [16]byte
}

func (p *digitPermutation) init(key []byte) {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(err) // the key is 32 bytes
	}
	p.block = b
}

// digitDomain is the size of the class of an all-digit string of length <= 18: its leading
// zeros stay, and what follows them is a number of the same length without a leading zero.
func digitDomain(s []byte) uint64 {
	z := 0
	for z < len(s)-1 && s[z] == '0' {
		z++
	}
	if s[z] == '0' {
		return 1 // all zeros
	}
	n := len(s) - z
	return pow10(n) - pow10(n-1)
}

func pow10(n int) uint64 {
	x := uint64(1)
	for range n {
		x *= 10
	}
	return x
}

func (p *digitPermutation) appendPermuted(dst, s []byte) []byte {
	z := 0
	for z < len(s)-1 && s[z] == '0' {
		z++
	}
	dst = append(dst, s[:z]...)
	rest := s[z:]
	if rest[0] == '0' {
		return append(dst, '0') // all zeros
	}
	var x uint64
	for _, c := range rest {
		x = x*10 + uint64(c-'0')
	}
	n := len(rest)
	lo := pow10(n - 1)
	y := p.permute(x-lo, pow10(n)-lo, [7]byte{byte(n), byte(z)}) + lo
	start := len(dst)
	for range n {
		dst = append(dst, '0')
	}
	for i := start + n - 1; i >= start; i-- {
		dst[i] = byte('0' + y%10)
		y /= 10
	}
	return dst
}

// permute maps x in [0, size) to [0, size), under a tweak of 7 bytes.
func (p *digitPermutation) permute(x, size uint64, tweak [7]byte) uint64 {
	h, mask := p.setup(size, tweak)
	for {
		l, r := x>>h, x&mask
		for round := range 8 {
			l, r = r, l^p.round(round, r, mask)
		}
		x = l<<h | r
		if x < size {
			return x
		}
	}
}

// unpermute is the inverse of permute: the rounds run backwards, and the walk goes back
// through the values outside [0, size) that permute walked through.
func (p *digitPermutation) unpermute(y, size uint64, tweak [7]byte) uint64 {
	h, mask := p.setup(size, tweak)
	for {
		l, r := y>>h, y&mask
		for round := 7; round >= 0; round-- {
			l, r = r^p.round(round, l, mask), l
		}
		y = l<<h | r
		if y < size {
			return y
		}
	}
}

// setup returns the half width of the smallest even number of bits that holds size, and
// its mask, and puts the tweak in the round function's input block.
func (p *digitPermutation) setup(size uint64, tweak [7]byte) (uint, uint64) {
	w := 2
	for uint64(1)<<w < size {
		w += 2
	}
	h := uint(w / 2)
	copy(p.in[1:8], tweak[:])
	return h, uint64(1)<<h - 1
}

// round is the Feistel round function: AES of the round, the tweak and the half r.
func (p *digitPermutation) round(round int, r, mask uint64) uint64 {
	p.in[0] = byte(round)
	binary.BigEndian.PutUint64(p.in[8:], r)
	p.block.Encrypt(p.out[:], p.in[:])
	return binary.BigEndian.Uint64(p.out[:8]) & mask
}

// isHexID reports an opaque id of hex digits: a GUID (8-4-4-4-12, in braces or not), a
// MongoDB ObjectId, an Auth0 user's hex part. At least 16 hex digits, a decimal digit
// among them (no word is taken for one) and a letter (a long number stays digits).
func isHexID(v []byte) bool {
	if len(v) > 2 && v[0] == '{' && v[len(v)-1] == '}' {
		v = v[1 : len(v)-1]
	}
	hex, digit, letter := 0, false, false
	for i, c := range v {
		switch {
		case c >= '0' && c <= '9':
			digit = true
			hex++
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			letter = true
			hex++
		case c == '-' && i > 0 && i < len(v)-1 && v[i-1] != '-':
		default:
			return false
		}
	}
	return hex >= 16 && digit && letter
}
