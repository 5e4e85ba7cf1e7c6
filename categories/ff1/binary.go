package ff1

import (
	"crypto/cipher"
	"encoding/binary"
	"fmt"
)

// Uint128 is a 128-bit unsigned integer.
type Uint128 struct{ Hi, Lo uint64 }

// pCacheLen is how many tweak lengths (0 .. pCacheLen-1) get CIPH(P) precomputed.
const pCacheLen = 33

// Binary is FF1 with radix 2 over n-bit integers (20 <= n <= 128), with no math/big and
// no allocation per call: the hot path of IPv4, MAC, IPv6 and SID pseudonyms.
//
// Binary.Encrypt(x) equals Cipher (radix 2) encrypting the n bits of x, most
// significant bit first. Bits of x above n are ignored.
//
// A Binary is NOT safe for concurrent use: it keeps a scratch block in the struct,
// because a stack buffer passed through the cipher.Block interface escapes to the heap
// and would cost an allocation per call. Use one Binary per goroutine.
type Binary struct {
	block cipher.Block
	n     int
	v     int // bits in the right half B; the left half A has n-v
	b     int // bytes of NUM(B) in Q: ceil(v/8), at most 8
	yOff  int // R[yOff:yOff+8] holds the low 64 bits of y = NUM(S), S = R[:d]

	maskU, maskV uint64
	// pState[t] is CIPH(P) for a t-byte tweak: P depends only on n and t, so this
	// saves one AES call per Encrypt for the common short tweaks.
	pState [pCacheLen][16]byte
	buf    [16]byte
}

// NewBinary returns FF1 over bits-bit integers. The key must be 16, 24 or 32 bytes;
// bits must be in [20, 128] (20 is the standard's 1,000,000-value minimum for radix 2).
func NewBinary(key []byte, bits int) (*Binary, error) {
	block, err := newBlock(key)
	if err != nil {
		return nil, err
	}
	if bits < 20 || bits > 128 {
		return nil, fmt.Errorf("ff1: binary width %d outside [20, 128]", bits)
	}
	u := bits / 2
	v := bits - u
	b := (v + 7) / 8
	d := 4*((b+3)/4) + 4 // 8 or 12: S is always within the first block R
	k := &Binary{block: block, n: bits, v: v, b: b, yOff: d - 8, maskU: mask(u), maskV: mask(v)}
	for t := range pCacheLen {
		k.pBlock(&k.pState[t], t)
		block.Encrypt(k.pState[t][:], k.pState[t][:])
	}
	return k, nil
}

func mask(bits int) uint64 {
	if bits >= 64 {
		return ^uint64(0)
	}
	return 1<<bits - 1
}

// pBlock writes the FF1 P block for radix 2, n bits and a t-byte tweak.
func (k *Binary) pBlock(p *[16]byte, t int) {
	*p = [16]byte{1, 2, 1, 0, 0, 2, 10, byte(k.n / 2)}
	binary.BigEndian.PutUint32(p[8:], uint32(k.n))
	binary.BigEndian.PutUint32(p[12:], uint32(t))
}

// Bits returns n, the width of the integers this Binary permutes.
func (k *Binary) Bits() int { return k.n }

// prefix returns the CBC-MAC state of P || Q up to, and XORed with, the part of Q's
// last block that precedes the round number: that is the same for all ten rounds, so
// each round then costs a single AES call.
func (k *Binary) prefix(tweak []byte) (hi, lo uint64) {
	t := len(tweak)
	if t < pCacheLen {
		k.buf = k.pState[t]
	} else {
		k.pBlock(&k.buf, t)
		k.block.Encrypt(k.buf[:], k.buf[:])
	}
	// Q = T || 0^pad || [i]^1 || [NUM(B)]^b is a whole number of blocks, and since
	// b+1 <= 9, [i] and NUM(B) always sit in its last block.
	qBlocks := (t + k.b + 1 + 15) / 16
	rest := tweak
	for range qBlocks - 1 {
		nb := min(16, len(rest))
		for j := range nb {
			k.buf[j] ^= rest[j]
		}
		rest = rest[nb:]
		k.block.Encrypt(k.buf[:], k.buf[:])
	}
	for j := range rest {
		k.buf[j] ^= rest[j]
	}
	return binary.BigEndian.Uint64(k.buf[:8]), binary.BigEndian.Uint64(k.buf[8:])
}

// y returns NUM(S) mod 2^64 for round i with right-hand input x: only the low m <= 64
// bits of y matter, because the round adds it modulo 2^m.
func (k *Binary) y(hi, lo uint64, i int, x uint64) uint64 {
	if k.b == 8 {
		hi ^= uint64(i)
	} else {
		lo ^= uint64(i) << (8 * k.b)
	}
	lo ^= x // NUM(B) in b big-endian bytes is the low 8b bits of the block
	binary.BigEndian.PutUint64(k.buf[:8], hi)
	binary.BigEndian.PutUint64(k.buf[8:], lo)
	k.block.Encrypt(k.buf[:], k.buf[:])
	return binary.BigEndian.Uint64(k.buf[k.yOff:])
}

// split returns A (the high n-v bits of x) and B (the low v bits).
func (k *Binary) split(x Uint128) (a, b uint64) {
	if k.v == 64 {
		return x.Hi & k.maskU, x.Lo
	}
	return (x.Lo>>k.v | x.Hi<<(64-k.v)) & k.maskU, x.Lo & k.maskV
}

func (k *Binary) join(a, b uint64) Uint128 {
	if k.v == 64 {
		return Uint128{Hi: a, Lo: b}
	}
	return Uint128{Hi: a >> (64 - k.v), Lo: a<<k.v | b}
}

// Encrypt returns the FF1 encryption of the low n bits of x under tweak; the result is
// below 2^n. The tweak must be shorter than 2^32 bytes.
func (k *Binary) Encrypt(x Uint128, tweak []byte) Uint128 {
	hi, lo := k.prefix(tweak)
	a, b := k.split(x)
	for i := range rounds {
		m := k.maskU
		if i%2 == 1 {
			m = k.maskV
		}
		a, b = b, (a+k.y(hi, lo, i, b))&m
	}
	return k.join(a, b)
}

// Decrypt reverses Encrypt.
func (k *Binary) Decrypt(x Uint128, tweak []byte) Uint128 {
	hi, lo := k.prefix(tweak)
	a, b := k.split(x)
	for i := rounds - 1; i >= 0; i-- {
		m := k.maskU
		if i%2 == 1 {
			m = k.maskV
		}
		a, b = (b-k.y(hi, lo, i, a))&m, a
	}
	return k.join(a, b)
}

// Encrypt64 is Encrypt for widths up to 64 bits. It panics if Bits() > 64, since the
// result would not fit: that is a programming error, not a data error.
func (k *Binary) Encrypt64(x uint64, tweak []byte) uint64 {
	k.need64()
	return k.Encrypt(Uint128{Lo: x}, tweak).Lo
}

// Decrypt64 is Decrypt for widths up to 64 bits; it panics if Bits() > 64.
func (k *Binary) Decrypt64(x uint64, tweak []byte) uint64 {
	k.need64()
	return k.Decrypt(Uint128{Lo: x}, tweak).Lo
}

func (k *Binary) need64() {
	if k.n > 64 {
		panic(fmt.Sprintf("ff1: Encrypt64/Decrypt64 on a %d-bit Binary", k.n))
	}
}
