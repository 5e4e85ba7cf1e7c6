package ff1

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
)

const (
	minRadix = 2
	maxRadix = 1 << 16
	// minDomain is the smallest radix^len the standard accepts (SP 800-38G Rev. 1, 5.2).
	minDomain = 1_000_000
	// maxLen bounds both the numeral count and the tweak length: each is encoded in
	// four bytes of the P block, so neither may reach 2^32.
	maxLen = 1<<32 - 1
	rounds = 10
)

var (
	errKeyLen   = errors.New("ff1: key must be 16, 24 or 32 bytes")
	errTweakLen = errors.New("ff1: tweak must be shorter than 2^32 bytes")
)

// Cipher is FF1 over numeral strings of any radix in [2, 65536], using math/big where
// needed. It holds no mutable state and is safe for concurrent use.
type Cipher struct {
	block  cipher.Block
	radix  int
	minLen int

	// NUM and STR work a uint64 chunk of chunkDigits numerals at a time rather than
	// one big.Int operation per numeral; chunkPow = radix^chunkDigits.
	chunkDigits int
	chunkPow    uint64
	bigChunk    *big.Int
	bigRadix    *big.Int
}

// NewCipher returns an FF1 cipher for the given radix. The key must be 16, 24 or 32 bytes
// (AES-128, AES-192 or AES-256).
func NewCipher(key []byte, radix int) (*Cipher, error) {
	block, err := newBlock(key)
	if err != nil {
		return nil, err
	}
	if radix < minRadix || radix > maxRadix {
		return nil, fmt.Errorf("ff1: radix %d outside [%d, %d]", radix, minRadix, maxRadix)
	}
	c := &Cipher{block: block, radix: radix, minLen: minLength(radix), bigRadix: big.NewInt(int64(radix))}
	// Largest k with radix^k < 2^64, so one chunk always fits a uint64.
	c.chunkPow = 1
	for c.chunkPow <= (1<<64-1)/uint64(radix) {
		c.chunkPow *= uint64(radix)
		c.chunkDigits++
	}
	c.bigChunk = new(big.Int).SetUint64(c.chunkPow)
	return c, nil
}

func newBlock(key []byte) (cipher.Block, error) {
	switch len(key) {
	case 16, 24, 32:
		return aes.NewCipher(key)
	}
	return nil, errKeyLen
}

// minLength is the smallest numeral count allowed for radix: at least 2, and enough
// that radix^n >= 1,000,000.
func minLength(radix int) int {
	n, p := 0, uint64(1)
	for p < minDomain || n < 2 {
		p *= uint64(radix)
		n++
	}
	return n
}

// Encrypt encrypts the numeral string x under tweak and returns the ciphertext in
// dst[:0] grown to len(x) (dst may be nil, or x itself to encrypt in place).
func (c *Cipher) Encrypt(dst, x []uint16, tweak []byte) ([]uint16, error) {
	return c.crypt(dst, x, tweak, true)
}

// Decrypt reverses Encrypt; dst is used as in Encrypt.
func (c *Cipher) Decrypt(dst, x []uint16, tweak []byte) ([]uint16, error) {
	return c.crypt(dst, x, tweak, false)
}

