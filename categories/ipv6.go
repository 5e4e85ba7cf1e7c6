package categories

import (
	"encoding/binary"
	"math/bits"

	"github.com/siemanon/siemanon/categories/ff1"
)

// IPv6 addresses are found by their own syntax, full or compressed, with an embedded IPv4
// tail or not; the scanner checks boundaries, brackets, zones and ports. The mapping keeps
// the class and the notation of the input:
//
//   - ::, ::1 and multicast (ff00::/8) stay;
//   - IPv4-mapped (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), NAT64
//     (64:ff9b::/96) and IPv4-compatible (::/96)
//     addresses keep their prefix and map the embedded IPv4 address as an IPv4 address;
//   - link-local (fe80::/10) keeps its 64-bit prefix and permutes the interface identifier;
//   - unique-local (fc00::/7), documentation (2001:db8::/32) and the rest (global) keep 7,
//     32 and 3 leading bits and permute the rest of the /64 prefix; the interface identifier
//     is permuted under a tweak made of the original prefix.
//
// Each step is a permutation, so the whole map is one: no two addresses share a pseudonym,
// and hosts of one /64 stay together in one pseudonymous /64.

var ipv6Info = Category{
	Name:        IPv6,
	Risk:        High,
	Description: "IPv6 addresses; class (global, unique-local, link-local) and notation are kept",
	Reason:      "IP addresses are personal data under the GDPR (CJEU C-582/14, Breyer); EUI-64 identifiers also carry a MAC",
}

// IPv6Mapper maps IPv6 addresses for one worker. It is not safe for concurrent use.
type IPv6Mapper struct {
	ipv4   *IPv4Mapper
	prefix map[int]*ff1.Binary // by permuted prefix bits
	iid    *ff1.Binary
	// iidBits[g-1] permutes identifiers of g significant groups (FF1 over 20, 32, 48 and
	// 64 bits; one group is walked down from 2^20).
	iidBits [4]*ff1.Binary
	key     []byte
	cache   map[[16]byte][16]byte
}

// NewIPv6 returns an IPv6 mapper that maps embedded IPv4 addresses with v4.
func NewIPv6(k *Keyring, v4 *IPv4Mapper) *IPv6Mapper {
	p := &IPv6Mapper{ipv4: v4, key: k.Subkey(IPv6)}
	return p.init()
}

// Clone returns a mapper for another worker, mapping embedded IPv4 addresses with v4.
func (p *IPv6Mapper) Clone(v4 *IPv4Mapper) *IPv6Mapper {
	return (&IPv6Mapper{ipv4: v4, key: p.key}).init()
}

func (p *IPv6Mapper) init() *IPv6Mapper {
	p.prefix = map[int]*ff1.Binary{}
	p.cache = make(map[[16]byte][16]byte)
	var err error
	if p.iid, err = ff1.NewBinary(p.key, 64); err != nil {
		panic(err)
	}
	for g, width := range []int{20, 32, 48, 64} {
		if p.iidBits[g], err = ff1.NewBinary(p.key, width); err != nil {
			panic(err)
		}
	}
	for _, bits := range []int{64 - 3, 64 - 7, 64 - 32} {
		if p.prefix[bits], err = ff1.NewBinary(p.key, bits); err != nil {
			panic(err)
		}
	}
	return p
}

// Map returns the pseudonym of an address.
func (p *IPv6Mapper) Map(a [16]byte) [16]byte {
	if y, ok := p.cache[a]; ok {
		return y
	}
	y := p.permute(a, false)
	if len(p.cache) >= cacheLimit {
		clear(p.cache)
	}
	p.cache[a] = y
	return y
}

// Unmap inverts Map.
func (p *IPv6Mapper) Unmap(a [16]byte) [16]byte {
	return p.permute(a, true)
}

var linkLocalTweak = []byte("link-local")

