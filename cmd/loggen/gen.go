package main

import (
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

const (
	corpDomain = "corp.example.com"
	netbios    = "CORP"
	realm      = "CORP.EXAMPLE.COM"
)

// start is the timestamp of the first line; later lines advance by a few
// milliseconds each.
var start = time.Date(2025, time.March, 3, 6, 0, 0, 0, time.UTC).UnixNano()

// A host is a machine on the corporate network.
type host struct {
	name string // "srv-db-01" or "WKS-042"
	fqdn string // lower case, with corpDomain
	acct string // machine account, "SRV-DB-01$"
	ip   uint32
	mac  uint64 // 48 bits
}

// A pool is the size of a value pool and its number of whole octaves,
// used to draw a Zipf-like rank from it.
type pool struct {
	n       int
	octaves int // floor(log2(n+1)): octave j holds ranks [2^j-1, 2^(j+1)-1)
	next    int // the tail cursor
}

func newPool(n int) pool { return pool{n: n, octaves: bits.Len(uint(n+1)) - 1} }

// gen holds the state of one deterministic generator: the random source,
// the value pools drawn from it at start-up, the clock and scratch buffers.
type gen struct {
	src *rand.PCG
	tb  *tables

	ips       []uint32 // slot i%20 < 12 private, the rest public
	all       pool
	priv, pub pool
	ip6       []string
	ip6p      pool

	users []string
	user  pool
	uid   []int

	servers, wks []host
	srv, ws      pool
	fws          []host // firewalls and gateways

	sidPrefix string // "S-1-5-21-x-y-z-"

	clk  clock
	boot int64 // kernel boot time, ns

	conn uint64 // connection and session ids

	// Scratch buffers reused by lines that build a value before escaping it.
	scratch, url, ref, msg, orig, emsg []byte
}

func newGen(seed uint64, nIPs, nUsers int) *gen {
	g := &gen{
		src: rand.NewPCG(seed, 0x6c6f6767656e2d31), // "loggen-1"
		tb:  loadTables(),
	}
	g.ips = buildIPs(nIPs, g.u64())
	g.all = newPool(nIPs)
	nPriv := nIPs/20*12 + min(nIPs%20, 12)
	g.priv, g.pub = newPool(nPriv), newPool(nIPs-nPriv)
	g.buildIPv6(256)
	g.buildUsers(nUsers)
	g.sidPrefix = "S-1-5-21-" + strconv.Itoa(1_000_000_000+g.intn(3_000_000_000)) + "-" +
		strconv.Itoa(1_000_000_000+g.intn(3_000_000_000)) + "-" +
		strconv.Itoa(1_000_000_000+g.intn(3_000_000_000)) + "-"
	g.buildHosts(max(8, nUsers/40), max(16, nUsers/2))
	g.clk.init(start)
	g.boot = start - int64(3*24*time.Hour) - int64(g.intn(int(24*time.Hour)))
	g.conn = uint64(100_000 + g.intn(10_000_000))
	return g
}

func (g *gen) u64() uint64 { return g.src.Uint64() }

// intn returns a number in [0, n) (Lemire's multiply; the tiny bias does
// not matter here and the result is deterministic).
func (g *gen) intn(n int) int {
	hi, _ := bits.Mul64(g.src.Uint64(), uint64(n))
	return int(hi)
}

// pct reports true with probability p percent.
func (g *gen) pct(p int) bool { return g.intn(100) < p }

// rank draws an index into a pool with a Zipf-like law using integers
// only, so the output is the same on every platform. Two draws in eight
// pick an octave j uniformly and then a rank uniformly in
// [2^j-1, 2^(j+1)-1) (the last octave runs to the end of the pool): P(k) is
// within a factor of two of c/(k+1), so the first few values dominate. The
// other six take the next value of a cursor that cycles through the pool,
// a long tail of rarely seen values: once an output has made n cursor draws
// it has used every one of the n values.
func (g *gen) rank(p *pool) int {
	k, tail := g.zipf(p)
	if tail {
		return p.cursor()
	}
	return k
}

// zipf is rank without the cursor: tail reports that the caller should
// take its tail value instead of k.
func (g *gen) zipf(p *pool) (k int, tail bool) {
	x := g.src.Uint64()
	if x&7 < 6 || p.octaves == 0 {
		return 0, true
	}
	j := int((x >> 3 & 0xffffffff) * uint64(p.octaves) >> 32)
	lo, size := 1<<j-1, 1<<j
	if j == p.octaves-1 {
		size = p.n - lo // the last octave takes the ranks up to n-1
	}
	return lo + int((x>>35)*uint64(size)>>29), false
}

func (p *pool) cursor() int {
	k := p.next
	if p.next++; p.next == p.n {
		p.next = 0
	}
	return k
}

// tick advances the clock by 0 to 24 ms.
func (g *gen) tick() { g.clk.advance(int64(g.intn(24_000_000))) }

// anyIP returns a private address three times in five, else a public one.
func (g *gen) anyIP() uint32 {
	if g.intn(5) < 3 {
		return g.privIP()
	}
	return g.pubIP()
}

// privIP and pubIP draw from the private and the public slots of the pool;
// their tails share one cursor over all slots, so that every address shows
// up however the draws are divided between the two.
func (g *gen) privIP() uint32 {
	k, tail := g.zipf(&g.priv)
	if tail {
		return g.ips[g.all.cursor()]
	}
	return g.ips[k/12*20+k%12]
}

func (g *gen) pubIP() uint32 {
	if g.pub.n == 0 {
		return g.privIP()
	}
	k, tail := g.zipf(&g.pub)
	if tail {
		return g.ips[g.all.cursor()]
	}
	return g.ips[k/8*20+12+k%8]
}

func (g *gen) ipv6() string { return g.ip6[g.rank(&g.ip6p)] }

func (g *gen) userIdx() int       { return g.rank(&g.user) }
func (g *gen) server() *host      { return &g.servers[g.rank(&g.srv)] }
func (g *gen) workstation() *host { return &g.wks[g.rank(&g.ws)] }
func (g *gen) firewall() *host    { return &g.fws[g.intn(len(g.fws))] }
func (g *gen) pid() int           { return 300 + g.intn(64_000) }
func (g *gen) ephemeral() int     { return 32768 + g.intn(28232) }
func (g *gen) nextConn() uint64   { g.conn += 1 + uint64(g.intn(40)); return g.conn }

func pick[T any](g *gen, s []T) T { return s[g.intn(len(s))] }

// buildIPs returns n distinct IPv4 addresses. Slots are dealt in a cycle of
// 20: eight from 10/8, two from 172.16/12, two from 192.168/16 and eight
// public. Each range is walked through a keyed bijection, so no address
// repeats; a private range that runs out hands its slots to the public one.
func buildIPs(n int, key uint64) []uint32 {
	ips := make([]uint32, n)
	var k10, k172, k192, kpub uint64
	for i := range ips {
		var v uint32
		ok := false
		switch c := i % 20; {
		case c < 8:
			for !ok && k10 < 1<<24 {
				v = 10<<24 | uint32(permute(k10, 24, key))
				k10++
				ok = v&0xff != 0 && v&0xff != 0xff
			}
		case c < 10:
			for !ok && k172 < 1<<20 {
				v = 0xac100000 | uint32(permute(k172, 20, key))
				k172++
				ok = v&0xff != 0 && v&0xff != 0xff
			}
		case c < 12:
			for !ok && k192 < 1<<16 {
				v = 0xc0a80000 | uint32(permute(k192, 16, key))
				k192++
				ok = v&0xff != 0 && v&0xff != 0xff
			}
		}
		for !ok {
			v = uint32(permute(kpub, 32, key))
			kpub++
			ok = isPublic(v)
		}
		ips[i] = v
	}
	return ips
}

// permute is a keyed bijection on the integers of nbits bits: xor, odd
// multiplications and xor-shifts are each invertible modulo 2^nbits.
func permute(x uint64, nbits uint, key uint64) uint64 {
	mask := uint64(1)<<nbits - 1
	h := nbits / 2
	x = (x ^ key) & mask
	x = (x * 0x9e3779b97f4a7c15) & mask
	x ^= x >> h
	x = (x * 0xbf58476d1ce4e5b9) & mask
	x ^= x >> h
	x = (x + key>>32) & mask
	x = (x * 0x94d049bb133111eb) & mask
	x ^= x >> h
	return x
}

// isPublic reports whether v is a globally routed unicast address that is
// not a network or broadcast-looking .0 or .255.
func isPublic(v uint32) bool {
	a, b, c := v>>24, v>>16&0xff, v>>8&0xff
	switch {
	case v&0xff == 0 || v&0xff == 0xff:
		return false
	case a == 0 || a == 10 || a == 127 || a >= 224:
		return false
	case a == 100 && b&0xc0 == 64: // 100.64/10
		return false
	case a == 169 && b == 254, a == 172 && b&0xf0 == 16, a == 192 && b == 168:
		return false
	case a == 192 && b == 0 && (c == 0 || c == 2): // 192.0.0/24, 192.0.2/24
		return false
	case a == 198 && (b&0xfe == 18 || b == 51 && c == 100): // 198.18/15, 198.51.100/24
		return false
	case a == 203 && b == 0 && c == 113:
		return false
	}
	return true
}

// buildIPv6 makes n IPv6 addresses: link-local fe80:: ones derived from a
// MAC, and global ones in compressed form with "::".
func (g *gen) buildIPv6(n int) {
	prefixes := []string{"2a02:", "2001:", "2600:1f18:", "2a01:4f8:", "2607:f8b0:"}
	g.ip6 = make([]string, n)
	var b []byte
	for i := range g.ip6 {
		b = b[:0]
		x := g.u64()
		if i%3 == 0 {
			b = append(b, "fe80::"...)
			b = strconv.AppendUint(b, x>>48, 16)
			b = append(b, ':')
			b = strconv.AppendUint(b, x>>40&0xff|0xff00, 16)
			b = append(b, ":fe"...)
			b = appendHex(b, x>>32&0xff, 2)
			b = append(b, ':')
			b = strconv.AppendUint(b, x&0xffff, 16)
		} else {
			b = append(b, prefixes[int(x>>61)%len(prefixes)]...)
			b = strconv.AppendUint(b, x>>32&0xffff|0x100, 16)
			b = append(b, ':')
			b = strconv.AppendUint(b, x>>16&0xffff, 16)
			b = append(b, "::"...)
			b = strconv.AppendUint(b, x&0xffff|1, 16)
		}
		g.ip6[i] = string(b)
	}
	g.ip6p = newPool(n)
}

// buildUsers makes n distinct login names: jdoe, john.doe, johnd and
// svc_backup styles, with a number appended when a name is taken.
func (g *gen) buildUsers(n int) {
	seen := make(map[string]struct{}, n)
	g.users = make([]string, 0, n)
	g.uid = make([]int, n)
	for len(g.users) < n {
		f, l := pick(g, g.tb.first), pick(g, g.tb.last)
		var s string
		switch r := g.intn(20); {
		case r < 9:
			s = f[:1] + l
		case r < 16:
			s = f + "." + l
		case r < 19:
			s = f + l[:1]
		default:
			s = "svc_" + pick(g, g.tb.services)
		}
		if _, dup := seen[s]; dup {
			s += strconv.Itoa(2 + g.intn(98))
			if _, dup := seen[s]; dup {
				s += "_" + strconv.Itoa(len(g.users))
			}
		}
		if _, dup := seen[s]; dup {
			continue
		}
		seen[s] = struct{}{}
		g.uid[len(g.users)] = 1000 + len(g.users)
		g.users = append(g.users, s)
	}
	g.user = newPool(n)
}

var ouis = []uint64{0x005056, 0x000c29, 0x001b21, 0xf48e38, 0x3c5282, 0xb827eb, 0x00155d, 0xa4bb6d, 0x70b5e8, 0x8c8590, 0xdca632, 0x001a2b}

func (g *gen) mac() uint64 { return pick(g, ouis)<<24 | g.u64()&0xffffff }

func (g *gen) buildHosts(nSrv, nWks int) {
	g.servers = make([]host, nSrv)
	for i := range g.servers {
		roles := g.tb.roles
		b := []byte("srv-")
		b = append(b, roles[i%len(roles)]...)
		b = append(b, '-')
		b = appendPad(b, i/len(roles)+1, 2)
		name := string(b)
		g.servers[i] = host{name: name, fqdn: name + "." + corpDomain, ip: g.privIP(), mac: g.mac()}
	}
	g.wks = make([]host, nWks)
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i := range g.wks {
		var b []byte
		switch r := g.intn(20); {
		case r < 12:
			b = appendPad(append(b, "WKS-"...), i+1, 3)
		case r < 17:
			b = appendPad(append(b, "LT-"...), i+1, 3)
		default:
			b = append(b, "DESKTOP-"...)
			for range 7 {
				b = append(b, alnum[g.intn(len(alnum))])
			}
		}
		name := string(b)
		g.wks[i] = host{name: name, fqdn: strings.ToLower(name) + "." + corpDomain, ip: g.privIP(), mac: g.mac()}
	}
	for _, hs := range [][]host{g.servers, g.wks} {
		for i := range hs {
			hs[i].acct = strings.ToUpper(hs[i].name) + "$"
		}
	}
	g.srv, g.ws = newPool(nSrv), newPool(nWks)
	for _, n := range []string{"fw-edge-01", "fw-edge-02", "asa-dmz-01", "gw-branch-07"} {
		g.fws = append(g.fws, host{name: n, fqdn: n + "." + corpDomain, ip: g.privIP(), mac: g.mac()})
	}
}

// appendTmpl fills in a template for user u.
func (g *gen) appendTmpl(b []byte, t tmpl, u int) []byte {
	for _, s := range t {
		switch s.kind {
		case segLit:
			b = append(b, s.lit...)
		case segUser:
			b = append(b, g.users[u]...)
		case segEmail:
			b = append(b, g.users[u]...)
			b = append(b, '@')
			b = append(b, corpDomain...)
		case segHex:
			b = appendHex(b, g.u64(), 8)
		case segNum:
			b = strconv.AppendInt(b, int64(1+g.intn(99_999)), 10)
		case segIP:
			b = appendIPv4(b, g.anyIP())
		case segHost:
			b = append(b, g.server().fqdn...)
		case segDomain:
			b = append(b, pick(g, g.tb.domains)...)
		case segWord:
			b = append(b, pick(g, g.tb.words)...)
		}
	}
	return b
}
