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
	// ShiftTime moves every timestamp by one keyed offset (the time category).
	ShiftTime bool
	// KeepOUI keeps the vendor part of MAC addresses.
	KeepOUI bool
	// IPv4Prefix maps IPv4 addresses prefix-preservingly (Crypto-PAn style): addresses
	// that share a prefix get pseudonyms that share it, so subnets survive.
	IPv4Prefix bool
	// MaxLine is the longest line, in bytes without its ending, that is processed.
	MaxLine int
	// Workers is how many goroutines rewrite lines; 0 means one per CPU. The output does
	// not depend on it.
	Workers int
	// Warn receives a message about a line that could not be processed as it was.
	Warn func(Warning)
	// Observe, when set, receives a report on every line after it is rewritten, in input
	// order, from the goroutine that called Run: what was found where, and what it became.
	// The report and its slices are valid only during the call. Reporting costs time: leave
	// it unset when nothing reads it.
	Observe func(*LineReport)
}

// LineReport says what happened to one line (or one multi-line JSON document).
type LineReport struct {
	File  string
	Line  int64 // its first line number in File
	Lines int64 // physical lines it covers
	Kind  string
	// Input and Output are the line without its ending, before and after.
	Input, Output []byte
	Findings      []Finding
}

// Kinds of line, as LineReport.Kind says.
const (
	KindRaw      = "raw"
	KindJSON     = "json"
	KindDocument = "json document"
	KindDropped  = "dropped"
)

// Finding is one value found and rewritten.
type Finding struct {
	Category string
	// Where says how it was found: "json source.ip", "cef suser", "key user",
	// "syslog host", "phrase", "text" (by its shape), "learned", ...
	Where               string
	Start, End          int    // its place in LineReport.Input
	Original, Pseudonym []byte // the bytes as they stand in the line (JSON-escaped in JSON)
	// HoldsSecret is set when a secret was replaced inside the value (a URL's password or
	// token, a password in an auditd command line): like a secret, it must not be kept
	// where it could be read back.
	HoldsSecret bool
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

// categorySet holds which categories are on, a bit per category in listing order: the
// check runs for every value found, so it must not hash.
type categorySet uint32

func (s categorySet) on(name string) bool {
	i := categoryIndex(name)
	return i >= 0 && s&(1<<i) != 0
}

// categoryIndex returns a category's bit in a categorySet and its slot in a worker's
// caches, or -1.
func categoryIndex(name string) int {
	switch name {
	case categories.IPv4:
		return 0
	case categories.IPv6:
		return 1
	case categories.MAC:
		return 2
	case categories.Email:
		return 3
	case categories.Domain:
		return 4
	case categories.Hostname:
		return 5
	case categories.URL:
		return 6
	case categories.Username:
		return 7
	case categories.Fullname:
		return 8
	case categories.Organization:
		return 9
	case categories.Path:
		return 10
	case categories.Geo:
		return 11
	case categories.SID:
		return 12
	case categories.Secret:
		return 13
	case categories.Time:
		return 14
	case categories.Card:
		return 15
	case categories.IBAN:
		return 16
	case categories.Phone:
		return 17
	case categories.NationalID:
		return 18
	case categories.DeviceID:
		return 19
	}
	return -1
}

func newCategorySet(only, skip []string) (categorySet, error) {
	var set categorySet
	known := map[string]bool{}
	for _, c := range categories.All() {
		i := categoryIndex(c.Name)
		if i < 0 {
			return 0, fmt.Errorf("category %q has no index", c.Name)
		}
		known[c.Name] = true
		if !c.DefaultOff {
			set |= 1 << i
		}
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
		return 0, err
	}
	if err := check(skip); err != nil {
		return 0, err
	}
	if len(only) > 0 {
		set = 0
		for _, n := range only {
			set |= 1 << categoryIndex(n)
		}
		return set, nil
	}
	for _, n := range skip {
		set &^= 1 << categoryIndex(n)
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