func (p *IPv6Mapper) permute(a [16]byte, inverse bool) [16]byte {
	hi := binary.BigEndian.Uint64(a[:8])
	lo := binary.BigEndian.Uint64(a[8:])
	switch {
	case hi == 0 && lo <= 1, a[0] == 0xff:
		return a // unspecified, loopback, multicast
	case hi == 0 && lo>>32 == 0xffff, hi == 0 && lo>>32 == 0xffff0000, hi == 0x0064ff9b00000000 && lo>>32 == 0, hi == 0 && lo>>32 == 0:
		var v4 [4]byte
		copy(v4[:], a[12:])
		if inverse {
			v4 = p.ipv4.Unmap(v4)
		} else {
			v4 = p.ipv4.Map(v4)
		}
		copy(a[12:], v4[:])
		return a
	case hi>>54 == 0xfe80>>6:
		binary.BigEndian.PutUint64(a[8:], p.permuteIID(lo, linkLocalTweak, inverse))
		return a
	}
	kept := 3 // global and unassigned space: 2000::/3 and the like stay in their /3
	switch {
	case hi>>57 == 0xfc>>1:
		kept = 7
	case hi>>32 == 0x20010db8:
		kept = 32
	}
	bits := 64 - kept
	mask := uint64(1)<<bits - 1
	b := p.prefix[bits]
	var tweak [8]byte
	if inverse {
		hi = hi&^mask | b.Decrypt64(hi&mask, nil)
		binary.BigEndian.PutUint64(tweak[:], hi)
		lo = p.permuteIID(lo, tweak[:], true)
	} else {
		binary.BigEndian.PutUint64(tweak[:], hi)
		lo = p.permuteIID(lo, tweak[:], false)
		hi = hi&^mask | b.Encrypt64(hi&mask, nil)
	}
	binary.BigEndian.PutUint64(a[:8], hi)
	binary.BigEndian.PutUint64(a[8:], lo)
	return a
}

// permuteIID permutes an interface identifier within its size class: identifiers with
// one, two, three or four significant 16-bit groups keep that many, so ::1-style server
// addresses stay short and a compressed address stays compressible, and the map stays a
// permutation. The all-zero identifier (subnet-router anycast) stays.
func (p *IPv6Mapper) permuteIID(x uint64, tweak []byte, inverse bool) uint64 {
	if x == 0 {
		return 0
	}
	groups := (bits.Len64(x) + 15) / 16
	lo := uint64(1) << (16 * (groups - 1)) // smallest value of the class
	if groups == 1 {
		lo = 1
	}
	width := 16 * groups
	b := p.iidBits[groups-1]
	for {
		if inverse {
			x = b.Decrypt64(x, tweak)
		} else {
			x = b.Encrypt64(x, tweak)
		}
		// Cycle-walk back into the class; the FF1 domain is at least 2^20.
		if x >= lo && (width == 64 || x < uint64(1)<<width) {
			return x
		}
	}
}

// IPv6Form is the notation an address was written in, so its pseudonym is written alike.
type IPv6Form struct {
	Compressed bool // used "::"
	Upper      bool // hex digits in upper case
	Padded     bool // every group written with four digits
	IPv4Tail   bool // the last 32 bits in dotted-quad form
}

