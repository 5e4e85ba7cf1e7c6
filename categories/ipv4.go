package categories

import (
	"encoding/binary"
	"sync"

	"github.com/siemanon/siemanon/categories/ff1"
)

// IPv4 addresses are found by their dotted-quad syntax (the scanner checks the boundaries:
// `10.1.2.3`, `10.1.2.3:80`, `SRC=10.1.2.3`, `::ffff:10.1.2.3`) and mapped by a keyed
// permutation that keeps the address class: every special block below maps onto itself,
// the rest of the space (public addresses) maps onto the rest. Addresses that name no host
// (loopback, this-network, multicast, reserved, broadcast) stay.

var ipv4Info = Category{
	Name:        IPv4,
	Risk:        High,
	Description: "IPv4 addresses; the class (RFC 1918 block, CGNAT, link-local, documentation, public) is kept",
	Reason:      "IP addresses are personal data under the GDPR (CJEU C-582/14, Breyer)",
}

// ipv4Class is a block whose addresses map onto the same block.
type ipv4Class struct {
	prefix uint32
	length int // prefix length in bits
	keep   bool
}

func (c ipv4Class) contains(a uint32) bool {
	return c.length == 0 || a>>(32-c.length) == c.prefix>>(32-c.length)
}

// ipv4Classes lists the blocks with their own mapping, most specific first. Anything not
// listed is public and maps to another public address.
var ipv4Classes = []ipv4Class{
	{prefix: 0x00000000, length: 8, keep: true}, // 0.0.0.0/8 this network
	{prefix: 0x7f000000, length: 8, keep: true}, // 127.0.0.0/8 loopback
	{prefix: 0xe0000000, length: 4, keep: true}, // 224.0.0.0/4 multicast
	{prefix: 0xf0000000, length: 4, keep: true}, // 240.0.0.0/4 reserved, with 255.255.255.255
	{prefix: 0x0a000000, length: 8},             // 10.0.0.0/8
	{prefix: 0xac100000, length: 12},            // 172.16.0.0/12
	{prefix: 0xc0a80000, length: 16},            // 192.168.0.0/16
	{prefix: 0x64400000, length: 10},            // 100.64.0.0/10 shared address space (CGNAT)
	{prefix: 0xa9fe0000, length: 16},            // 169.254.0.0/16 link-local
	{prefix: 0xc0000200, length: 24},            // 192.0.2.0/24 TEST-NET-1
	{prefix: 0xc6336400, length: 24},            // 198.51.100.0/24 TEST-NET-2
	{prefix: 0xcb007100, length: 24},            // 203.0.113.0/24 TEST-NET-3
	{prefix: 0xc6120000, length: 15},            // 198.18.0.0/15 benchmarking
	{prefix: 0xc0000000, length: 24},            // 192.0.0.0/24 IETF protocol assignments
}

// ipv4PublicClass stands for everything that no other class contains.
const ipv4PublicClass = -1

func ipv4ClassOf(a uint32) int {
	for i, c := range ipv4Classes {
		if c.contains(a) {
			return i
		}
	}
	return ipv4PublicClass
}

// ipv4MinFF1Bits is the smallest host part FF1 may permute: 2^20 >= 1,000,000.
const ipv4MinFF1Bits = 20

// ipv4Keys holds what every worker of a session shares: the class permutations. Shuffle
// tables are built on first use, once.
type ipv4Keys struct {
	keyring  *Keyring
	key      []byte
	once     []sync.Once
	shuffles []*shuffle
	prefix   *ipv4PrefixKeys // set in prefix-preserving mode
}

// IPv4Mapper maps IPv4 addresses for one worker. It is not safe for concurrent use.
type IPv4Mapper struct {
	shared *ipv4Keys
	ff1    map[int]*ff1.Binary // by host bits
	cache  map[uint32]uint32
}

// NewIPv4 returns the IPv4 mapper of a session. Workers call Clone for their own.
func NewIPv4(k *Keyring) *IPv4Mapper {
	return (&IPv4Mapper{shared: &ipv4Keys{keyring: k, key: k.Subkey(IPv4),
		once: make([]sync.Once, len(ipv4Classes)), shuffles: make([]*shuffle, len(ipv4Classes))}}).Clone()
}

// NewIPv4Prefix returns the IPv4 mapper of a session in prefix-preserving mode: addresses
// that share a prefix get pseudonyms that share it (see ipv4prefix.go).
func NewIPv4Prefix(k *Keyring) *IPv4Mapper {
	m := NewIPv4(k)
	m.shared.prefix = newIPv4PrefixKeys(k)
	return m
}

// Clone returns a mapper for another worker that shares the session's tables.
func (p *IPv4Mapper) Clone() *IPv4Mapper {
	return &IPv4Mapper{shared: p.shared, ff1: map[int]*ff1.Binary{}, cache: make(map[uint32]uint32)}
}