func (c *Cipher) crypt(dst, x []uint16, tweak []byte, encrypt bool) ([]uint16, error) {
	n := len(x)
	if n < c.minLen {
		return nil, fmt.Errorf("ff1: %d numerals of radix %d is below the minimum of %d (domain must be >= 1,000,000)", n, c.radix, c.minLen)
	}
	if uint64(n) > maxLen {
		return nil, fmt.Errorf("ff1: %d numerals exceeds the maximum of %d", n, uint64(maxLen))
	}
	if uint64(len(tweak)) > maxLen {
		return nil, errTweakLen
	}
	for i, d := range x {
		if int(d) >= c.radix {
			return nil, fmt.Errorf("ff1: numeral %d at index %d is not below radix %d", d, i, c.radix)
		}
	}

	u := n / 2
	v := n - u
	ru := new(big.Int).Exp(c.bigRadix, big.NewInt(int64(u)), nil)
	rv := ru
	if v != u {
		rv = new(big.Int).Mul(ru, c.bigRadix)
	}
	// b = ceil(ceil(v*log2(radix))/8). ceil(log2(N)) is the bit length of N-1, which
	// keeps this exact where floating-point log2 could round the wrong way.
	b := (new(big.Int).Sub(rv, big.NewInt(1)).BitLen() + 7) / 8
	d := 4*((b+3)/4) + 4

	// buf is P || Q. Everything up to the round byte is the same in all ten rounds, so
	// the CBC-MAC over the whole blocks of it is computed once.
	t := len(tweak)
	pad := (16 - (t+b+1)%16) % 16
	buf := make([]byte, 16+t+pad+1+b)
	buf[0], buf[1], buf[2] = 1, 2, 1
	buf[3], buf[4], buf[5] = byte(c.radix>>16), byte(c.radix>>8), byte(c.radix)
	buf[6], buf[7] = 10, byte(u)
	binary.BigEndian.PutUint32(buf[8:], uint32(n))
	binary.BigEndian.PutUint32(buf[12:], uint32(t))
	copy(buf[16:], tweak)
	roundAt := 16 + t + pad
	fixed := roundAt / 16 * 16
	var state [16]byte
	c.cbcMAC(&state, buf[:fixed])

	sBlocks := (d + 15) / 16
	s := make([]byte, sBlocks*16)
	var r [16]byte
	y := new(big.Int)

	// A and B are the two halves; each round computes y from one half and folds it into
	// the other modulo radix^m.
	a, bb := c.num(x[:u]), c.num(x[u:])
	for k := range rounds {
		i := k
		if !encrypt {
			i = rounds - 1 - k
		}
		src := bb // the half fed into the round function
		if !encrypt {
			src = a
		}
		buf[roundAt] = byte(i)
		src.FillBytes(buf[roundAt+1:])
		r = state
		c.cbcMAC(&r, buf[fixed:])
		copy(s, r[:])
		for j := 1; j < sBlocks; j++ {
			// S = R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) || ...
			blk := r
			binary.BigEndian.PutUint64(blk[8:], binary.BigEndian.Uint64(blk[8:])^uint64(j))
			c.block.Encrypt(s[16*j:], blk[:])
		}
		y.SetBytes(s[:d])

		mod := ru
		if i%2 == 1 {
			mod = rv
		}
		if encrypt {
			cc := new(big.Int).Add(a, y)
			cc.Mod(cc, mod)
			a, bb = bb, cc
		} else {
			cc := new(big.Int).Sub(bb, y)
			cc.Mod(cc, mod) // Mod is Euclidean, so the result is never negative
			bb, a = a, cc
		}
	}

	out := slices.Grow(dst[:0], n)[:n]
	c.str(out[:u], a)
	c.str(out[u:], bb)
	return out, nil
}

// cbcMAC runs CBC-MAC over data (a multiple of 16 bytes) continuing from state.
func (c *Cipher) cbcMAC(state *[16]byte, data []byte) {
	for len(data) > 0 {
		for j := range 16 {
			state[j] ^= data[j]
		}
		c.block.Encrypt(state[:], state[:])
		data = data[16:]
	}
}

// num is NUM_radix: the numerals of x read as an integer, most significant first.
func (c *Cipher) num(x []uint16) *big.Int {
	z := new(big.Int)
	var w big.Int
	for len(x) > 0 {
		k := min(c.chunkDigits, len(x))
		var acc, pow uint64 = 0, 1
		for _, d := range x[:k] {
			acc = acc*uint64(c.radix) + uint64(d)
			pow *= uint64(c.radix)
		}
		z.Mul(z, w.SetUint64(pow))
		z.Add(z, w.SetUint64(acc))
		x = x[k:]
	}
	return z
}

// str is STR^m_radix: writes z as len(out) numerals, most significant first. z must
// be below radix^len(out); it is consumed.
func (c *Cipher) str(out []uint16, z *big.Int) {
	var rem big.Int
	pos := len(out)
	for pos > 0 {
		z.QuoRem(z, c.bigChunk, &rem)
		w := rem.Uint64()
		for j := 0; j < c.chunkDigits && pos > 0; j++ {
			pos--
			out[pos] = uint16(w % uint64(c.radix))
			w /= uint64(c.radix)
		}
	}
}