// ParseIPv6 reads an IPv6 address at the start of b, without zone, brackets or port.
// Times (12:30:45) and MACs (six groups) are not addresses: without "::" an address has
// exactly eight groups.
func ParseIPv6(b []byte) (a [16]byte, n int, form IPv6Form, ok bool) {
	var groups [8]uint16
	ngroups, ellipsis := 0, -1
	form.Padded = true
	if len(b) >= 2 && b[0] == ':' && b[1] == ':' {
		ellipsis, n = 0, 2
	}
	for ngroups < 8 {
		start := n
		v, digits := uint16(0), 0
		for n < len(b) && digits <= 4 {
			d, isHex := hexValue(b[n])
			if !isHex {
				break
			}
			if b[n] >= 'A' && b[n] <= 'F' {
				form.Upper = true
			}
			v = v<<4 | uint16(d)
			n++
			digits++
		}
		if digits == 0 {
			if ellipsis >= 0 && ellipsis == ngroups {
				n = start // the address ends with its "::" (fe80::)
				break
			}
			return a, 0, form, false
		}
		if digits > 4 {
			return a, 0, form, false
		}
		if n+1 < len(b) && b[n] == '.' && b[n+1] >= '0' && b[n+1] <= '9' && ngroups <= 6 {
			v4, m, _, isV4 := ParseIPv4(b[start:])
			if !isV4 {
				return a, 0, form, false
			}
			groups[ngroups] = uint16(v4[0])<<8 | uint16(v4[1])
			groups[ngroups+1] = uint16(v4[2])<<8 | uint16(v4[3])
			ngroups += 2
			n = start + m
			form.IPv4Tail = true
			break
		}
		if digits != 4 {
			form.Padded = false
		}
		groups[ngroups] = v
		ngroups++
		if n+1 < len(b) && b[n] == ':' && b[n+1] == ':' {
			if ellipsis >= 0 {
				break // a second "::" is not part of the address (1::1::)
			}
			ellipsis = ngroups
			n += 2
			continue
		}
		if n+1 < len(b) && b[n] == ':' {
			if _, isHex := hexValue(b[n+1]); isHex {
				n++
				continue
			}
		}
		break
	}
	if ellipsis < 0 {
		if ngroups != 8 {
			return a, 0, form, false
		}
	} else {
		if ngroups > 7 {
			return a, 0, form, false
		}
		form.Compressed = true
		// Spread the groups: those after the ellipsis go to the end.
		after := ngroups - ellipsis
		copy(groups[8-after:], groups[ellipsis:ngroups])
		clear(groups[ellipsis : 8-after])
	}
	for i, g := range groups {
		binary.BigEndian.PutUint16(a[2*i:], g)
	}
	return a, n, form, true
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// AppendIPv6 appends an address in the given notation. A compressed form follows RFC 5952
// (the longest run of two or more zero groups becomes "::"); where the address has no such
// run it is written in full.
func AppendIPv6(dst []byte, a [16]byte, form IPv6Form) []byte {
	var groups [8]uint16
	for i := range groups {
		groups[i] = binary.BigEndian.Uint16(a[2*i:])
	}
	last := 8
	if form.IPv4Tail {
		last = 6
	}
	zeroStart, zeroLen := -1, 0
	if form.Compressed {
		for i := 0; i < last; {
			if groups[i] != 0 {
				i++
				continue
			}
			j := i
			for j < last && groups[j] == 0 {
				j++
			}
			if j-i > zeroLen && j-i >= 2 {
				zeroStart, zeroLen = i, j-i
			}
			i = j
		}
	}
	digits := "0123456789abcdef"
	if form.Upper {
		digits = "0123456789ABCDEF"
	}
	for i := 0; i < last; i++ {
		if i == zeroStart {
			dst = append(dst, ':', ':')
			i += zeroLen - 1
			continue
		}
		if i > 0 && i != zeroStart+zeroLen {
			dst = append(dst, ':')
		}
		g := groups[i]
		started := form.Padded
		for shift := 12; shift >= 0; shift -= 4 {
			d := byte(g >> shift & 0xf)
			if d != 0 || started || shift == 0 {
				dst = append(dst, digits[d])
				started = true
			}
		}
	}
	if form.IPv4Tail {
		if zeroStart < 0 || zeroStart+zeroLen != last {
			dst = append(dst, ':')
		}
		dst = AppendIPv4(dst, [4]byte(a[12:]), false)
	}
	return dst
}

// IPv6Kept reports whether an address stays as it is by policy: unspecified, loopback,
// multicast, or an embedded IPv4 address that is kept.
func IPv6Kept(a [16]byte) bool {
	hi := binary.BigEndian.Uint64(a[:8])
	lo := binary.BigEndian.Uint64(a[8:])
	switch {
	case hi == 0 && lo <= 1, a[0] == 0xff:
		return true
	case hi == 0 && lo>>32 == 0xffff, hi == 0 && lo>>32 == 0xffff0000, hi == 0x0064ff9b00000000 && lo>>32 == 0, hi == 0 && lo>>32 == 0:
		return IPv4Kept([4]byte(a[12:]))
	}
	return false
}
