package anon

import (
	"fmt"
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// Names are drawn from spaces of 2^40 and more, so two names sharing a pseudonym is
// unlikely, but not impossible, and a shared pseudonym would invent a link between two
// people. The registry remembers, for the pseudonyms of name categories made in the
// session, a hash of the value each was made for, and counts any second value that gets
// one. It holds hashes, not names, and at most maxChecked of them, so it costs little
// time and bounded memory; a run with more distinct names is checked on its first ones.
type collisions struct {
	seed   maphash.Seed
	size   atomic.Int64
	shards [64]struct {
		sync.Mutex
		m map[uint64]uint64 // hash of category and folded pseudonym -> hash of folded value
	}
	mu    sync.Mutex
	found map[string]int    // collisions by category
	first map[string]string // the first pseudonym found shared, by category
}

const (
	// minChecked is the shortest pseudonym checked: shorter ones are host labels of one to
	// three bytes, which a keyed permutation maps and which cannot collide.
	minChecked = 4
	maxChecked = 1 << 19
)

func newCollisions() *collisions {
	c := &collisions{seed: maphash.MakeSeed(), found: map[string]int{}, first: map[string]string{}}
	for i := range c.shards {
		c.shards[i].m = map[uint64]uint64{}
	}
	return c
}

// checked reports the categories whose pseudonyms the registry checks: the names. IPs,
// MACs and SIDs are permutations and cannot collide; geo names come from short lists on
// purpose; paths and secrets are made of parts.
func checked(category string) bool {
	switch category {
	case "username", "hostname", "email", "fullname", "organization":
		return true
	}
	return false
}

// foldedHash hashes category and v folded to lower case (ASCII), without allocating.
func (c *collisions) foldedHash(category string, v []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	h.WriteString(category)
	var buf [64]byte
	for len(v) > 0 {
		n := copy(buf[:], v)
		for i := range n {
			buf[i] = foldByte(buf[i])
		}
		h.Write(buf[:n])
		v = v[n:]
	}
	return h.Sum64()
}

// note records that value got pseudonym, and counts it when another value got it first.
func (c *collisions) note(category string, value, pseudonym []byte) {
	if len(pseudonym) < minChecked || c.size.Load() >= maxChecked {
		return
	}
	key, v := c.foldedHash(category, pseudonym), c.foldedHash("", value)
	sh := &c.shards[key%uint64(len(c.shards))]
	sh.Lock()
	old, ok := sh.m[key]
	if !ok {
		sh.m[key] = v
		c.size.Add(1)
	}
	sh.Unlock()
	if ok && old != v {
		c.mu.Lock()
		if c.found[category] == 0 {
			c.first[category] = string(pseudonym)
		}
		c.found[category]++
		c.mu.Unlock()
	}
}

// report returns one message per category with collisions, and forgets them.
func (c *collisions) report() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, category := range []string{"username", "hostname", "email", "fullname", "organization"} {
		if n := c.found[category]; n > 0 {
			out = append(out, fmt.Sprintf("%d pairs of %s values share a pseudonym (%q is one); another key separates them", n, category, c.first[category]))
		}
	}
	clear(c.found)
	clear(c.first)
	return out
}
