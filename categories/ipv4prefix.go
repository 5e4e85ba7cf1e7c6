package categories

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"sync"
)

// Prefix-preserving IPv4 pseudonyms, the Crypto-PAn construction (Xu, Fan, Ammar, Moon,
// "Prefix-preserving IP address anonymization", 2002) fitted to the address classes: two
// addresses that share their first n bits get pseudonyms that share their first n bits,
// so subnets survive (all of 10.1.2.0/24 lands in one /24) while every address changes.
//
// Bit i of the host part is flipped by a keyed function of the bits before it: the first
// bit of AES under a subkey, over the class, the position and the original prefix. That
// is a bijection, invertible bit by bit from the top.
//
// Classes stay as in the default mode: a private, CGNAT, link-local or documentation
// block keeps its prefix and its host part is mapped so. For public addresses the first
// octet is permuted among the octets whose /8 is wholly public (a keyed shuffle), and the
// lower 24 bits are mapped so, under the original first octet; the six octets that are
// public only in part (100, 169, 172, 192, 198, 203) keep their value, and an address
// whose lower bits land in one of their special blocks is mapped again until it lands
// outside (cycle-walking: its prefix relations to the others are lost, a few percent of
// those octets only). Prefixes are thus kept from the octet boundary down, within the
// public space.

// ipv4PrefixKeys is what the workers of a session share in prefix mode.
type ipv4PrefixKeys struct {
	block  cipher.Block
	once   sync.Once
	octets *shuffle // over the wholly public first octets, by their index in publicOctets
}

// publicOctets lists the first octets whose /8 holds only public addresses, and
// publicOctetIndex each one's place in it (-1 for the others).
var publicOctets, publicOctetIndex = func() ([]byte, [256]int) {
	var list []byte
	var index [256]int
	for o := range 256 {
		index[o] = -1
		whole := true
		for _, c := range ipv4Classes {
			// A class overlaps the /8 when their prefixes agree on the shorter length.
			shorter := min(c.length, 8)
			if uint32(o)>>(8-shorter) == c.prefix>>(32-shorter) {
				whole = false
				break
			}
		}
		if whole {
			index[o] = len(list)
			list = append(list, byte(o))
		}
	}
	return list, index
}()

func newIPv4PrefixKeys(k *Keyring) *ipv4PrefixKeys {
	block, err := aes.NewCipher(k.Subkey(IPv4 + "/prefix"))
	if err != nil {
		panic(err) // a subkey is always 32 bytes
	}
	return &ipv4PrefixKeys{block: block}
}

func (p *ipv4PrefixKeys) octetShuffle(k *Keyring) *shuffle {
	p.once.Do(func() { p.octets = newShuffle(k.Subkey(IPv4+"/prefix/octets"), len(publicOctets)) })
	return p.octets
}

// flipBits maps the low bits of x (a host part of `bits` bits) prefix-preservingly, or
// inverts that mapping. domain tells the classes and public octets apart.
func (p *ipv4PrefixKeys) flipBits(x uint32, bits int, domain uint16, inverse bool) uint32 {
	var in, out [aes.BlockSize]byte
	binary.BigEndian.PutUint16(in[0:2], domain)
	var result, original uint32 // original: the input's bits decided so far
	for i := range bits {
		shift := bits - 1 - i
		// The prefix before bit i, of the original address.
		in[2] = byte(i)
		binary.BigEndian.PutUint32(in[3:7], original)
		p.block.Encrypt(out[:], in[:])
		flip := uint32(out[0] >> 7)
		bit := x >> shift & 1
		outBit := bit ^ flip
		result |= outBit << shift
		if inverse {
			original |= outBit << shift // x is a pseudonym: its bit flipped back
		} else {
			original |= bit << shift
		}
	}
	if inverse {
		return original
	}
	return result
}

// permutePrefix is permute in prefix mode.
func (p *IPv4Mapper) permutePrefix(x uint32, inverse bool) uint32 {
	pk := p.shared.prefix
	class := ipv4ClassOf(x)
	if class != ipv4PublicClass {
		c := ipv4Classes[class]
		if c.keep {
			return x
		}
		hostBits := 32 - c.length
		mask := uint32(1)<<hostBits - 1
		return c.prefix | pk.flipBits(x&mask, hostBits, uint16(class), inverse)
	}
	octet := byte(x >> 24)
	if i := publicOctetIndex[octet]; i >= 0 {
		s := pk.octetShuffle(p.shared.keyring)
		var mapped byte
		var original byte // the first octet the lower bits are keyed by
		if inverse {
			original = publicOctets[s.inverse[i]]
			mapped = original
		} else {
			original = octet
			mapped = publicOctets[s.forward[i]]
		}
		low := pk.flipBits(x&0xffffff, 24, 0x100|uint16(original), inverse)
		return uint32(mapped)<<24 | low
	}
	// A first octet that is public only in part: it stays, and the lower bits walk
	// until the address is public again.
	for {
		x = uint32(octet)<<24 | pk.flipBits(x&0xffffff, 24, 0x100|uint16(octet), inverse)
		if ipv4ClassOf(x) == ipv4PublicClass {
			return x
		}
	}
}
