package anon

import (
	"fmt"
	"strings"
	"testing"
)

// TestLearnedSetGrows checks that the filter grows with the set and never loses a value,
// that a reset set starts small again, and that absent tokens mostly miss the filter.
func TestLearnedSetGrows(t *testing.T) {
	var s learnedSet
	const n = 60000
	for i := range n {
		s.add(fmt.Sprintf("User%d", i), learnedEntry{category: "username", seq: int64(i)})
		if i%1000 == 0 {
			s.add(fmt.Sprintf("Maria%d Garcia", i), learnedEntry{category: "fullname", seq: int64(i)})
		}
	}
	if bits := len(s.filter) * 64; bits <= minFilterBits || bits > maxFilterBits {
		t.Errorf("filter of %d bits for %d values", bits, n)
	}
	for i := range n {
		if e, ok := s.lookup(fmt.Appendf(nil, "USER%d", i), int64(n)); !ok || e.category != "username" {
			t.Fatalf("user%d not found after growing", i)
		}
	}
	if got := s.wordsAfter([]byte("maria5000")); got != 2 {
		t.Errorf("wordsAfter(maria5000) = %d, want 2", got)
	}
	var buf [maxLearnedLen]byte
	hits := 0
	for i := range 10000 {
		if _, h := foldHash(buf[:], fmt.Appendf(nil, "absent%d", i)); s.has(h) {
			hits++
		}
	}
	if hits > 1000 {
		t.Errorf("%d of 10000 absent tokens pass the filter", hits)
	}
	s.reset()
	if bits := len(s.filter) * 64; bits != minFilterBits {
		t.Errorf("reset left a filter of %d bits", bits)
	}
	if _, ok := s.lookup([]byte("user1"), n); ok {
		t.Error("reset set still holds user1")
	}
	s.add("jdoe", learnedEntry{category: "username", seq: 1})
	if _, ok := s.lookup([]byte("JDoe"), 1); !ok {
		t.Error("jdoe not found after reset and add")
	}
}

// TestLearnedSetFolding checks that values are stored folded as lookups fold them (ASCII
// letters only): JOSÉ is found as JOSÉ and josÉ, and a value with bytes that are not UTF-8
// neither grows (as strings.ToLower would make it, past the filter's limit) nor breaks the
// filter (a set whose only value was never marked had an empty filter: a panic).
func TestLearnedSetFolding(t *testing.T) {
	var s learnedSet
	s.add("JOSÉ", learnedEntry{category: "username", seq: 1})
	for _, v := range []string{"JOSÉ", "josÉ", "JoSÉ"} {
		if _, ok := s.lookup([]byte(v), 1); !ok {
			t.Errorf("%q not found", v)
		}
	}
	var fresh learnedSet
	odd := "u" + strings.Repeat("\xce0\xfa", 40) // 121 bytes; lower-cased as Unicode, 241
	fresh.add(odd, learnedEntry{category: "username", seq: 1})
	if _, ok := fresh.lookup([]byte(odd), 1); !ok {
		t.Errorf("a value with bytes that are not UTF-8 is not found")
	}
	if _, ok := fresh.lookup([]byte("absent"), 1); ok {
		t.Errorf("absent found")
	}
}
