package anon

import (
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
)

// DefaultMaxLine is the longest line processed by default. Longer lines are never written
// out: they are replaced by a marker.
const DefaultMaxLine = 64 << 20

// Config says how an Engine rewrites. The zero value of every field but Key is usable.
type Config struct {
	// Key is the 32-byte session key. Every pseudonym is a function of it.
	Key []byte
	// Only and Skip restrict the categories by name; Only wins when both are set.
	Only, Skip []string
	// Profiles, when set, are the only profiles JSON records are rewritten by; otherwise
	// each record gets the built-in profiles whose signature keys it has.
	Profiles []*metakeys.Profile
	// Keep lists values that are never rewritten: names (compared without regard to case),
	// IP addresses and CIDR prefixes.
	Keep []string
	// KeepOUI keeps the vendor part of MAC addresses.
	KeepOUI bool
	// MaxLine is the longest line, in bytes without its ending, that is processed.
	MaxLine int
	// Workers is how many goroutines rewrite lines; 0 means one per CPU. The output does
	// not depend on it.
	Workers int
	// Warn receives a message about a line that could not be processed as it was.
	Warn func(Warning)
}

// Warning is a problem with one line of one input.
type Warning struct {
	File    string
	Line    int64
	Message string
}

func (w Warning) String() string {
	if w.Line == 0 {
		return fmt.Sprintf("%s: %s", w.File, w.Message)
	}
	return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Message)
}

// categorySet holds which categories are on.
type categorySet map[string]bool

func (s categorySet) on(name string) bool { return s[name] }

func newCategorySet(only, skip []string) (categorySet, error) {
	set := categorySet{}
	known := map[string]bool{}
	for _, c := range categories.All() {
		known[c.Name] = true
		set[c.Name] = !c.DefaultOff
	}
	check := func(names []string) error {
		for _, n := range names {
			if !known[n] {
				return fmt.Errorf("unknown category %q (known: %s)", n, strings.Join(categories.Names(), ", "))
			}
		}
		return nil
	}
	if err := check(only); err != nil {
		return nil, err
	}
	if err := check(skip); err != nil {
		return nil, err
	}
	if len(only) > 0 {
		for n := range set {
			set[n] = false
		}
		for _, n := range only {
			set[n] = true
		}
		return set, nil
	}
	for _, n := range skip {
		set[n] = false
	}
	return set, nil
}

func (c *Config) normalize() error {
	if len(c.Key) != categories.KeySize {
		return errors.New("the key must be 32 bytes")
	}
	if c.MaxLine <= 0 {
		c.MaxLine = DefaultMaxLine
	}
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.Warn == nil {
		c.Warn = func(Warning) {}
	}
	return nil
}
