package categories

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
)

// shuffle is a keyed permutation of [0, n) for domains too small for FF1. NIST SP 800-38G
// asks for a domain of at least 1,000,000 values; cycle-walking FF1 over 2^20 down to a
// /24 would take about 4,096 FF1 calls per address, so small classes (a /16, a /24) get a
// Fisher-Yates shuffle driven by AES-CTR under a subkey instead: a uniformly drawn
// permutation, computed once per session and class, invertible by its table.
type shuffle struct {
	forward []uint32
	inverse []uint32
}

func newShuffle(key []byte, n int) *shuffle {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err) // key is always a 32-byte subkey
	}
	stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
	var buf [8]byte
	next := func() uint64 {
		clear(buf[:])
		stream.XORKeyStream(buf[:], buf[:])
		return binary.LittleEndian.Uint64(buf[:])
	}
	s := &shuffle{forward: make([]uint32, n), inverse: make([]uint32, n)}
	for i := range s.forward {
		s.forward[i] = uint32(i)
	}
	for i := n - 1; i > 0; i-- {
		// Rejection sampling keeps every permutation equally likely.
		bound := uint64(i + 1)
		limit := ^uint64(0) - (^uint64(0) % bound)
		r := next()
		for r >= limit {
			r = next()
		}
		j := r % bound
		s.forward[i], s.forward[j] = s.forward[j], s.forward[i]
	}
	for i, v := range s.forward {
		s.inverse[v] = uint32(i)
	}
	return s
}
