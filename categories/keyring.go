package categories

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
)

// KeySize is the length of a session key in bytes (256 bits).
const KeySize = 32

// Keyring holds a session key and derives one independent subkey per purpose, so that a
// pseudonym of one category says nothing about another's.
type Keyring struct {
	master [KeySize]byte
}

// NewKeyring takes a 32-byte session key. The slice is copied.
func NewKeyring(key []byte) (*Keyring, error) {
	if len(key) != KeySize {
		return nil, errors.New("key must be 32 bytes")
	}
	k := &Keyring{}
	copy(k.master[:], key)
	return k, nil
}

// Subkey derives the 32-byte subkey for a purpose (usually a category name) with HKDF-SHA256.
func (k *Keyring) Subkey(purpose string) []byte {
	sub, err := hkdf.Key(sha256.New, k.master[:], []byte("siemanon v1"), purpose, KeySize)
	if err != nil {
		// hkdf.Key fails only for output lengths above 255*32 bytes.
		panic(err)
	}
	return sub
}

// PRF returns a keyed pseudorandom function for a purpose: HMAC-SHA256 under its subkey.
func (k *Keyring) PRF(purpose string) *PRF {
	return &PRF{mac: hmac.New(sha256.New, k.Subkey(purpose))}
}

// PRF is HMAC-SHA256 under one subkey. It is not safe for concurrent use: each worker
// makes its own.
type PRF struct {
	mac hash.Hash
	sum [sha256.Size]byte
	n   [4]byte // a field, not a local: passed to Write it would escape to the heap
}

// Sum returns the 32-byte PRF value of the parts, each length-prefixed so that
// ("ab","c") and ("a","bc") differ. The result is valid until the next call.
func (p *PRF) Sum(parts ...[]byte) *[sha256.Size]byte {
	p.mac.Reset()
	for _, part := range parts {
		binary.BigEndian.PutUint32(p.n[:], uint32(len(part)))
		p.mac.Write(p.n[:])
		p.mac.Write(part)
	}
	p.mac.Sum(p.sum[:0])
	return &p.sum
}
