package anon_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

type truthRecord struct {
	Source       string `json:"source"`
	LineNo       int    `json:"line_no"`
	Line         string `json:"line"`
	Continuation bool   `json:"continuation"`
	Truth        []struct {
		Category string `json:"category"`
		Value    string `json:"value"`
		Field    string `json:"field"`
	} `json:"truth"`
}

// keptOnPurpose reports values the issue keeps as they are: loopback, unspecified,
// broadcast and multicast addresses (IPv4 and IPv6) and multicast or broadcast MACs.
func keptOnPurpose(category, v string) bool {
	switch category {
	case "ip":
		a, err := netip.ParseAddr(v)
		if err != nil {
			return false
		}
		a = a.Unmap()
		return a.IsLoopback() || a.IsUnspecified() || a.IsMulticast() ||
			a.Is4() && (a.As4()[0] == 0 || a.As4() == [4]byte{255, 255, 255, 255})
	case "mac":
		return isMAC(v) && isMulticastMAC(v)
	}
	return false
}

// containsToken reports whether v occurs in s as a whole token: not inside a longer run
// of the characters an address or email is made of (10.0.0.1 is not in 10.0.0.12).
func containsToken(s, v string) bool {
	part := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
	}
	for i := 0; ; {
		k := strings.Index(s[i:], v)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(v)
		before := k == 0 || !part(s[k-1]) && s[k-1] != '.' && s[k-1] != ':' && s[k-1] != '-'
		colonOK := !strings.Contains(v, ":") // 10.0.0.1:80, but not a MAC or IPv6 going on
		after := end == len(s) || !part(s[end]) && (s[end] != ':' || colonOK) && s[end] != '-' &&
			!(s[end] == '.' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9')
		if before && after {
			return true
		}
		i = k + 1
	}
}

// loadCorpus reads the shared corpus's truth records, continuation lines included, or
// skips the test when the corpus is not there (it is not shipped).
func loadCorpus(t *testing.T) []truthRecord {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "corpus", "truth.ndjson")
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not found: the shared corpus is not here", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var recs []truthRecord
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r truthRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("truth.ndjson: %v", err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestCorpusNoLeak runs every record of the shared corpus through one stream and checks
// that no ip, mac or email value of its truth survives in its output line.
func TestCorpusNoLeak(t *testing.T) {
	var recs []truthRecord
	for _, r := range loadCorpus(t) {
		if !r.Continuation {
			recs = append(recs, r)
		}
	}
	var input bytes.Buffer
	for _, r := range recs {
		if strings.ContainsAny(r.Line, "\n") {
			t.Fatalf("%s:%d: a record with a newline", r.Source, r.LineNo)
		}
		input.WriteString(r.Line)
		input.WriteByte('\n')
	}
	// A record line that could start a multi-line document must not join the others:
	// start the stream with a plain line.
	input2 := append([]byte("corpus\n"), input.Bytes()...)

	e, err := anon.New(anon.Config{Key: testKey(), Only: addressCategories})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = e.Run(&out, []anon.Input{{Name: "truth", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input2)), nil
	}}})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")[1:]
	if len(lines) != len(recs) {
		t.Fatalf("%d records in, %d lines out", len(recs), len(lines))
	}
	total, leaks, kept := map[string]int{}, map[string]int{}, map[string]int{}
	for i, r := range recs {
		for _, tv := range r.Truth {
			if tv.Category != "ip" && tv.Category != "mac" && tv.Category != "email" {
				continue
			}
			total[tv.Category]++
			if !containsToken(lines[i], tv.Value) {
				continue
			}
			if keptOnPurpose(tv.Category, tv.Value) {
				kept[tv.Category]++
				t.Logf("kept on purpose: %s %s (%s:%d)", tv.Category, tv.Value, r.Source, r.LineNo)
				continue
			}
			leaks[tv.Category]++
			t.Errorf("%s %q survived (%s, %s:%d):\n in: %s\nout: %s", tv.Category, tv.Value, tv.Field, r.Source, r.LineNo, r.Line, lines[i])
		}
	}
	for _, c := range []string{"ip", "mac", "email"} {
		t.Logf("%s: %d values, %d survived, %d kept on purpose", c, total[c], leaks[c], kept[c])
	}
}

func TestContainsToken(t *testing.T) {
	for _, c := range []struct {
		s, v string
		want bool
	}{
		{"a 10.0.0.12 b", "10.0.0.1", false},
		{"a 10.0.0.1 b", "10.0.0.1", true},
		{"a 110.0.0.1 b", "10.0.0.1", false},
		{"src=10.0.0.1:80", "10.0.0.1", true},
		{"10.0.0.1.", "10.0.0.1", true},
		{"10.0.0.1.5", "10.0.0.1", false},
		{"x 00:1a:2b:3c:4d:5e:00", "00:1a:2b:3c:4d:5e", false},
		{"<jane@example.com>", "jane@example.com", true},
	} {
		if got := containsToken(c.s, c.v); got != c.want {
			t.Errorf("containsToken(%q, %q) = %v", c.s, c.v, got)
		}
	}
}
