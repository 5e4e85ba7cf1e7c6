package anon_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
)

// anonymized is what a filter run made of an input: its output, the map it would write
// (every rewritten value but secrets, which are never kept), and the input with only the
// secrets rewritten: what a round trip can give back at best.
type anonymized struct {
	out, want []byte
	m         *anon.RevealMap
	records   [][3]string // category, original, pseudonym
	glued     bool        // some value found was glued to a letter or digit
	dropped   bool        // some line was not processed (a marker replaced it)
	// holdsSecret: some value held a secret (a URL with sig=). It is written whole as
	// its pseudonym, never mapped, but a timestamp inside it is still shifted back by the
	// key.
	holdsSecret bool
}

func alnum(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' }

func anonymize(t testing.TB, cfg anon.Config, input []byte) anonymized {
	t.Helper()
	var a anonymized
	a.m = anon.NewRevealMap()
	seen := map[[3]string]bool{}
	var units [][]byte
	cfg.Observe = func(r *anon.LineReport) {
		var unit []byte
		last := 0
		for _, f := range r.Findings {
			// Glued: the value, or its pseudonym, touches a letter or digit of the line
			// (X::1:0:0 became G1be7:...: the map cannot find a whole token there).
			if len(f.Original) > 0 && len(f.Pseudonym) > 0 &&
				(f.Start > 0 && alnum(r.Input[f.Start-1]) && (alnum(f.Original[0]) || alnum(f.Pseudonym[0])) ||
					f.End < len(r.Input) && alnum(r.Input[f.End]) && (alnum(f.Original[len(f.Original)-1]) || alnum(f.Pseudonym[len(f.Pseudonym)-1]))) {
				a.glued = true
			}
			a.holdsSecret = a.holdsSecret || f.HoldsSecret
			if f.Category == categories.Secret {
				unit = append(unit, r.Input[last:f.Start]...)
				unit = append(unit, f.Pseudonym...)
				last = f.End
				continue
			}
			rec := [3]string{f.Category, string(f.Original), string(f.Pseudonym)}
			if !seen[rec] {
				seen[rec] = true
				a.records = append(a.records, rec)
				a.m.Add(f.Category, f.Original, f.Pseudonym)
			}
		}
		units = append(units, append(unit, r.Input[last:]...))
	}
	e, err := anon.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = e.Run(&out, []anon.Input{{Name: "in", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input)), nil
	}}})
	switch {
	case err == anon.ErrIncomplete && bytes.Contains(out.Bytes(), []byte("[siemanon: line not processed: ")):
		a.dropped = true // reported and marked: nothing to give back
	case err != nil:
		t.Fatal(err)
	}
	a.out = out.Bytes()
	a.want = putEndings(units, input)
	return a
}

// putEndings joins the units, each with the ending of its last line in the input: the
// units are in order, and their content has no line ending but inside multi-line
// documents, which keep theirs.
func putEndings(parts [][]byte, input []byte) []byte {
	var out []byte
	in := input
	for _, part := range parts {
		out = append(out, part...)
		// Skip the input over the unit's content (as many line endings as the part
		// holds), then copy its ending.
		for range bytes.Count(part, []byte("\n")) {
			in = in[bytes.IndexByte(in, '\n')+1:]
		}
		nl := bytes.IndexByte(in, '\n')
		if nl < 0 {
			break
		}
		end := nl
		if end > 0 && in[end-1] == '\r' {
			end--
		}
		out = append(out, in[end:nl+1]...)
		in = in[nl+1:]
	}
	return out
}

func reveal(t testing.TB, cfg anon.RevealConfig, input []byte) ([]byte, map[string]int64) {
	t.Helper()
	r, err := anon.NewRevealer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := r.Run(&out, []anon.Input{{Name: "in", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input)), nil
	}}}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), r.Stats()
}

// diffLines reports the lines where got and want differ, with the pseudonymized line and
// the map records that occur in it, and returns how many differ.
func diffLines(t *testing.T, input, anonOut, got, want []byte, records [][3]string, limit int) int {
	t.Helper()
	gl := strings.SplitAfter(string(got), "\n")
	wl := strings.SplitAfter(string(want), "\n")
	al := strings.SplitAfter(string(anonOut), "\n")
	if len(gl) != len(wl) {
		t.Errorf("%d lines revealed, %d expected", len(gl), len(wl))
		return len(wl)
	}
	bad := 0
	for i := range wl {
		if gl[i] == wl[i] {
			continue
		}
		bad++
		if bad > limit {
			continue
		}
		var recs []string
		for _, r := range records {
			if strings.Contains(al[i], r[2]) {
				recs = append(recs, fmt.Sprintf("%s %q->%q", r[0], r[1], r[2]))
			}
		}
		t.Logf("line %d\n  input  %q\n  anon   %q\n  reveal %q\n  map    %s", i+1, wl[i], al[i], gl[i], strings.Join(recs, "; "))
	}
	return bad
}

func TestRevealRoundTripSample(t *testing.T) {
	input, err := os.ReadFile(filepath.Join("..", "testdata", "samples", "mixed.log"))
	if err != nil {
		t.Fatal(err)
	}
	key := testKey()
	a := anonymize(t, anon.Config{Key: key}, input)
	if bytes.Equal(a.out, input) {
		t.Fatal("nothing was rewritten")
	}
	for _, tc := range []struct {
		name string
		cfg  anon.RevealConfig
	}{
		{"map", anon.RevealConfig{Map: a.m}},
		{"key and map", anon.RevealConfig{Key: key, Map: a.m}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, stats := reveal(t, tc.cfg, a.out)
			if n := diffLines(t, input, a.out, got, a.want, a.records, 10); n > 0 {
				t.Errorf("%d lines do not round-trip (stats %v)", n, stats)
			}
		})
	}
}