func (p *IPv4Mapper) binary(bits int) *ff1.Binary {
	b := p.ff1[bits]
	if b == nil {
		var err error
		b, err = ff1.NewBinary(p.shared.key, bits)
		if err != nil {
			panic(err) // bits is always within [20, 32]
		}
		p.ff1[bits] = b
	}
	return b
}

func (p *IPv4Mapper) shuffle(class int) *shuffle {
	s := p.shared
	s.once[class].Do(func() {
		c := ipv4Classes[class]
		block := string(AppendIPv4([]byte("ipv4 shuffle "), u32bytes(c.prefix), false))
		s.shuffles[class] = newShuffle(s.keyring.Subkey(block), 1<<(32-c.length))
	})
	return s.shuffles[class]
}

// cacheLimit bounds every per-worker cache: pseudonyms are derived, so a miss costs time,
// never correctness, and memory stays flat on inputs with millions of distinct values.
const cacheLimit = 1 << 14

// Map returns the pseudonym of an address.
func (p *IPv4Mapper) Map(a [4]byte) [4]byte {
	x := binary.BigEndian.Uint32(a[:])
	if y, ok := p.cache[x]; ok {
		return u32bytes(y)
	}
	y := p.permute(x, false)
	if len(p.cache) >= cacheLimit {
		clear(p.cache)
	}
	p.cache[x] = y
	return u32bytes(y)
}

// Unmap inverts Map: the original of a pseudonym made under the same key.
func (p *IPv4Mapper) Unmap(a [4]byte) [4]byte {
	return u32bytes(p.permute(binary.BigEndian.Uint32(a[:]), true))
}

func (p *IPv4Mapper) permute(x uint32, inverse bool) uint32 {
	if p.shared.prefix != nil {
		return p.permutePrefix(x, inverse)
	}
	class := ipv4ClassOf(x)
	if class == ipv4PublicClass {
		// Cycle-walk the 2^32 permutation until it lands on a public address again; about
		// 84% of the space is public, so this takes 1.2 steps on average.
		b := p.binary(32)
		for {
			if inverse {
				x = uint32(b.Decrypt64(uint64(x), nil))
			} else {
				x = uint32(b.Encrypt64(uint64(x), nil))
			}
			if ipv4ClassOf(x) == ipv4PublicClass {
				return x
			}
		}
	}
	c := ipv4Classes[class]
	if c.keep {
		return x
	}
	hostBits := 32 - c.length
	mask := uint32(1)<<hostBits - 1
	host := x & mask
	if hostBits >= ipv4MinFF1Bits {
		b := p.binary(hostBits)
		if inverse {
			host = uint32(b.Decrypt64(uint64(host), nil))
		} else {
			host = uint32(b.Encrypt64(uint64(host), nil))
		}
	} else {
		s := p.shuffle(class)
		if inverse {
			host = s.inverse[host]
		} else {
			host = s.forward[host]
		}
	}
	return c.prefix | host
}

func u32bytes(x uint32) (a [4]byte) {
	binary.BigEndian.PutUint32(a[:], x)
	return a
}

// ParseIPv4 reads a dotted-quad address at the start of b: four decimal parts of one to
// three digits, each at most 255. It returns the address, the bytes it took, and whether
// it is zero-padded (every part three digits, some with a leading zero: 010.001.000.009),
// which Append keeps. It does
// not look at what follows: the caller decides the boundaries.
func ParseIPv4(b []byte) (a [4]byte, n int, padded bool, ok bool) {
	allThree, leadingZero := true, false
	for part := 0; part < 4; part++ {
		if part > 0 {
			if n >= len(b) || b[n] != '.' {
				return a, 0, false, false
			}
			n++
		}
		v, digits := 0, 0
		for n < len(b) && digits < 4 && b[n] >= '0' && b[n] <= '9' {
			v = v*10 + int(b[n]-'0')
			n++
			digits++
		}
		if digits == 0 || digits > 3 || v > 255 {
			return a, 0, false, false
		}
		allThree = allThree && digits == 3
		leadingZero = leadingZero || digits > 1 && b[n-digits] == '0'
		a[part] = byte(v)
	}
	return a, n, allThree && leadingZero, true
}

// AppendIPv4 appends an address in dotted-quad form, zero-padded to three digits a part
// when padded is set.
func AppendIPv4(dst []byte, a [4]byte, padded bool) []byte {
	for i, v := range a {
		if i > 0 {
			dst = append(dst, '.')
		}
		if padded {
			dst = append(dst, '0'+v/100, '0'+v/10%10, '0'+v%10)
			continue
		}
		if v >= 100 {
			dst = append(dst, '0'+v/100)
		}
		if v >= 10 {
			dst = append(dst, '0'+v/10%10)
		}
		dst = append(dst, '0'+v%10)
	}
	return dst
}

// IPv4Kept reports whether an address is of a class that stays as it is (loopback,
// this-network, multicast, reserved, broadcast): its pseudonym is itself by policy, not
// by chance.
func IPv4Kept(a [4]byte) bool {
	class := ipv4ClassOf(binary.BigEndian.Uint32(a[:]))
	return class != ipv4PublicClass && ipv4Classes[class].keep
}
