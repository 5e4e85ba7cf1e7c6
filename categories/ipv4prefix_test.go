package categories

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"testing"
)

func commonPrefix(a, b uint32) int { return bits.LeadingZeros32(a ^ b) }

// TestIPv4PrefixPreserving checks the prefix mode on random addresses of every class:
// the class is kept, Unmap inverts Map, no two addresses share a pseudonym, and two
// addresses of a class share as many leading bits after as before (for public addresses
// of wholly public first octets, from the octet boundary down).
func TestIPv4PrefixPreserving(t *testing.T) {
	m := NewIPv4Prefix(testNameKeyring(t, false))
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[uint32]uint32{}
	var addrs []uint32
	for range 20000 {
		x := rng.Uint32()
		if rng.IntN(2) == 0 {
			// Near another address, so that long common prefixes occur.
			if len(addrs) > 0 {
				x = addrs[rng.IntN(len(addrs))] ^ (rng.Uint32() >> (8 + rng.IntN(24)))
			}
		}
		addrs = append(addrs, x)
	}
	for _, x := range addrs {
		y := binary.BigEndian.Uint32(func() []byte { a := m.Map(u32bytes(x)); return a[:] }())
		if ipv4ClassOf(x) != ipv4ClassOf(y) {
			t.Fatalf("%v -> %v: class changed", u32bytes(x), u32bytes(y))
		}
		if back := m.Unmap(u32bytes(y)); back != u32bytes(x) {
			t.Fatalf("Unmap(Map(%v)) = %v", u32bytes(x), back)
		}
		if prev, dup := seen[y]; dup && prev != x {
			t.Fatalf("%v and %v both -> %v", u32bytes(prev), u32bytes(x), u32bytes(y))
		}
		seen[y] = x
	}
	checked := 0
	for range 20000 {
		a := rng.Uint32()
		b := a ^ rng.Uint32()>>(8+rng.IntN(24)) // the same first octet, any longer prefix
		ca, cb := ipv4ClassOf(a), ipv4ClassOf(b)
		if ca != cb || ca != ipv4PublicClass && ipv4Classes[ca].keep {
			continue
		}
		if ca == ipv4PublicClass && publicOctetIndex[a>>24] < 0 {
			continue
		}
		pa, pb := m.Map(u32bytes(a)), m.Map(u32bytes(b))
		want := commonPrefix(a, b)
		if got := commonPrefix(binary.BigEndian.Uint32(pa[:]), binary.BigEndian.Uint32(pb[:])); got != want {
			t.Fatalf("%v and %v share %d bits, their pseudonyms %v and %v %d", u32bytes(a), u32bytes(b), want, pa, pb, got)
		}
		checked++
	}
	if checked < 5000 {
		t.Fatalf("only %d pairs checked", checked)
	}
}

// TestIPv4PrefixSubnet shows the point of the mode: a /24 of hosts stays one /24, each
// host changes, and another key gives another /24.
func TestIPv4PrefixSubnet(t *testing.T) {
	m := NewIPv4Prefix(testNameKeyring(t, false))
	other := NewIPv4Prefix(testNameKeyring(t, true))
	for _, base := range []uint32{0x0a010200, 0xc0a80100, 0x5db8d800} { // 10.1.2.0, 192.168.1.0, 93.184.216.0
		first := m.Map(u32bytes(base | 1))
		if first == u32bytes(base|1) {
			t.Errorf("%v unchanged", u32bytes(base|1))
		}
		for h := uint32(2); h < 255; h++ {
			got := m.Map(u32bytes(base | h))
			if got[0] != first[0] || got[1] != first[1] || got[2] != first[2] {
				t.Fatalf("%v -> %v, outside the /24 of %v", u32bytes(base|h), got, first)
			}
		}
		if o := other.Map(u32bytes(base | 1)); o == first {
			t.Errorf("%v maps the same under another key", u32bytes(base|1))
		}
	}

}