// TestRevealKeyOnly checks that the key alone restores addresses, MACs and SIDs, and
// leaves alone what only looks like one: a product version, a kept address.
func TestRevealKeyOnly(t *testing.T) {
	input := []byte("src=10.1.2.3 dst=203.0.113.9 mac=00:1a:2b:3c:4d:5e v6=2001:db8::1 sid=S-1-5-21-1-2-3-1013\r\n" +
		`{"source":{"ip":"192.168.1.20"},"user_agent":"Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36"}` + "\n" +
		"lo=127.0.0.1 kept=8.8.8.8 MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00\n" +
		"no newline 172.16.5.4")
	key := testKey()
	cfg := anon.Config{Key: key, Only: []string{"ipv4", "ipv6", "mac", "sid"}, Keep: []string{"8.8.8.8"}}
	a := anonymize(t, cfg, input)
	got, stats := reveal(t, anon.RevealConfig{Key: key, Only: cfg.Only, Keep: cfg.Keep}, a.out)
	if !bytes.Equal(got, input) {
		t.Errorf("reveal:\n got  %q\n want %q\n anon %q", got, input, a.out)
	}
	want := map[string]int64{"ipv4": 4, "ipv6": 1, "mac": 3, "sid": 1}
	if fmt.Sprint(stats) != fmt.Sprint(want) {
		t.Errorf("stats %v, want %v", stats, want)
	}
	// A permutation inverts any address: another key restores wrong addresses, which
	// only a map can tell.
	other := bytes.Repeat([]byte{9}, categories.KeySize)
	if _, err := anon.NewRevealer(anon.RevealConfig{Key: other, Map: a.m}); !errors.Is(err, anon.ErrKeyMismatch) {
		t.Errorf("another key with the map: %v, want ErrKeyMismatch", err)
	}
	if _, err := anon.NewRevealer(anon.RevealConfig{Key: key, Map: a.m}); err != nil {
		t.Errorf("the key with its map: %v", err)
	}
}

// TestRevealMapAmbiguous checks that a pseudonym standing for two originals is never
// restored, and that map tokens are whole tokens only.
func TestRevealMapAmbiguous(t *testing.T) {
	m := anon.NewRevealMap()
	m.Add("username", []byte("alice"), []byte("zeta"))
	m.Add("username", []byte("bob"), []byte("zeta"))
	m.Add("hostname", []byte("db1.corp"), []byte("xk9.corp"))
	m.Add("path", []byte(`C:\Users\alice`), []byte(`C:\Users\qu7`))
	if amb := m.Ambiguous(); len(amb) != 1 || amb[0].Pseudonym != "zeta" || len(amb[0].Originals) != 2 {
		t.Errorf("Ambiguous() = %+v", amb)
	}
	in := "user=zeta host=xk9.corp other=xk9.corpx " + `{"p":"C:\\Users\\qu7"} C:\Users\qu7` + "\n"
	want := "user=zeta host=db1.corp other=xk9.corpx " + `{"p":"C:\\Users\\alice"} C:\Users\alice` + "\n"
	got, _ := reveal(t, anon.RevealConfig{Map: m}, []byte(in))
	if string(got) != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRevealMapSameValueEscaped: one value written with a JSON escape in one place and
// plainly in another ("m\u0067arcia", "mgarcia") is one original, restored plainly; two
// values whose escapes differ in meaning stay ambiguous.
func TestRevealMapSameValueEscaped(t *testing.T) {
	m := anon.NewRevealMap()
	m.Add("username", []byte(`m\u0067arcia`), []byte("qzorb"))
	m.Add("username", []byte("mgarcia"), []byte("qzorb"))
	m.Add("username", []byte(`a\u0062`), []byte("wyx"))
	m.Add("username", []byte("ac"), []byte("wyx"))
	if amb := m.Ambiguous(); len(amb) != 1 || amb[0].Pseudonym != "wyx" {
		t.Errorf("Ambiguous() = %+v, want wyx alone", amb)
	}
	in := `{"u":"qzorb","v":"wyx"}` + "\n"
	want := `{"u":"mgarcia","v":"wyx"}` + "\n"
	if got, _ := reveal(t, anon.RevealConfig{Map: m}, []byte(in)); string(got) != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestRevealRoundTripCorpus(t *testing.T) {
	var input bytes.Buffer
	input.WriteString("corpus\n") // no multi-line document at the start
	for _, r := range loadCorpus(t) {
		input.WriteString(r.Line)
		input.WriteByte('\n')
	}
	key := testKey()
	a := anonymize(t, anon.Config{Key: key}, input.Bytes())
	got, stats := reveal(t, anon.RevealConfig{Key: key, Map: a.m}, a.out)
	t.Logf("restored %v; %d map records, %d ambiguous", stats, a.m.Len(), len(a.m.Ambiguous()))
	for _, amb := range a.m.Ambiguous() {
		t.Logf("ambiguous %s %q <- %q", amb.Category, amb.Pseudonym, amb.Originals)
	}
	if n := diffLines(t, input.Bytes(), a.out, got, a.want, a.records, 20); n > 0 {
		t.Errorf("%d of %d lines do not round-trip", n, bytes.Count(input.Bytes(), []byte("\n")))
	}
}
