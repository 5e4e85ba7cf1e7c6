package anon

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestLinesToRedo checks the merge's search for lines to rewrite again: every line that
// holds, as a token in any case, a value learned first on an earlier line is marked (no
// false negatives: the filter in front only passes over lines none of whose tokens can be
// fresh), also as a part of a name joined with '-', '_' or '.' (vm-jkowalski-dev,
// WKS-0587_JKOWALSKI.zip), a value learned on a later line marks nothing, and it holds
// with many fresh values as with few.
func TestLinesToRedo(t *testing.T) {
	lines := []string{
		"Accepted password for jdoe from 10.1.2.3 port 22 ssh2",
		`{"user":{"name":"Mary.Keller"},"host":{"name":"WKS-042.corp.example.com."}}`,
		"su: (to root) JDOE on pts/0; CORP\\jdoe--",
		"",
		"a b c",
		"maria garcia logged on",
		"nothing to see here",
		"0\xbejdoe behind a byte that is not UTF-8",
		"hello josé!",
		"PowerOn \"vm-jkowalski-dev\" on host-1017",
		"PUT /upload/WKS-0587_JKOWALSKI.zip",
		"pod jupyter-jkowalsky-0 started",
	}
	b := &batch{}
	for i, l := range lines {
		start := len(b.buf)
		b.buf = append(b.buf, l...)
		b.units = append(b.units, unit{start: start, end: len(b.buf), eolEnd: len(b.buf), seq: int64(10 + i)})
		b.buf = append(b.buf, '\n')
		b.units[i].eolEnd++
	}
	w := &worker{}
	for _, u := range b.units {
		w.tokenHashes = hashTokens(w.tokenHashes, b.buf[u.start:u.end])
		w.tokenEnds = append(w.tokenEnds, len(w.tokenHashes))
	}
	chunk := [2]int{0, len(lines)}
	for _, extra := range []int{0, 5000} {
		fresh := map[string]int64{"jdoe": 5, "mary.keller": 11, "wks-042.corp.example.com": 5, "maria": 1, "later": 100, "josé": 1, "jkowalski": 2}
		for i := range extra {
			fresh[fmt.Sprintf("absent%d", i)] = 1
		}
		e := &Engine{}
		marks := e.linesToRedo(b, chunk, fresh, w)
		want := []bool{true, true, true, false, false, true, false, true, true, true, true, false}
		if fmt.Sprint(marks) != fmt.Sprint(want) {
			t.Errorf("%d extra fresh values: marks %v, want %v", extra, marks, want)
		}
		if none := e.linesToRedo(b, chunk, map[string]int64{"later": 1}, w); none != nil {
			t.Errorf("a value in no line marked %v", none)
		}
	}
}

// TestFreshFilterSparse checks that the filter of fresh values lets few absent tokens
// through, so that the merge reads few lines.
func TestFreshFilterSparse(t *testing.T) {
	for _, n := range []int{10, 1000, 50000} {
		fresh := map[string]int64{}
		for i := range n {
			fresh[fmt.Sprintf("user%d", i)] = 1
		}
		e := &Engine{}
		filter := e.freshFilter(fresh)
		mask := uint64(len(filter))*64 - 1
		var buf [maxLearnedLen]byte
		pass := 0
		for i := range 100000 {
			_, h := foldHash(buf[:], fmt.Appendf(nil, "absent%d", i))
			a, c := probeBits(h, mask)
			if filter[a>>6]&(1<<(a&63)) != 0 && filter[c>>6]&(1<<(c&63)) != 0 {
				pass++
			}
		}
		if pass > 500 {
			t.Errorf("%d fresh values: %d of 100000 absent tokens pass", n, pass)
		}
		for v := range fresh {
			_, h := foldHash(buf[:], []byte(strings.ToUpper(v)))
			if a, c := probeBits(h, mask); filter[a>>6]&(1<<(a&63)) == 0 || filter[c>>6]&(1<<(c&63)) == 0 {
				t.Fatalf("%d fresh values: %s does not pass", n, v)
			}
		}
	}
}

// FuzzHashTokens checks the one-pass token hashing against its definition: foldHash of
// each token nextLearnToken finds, of the parts of a joined one (componentHashes), and of
// the words a hex token decodes to. Each of those must be there, or a line holding a
// value learned elsewhere in its batch would not be redone; hashTokens may give more (the
// parts of a joined run too long to learn whole), which only sends more lines back.
func FuzzHashTokens(f *testing.F) {
	for _, s := range []string{"Accepted password for jdoe from 10.1.2.3", "a.b-- JDoe... x\xbejdoe josé-", "", "-.-", strings.Repeat("a", 200) + " ab abc"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var want []uint64
		var buf [maxLearnedLen]byte
		for i := 0; i < len(line); {
			var tok []byte
			if tok, i = nextLearnToken(line, i); tok != nil {
				if len(tok) <= maxLearnedLen {
					_, h := foldHash(buf[:], tok)
					want = append(want, h)
				}
				if len(tok) >= 2*minComponent+1 && bytes.ContainsAny(tok, "-_.") {
					want = componentHashes(want, tok) // vm-jkowalski-dev: its parts
				}
				if len(tok) >= 2*minLearned && len(tok)%2 == 0 && isHexRun(tok) {
					want = hashHexTokens(want, tok) // auditd's hex: the words it decodes to
				}
			}
		}
		got := hashTokens(nil, line)
		have := map[uint64]bool{}
		for _, h := range got {
			have[h] = true
		}
		for _, h := range want {
			if !have[h] {
				t.Fatalf("hashTokens(%q) = %v, lacks %d of %v", line, got, h, want)
			}
		}
	})
}
