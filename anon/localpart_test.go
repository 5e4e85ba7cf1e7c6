package anon

import "testing"

func TestPersonalLocalPart(t *testing.T) {
	for _, tc := range []struct {
		local string
		want  bool
	}{
		{"b.ekstrom7", true},
		{"anna_berg", true},
		{"jdoe2", true},
		{"info", false},         // a role's mailbox
		{"support.team", false}, // words of roles
		{"noreply", false},      // no join, no digit
		{"no-reply", false},     // a dash: a role's name
		{"jdoe+news", false},    // a tag
		{"1234567", false},      // a number
		{"user2", false},        // a generic word and a digit
		{"mrodriguez", false},   // a plain word: too like a word to be learned from here
		{"x.y", false},          // too short
	} {
		if got := personalLocalPart([]byte(tc.local)); got != tc.want {
			t.Errorf("personalLocalPart(%q) = %v, want %v", tc.local, got, tc.want)
		}
	}
}
