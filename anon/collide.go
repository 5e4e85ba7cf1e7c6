package anon

import (
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
)

// Names are drawn from spaces of 2^40 and more, so two names sharing a pseudonym is
// unlikely, but not impossible; and a shared pseudonym would invent a link between two
// people. The registry remembers, for every pseudonym of a name category made in the
// session, the value it was made for, and reports any second value that gets it.
type collisions struct {
	seed   maphash.Seed
	shards [64]struct {
		sync.Mutex
		m map[string]string // category + pseudonym (folded) -> value (folded)
	}
	mu    sync.Mutex
	found []string
}

func newCollisions() *collisions {
	c := &collisions{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = map[string]string{}
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

// note records that value got pseudonym; a pseudonym that another value got already is
// kept as a finding.
func (c *collisions) note(category string, value, pseudonym []byte) {
	key := category + "\x00" + strings.ToLower(string(pseudonym))
	v := strings.ToLower(string(value))
	sh := &c.shards[maphash.String(c.seed, key)%uint64(len(c.shards))]
	sh.Lock()
	old, ok := sh.m[key]
	if !ok {
		sh.m[key] = v
	}
	sh.Unlock()
	if ok && old != v {
		c.mu.Lock()
		c.found = append(c.found, fmt.Sprintf("two %s values share the pseudonym %q; use another key to separate them", category, pseudonym))
		c.mu.Unlock()
	}
}
