package anon_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

// nested wraps a record carrying an address and a user in depth arrays.
func nested(depth int) string {
	return strings.Repeat("[", depth) + `{"source":{"ip":"10.1.2.3"},"user":{"name":"jdoe"},"message":"login from 203.0.113.9"}` + strings.Repeat("]", depth)
}

// TestDeepNesting checks that deeply nested JSON fails closed. A record within the depth
// limit is rewritten by key and stays valid JSON. A deeper one (up to 300,000 levels, and a
// multi-line document at the start of the input) cannot be walked without a recursion as
// deep as the input: it is replaced by a marker and reported with its line number, never
// scanned as text, where its values at keys would leak. The lines around it are rewritten.
func TestDeepNesting(t *testing.T) {
	deepDocument := strings.Repeat("[\n", 1000) + `{"source":{"ip":"10.1.2.3"},"user":{"name":"jdoe"}}` + strings.Repeat("\n]", 1000)
	tests := []struct {
		name     string
		input    string
		rejected int64 // the line number reported, 0 for none
	}{
		{"depth 100", nested(100) + "\n", 0},
		{"depth 600", "first 203.0.113.9\n" + nested(600) + "\nlast 203.0.113.9\n", 2},
		{"depth 300,000", nested(300_000) + "\n", 1},
		{"in a syslog line", "<134>1 2024-05-01T10:00:00Z host app - - - " + nested(600) + "\n", 1},
		{"deep document", deepDocument + "\nnext 203.0.113.9\n", 1},
		// Not JSON-shaped at its end: text, scanned as such.
		{"unbalanced", strings.Repeat("{", 100_000) + ` "10.1.2.3"` + "\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warnings []anon.Warning
			e, err := anon.New(anon.Config{Key: testKey(), Workers: 2, MaxLine: 1 << 20,
				Warn: func(w anon.Warning) { warnings = append(warnings, w) }})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			err = e.Run(&out, []anon.Input{{Name: "in.json", Open: func() (io.ReadCloser, error) {
				return io.NopCloser(strings.NewReader(tt.input)), nil
			}}})
			if got, want := bytes.Count(out.Bytes(), []byte("\n")), strings.Count(tt.input, "\n"); got != want {
				t.Fatalf("%d lines out, %d in", got, want)
			}
			for _, v := range []string{"10.1.2.3", "203.0.113.9", "jdoe"} {
				if bytes.Contains(out.Bytes(), []byte(v)) {
					t.Errorf("%s survives", v)
				}
			}
			if tt.rejected == 0 {
				if err != nil || len(warnings) > 0 {
					t.Fatalf("Run: %v, warnings %v", err, warnings)
				}
				if strings.HasPrefix(tt.input, "[") && !json.Valid(bytes.TrimSpace(out.Bytes())) {
					t.Errorf("output is not valid JSON")
				}
				return
			}
			if err != anon.ErrIncomplete || len(warnings) != 1 || warnings[0].Line != tt.rejected ||
				!strings.Contains(warnings[0].String(), "in.json:") || !strings.Contains(warnings[0].Message, "nested deeper than 512") {
				t.Fatalf("Run: %v, warnings %v; want one for line %d", err, warnings, tt.rejected)
			}
			if !bytes.Contains(out.Bytes(), []byte("[siemanon: line not processed: JSON nested deeper than 512 levels]")) {
				t.Errorf("no marker in %.200q", out.Bytes())
			}
		})
	}
}

// TestLongAdversarialLines runs megabyte lines built to make a scanner go quadratic or
// recurse as deep as the line: URLs in URLs (http://http://..., ?u=http://a/?u=...),
// a name of half a million labels, a record of 80,000 keys. Each must come out as one
// line with its hosts rewritten; a quadratic scan makes this test take minutes (http://
// repeated 140,000 times took 136 s before URL nesting was bounded), a recursion as deep
// as the line overflows the stack.
func TestLongAdversarialLines(t *testing.T) {
	keys := make([]string, 80000)
	for i := range keys {
		keys[i] = fmt.Sprintf(`"k%d":"v"`, i)
	}
	for name, line := range map[string]string{
		"http":   strings.Repeat("http://", 140_000),
		"hosts":  strings.Repeat("http://a.example.com/", 50_000),
		"nested": strings.Repeat("http://a.example.com/?u=", 40_000),
		"labels": strings.Repeat("a.", 500_000) + "example.com",
		"json":   `{"host":"a.example.com",` + strings.Join(keys, ",") + "}",
		// 500 levels (within the limit), then 80,000 keys: the depth times the leaves.
		"deep keys": strings.Repeat(`{"a":`, 500) + `{"host":"a.example.com",` + strings.Join(keys, ",") + "}" + strings.Repeat("}", 500),
		"phrases":   strings.Repeat("invalid user for ", 60_000),
		"keyvalue":  strings.Repeat("user=", 200_000),
		// auditd: 60,000 execve arguments read as one command line, an edit in each.
		"execve": "type=EXECVE msg=audit(1.1:1): argc=60000" + strings.Repeat(` a1="u@a.example.com"`, 60_000),
		// DNS debug labels that never end, shell commands and Exim keys without end.
		"dnsdebug": strings.Repeat("(1)a", 100_000) + " a.example.com",
		"useradd":  strings.Repeat("useradd ", 100_000) + "a.example.com",
		"exim":     strings.Repeat("A=b ", 100_000) + "P=x a.example.com",
		// SQL literals and IOS secrets that never end, IPv6 runs with ports.
		"sql":      strings.Repeat("PASSWORD 'x IDENTIFIED BY 'y ", 30_000) + "a.example.com",
		"ios":      strings.Repeat("username a.example.com secret ", 40_000),
		"ipv6port": strings.Repeat("2001:db8::1:50188 ", 50_000) + "a.example.com",
		// A web route of 100,000 personal segments, read as a URL's path.
		"routes": " /" + strings.Repeat("users/jdoe.a/", 100_000) + "a.example.com",
		// PEM key headers that never end.
		"pem": strings.Repeat("PRIVATE KEY-----", 200_000) + " a.example.com",
		// RADIUS brackets that never close.
		"radius": strings.Repeat("Login OK: [a ", 60_000) + "] (from client a.example.com port 0)",
		// a CSV header too long to be read as one, then a row of 40,000 quoted columns.
		"csv": "user," + strings.Repeat("src_ip,", 39_998) + "host\n" + strings.Repeat(`"a.example.com",`, 39_999) + `"a.example.com"`,
		// Names, places and machines found by shape in prose, one after the other.
		"names":    strings.Repeat("Anna Kowalska, Anna KOWALSKA^ANNA ", 30_000) + "a.example.com",
		"places":   strings.Repeat("in Lagos, Poland Sao Paulo office ", 30_000) + "a.example.com",
		"machines": strings.Repeat("on FIN-SQL02 user:jdoe olga.ivanova_ ", 30_000) + "a.example.com",
	} {
		t.Run(name, func(t *testing.T) {
			e, err := anon.New(anon.Config{Key: testKey(), Workers: 1, MaxLine: 4 << 20})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			err = e.Run(&out, []anon.Input{{Name: "long", Open: func() (io.ReadCloser, error) {
				return io.NopCloser(strings.NewReader(line + "\n")), nil
			}}})
			if err != nil {
				t.Fatal(err)
			}
			if n, want := bytes.Count(out.Bytes(), []byte("\n")), strings.Count(line, "\n")+1; n != want {
				t.Fatalf("%d lines out, want %d", n, want)
			}
			// A name of half a million labels is no DNS name (253 bytes at most): it
			// stays, and is here for the time it takes.
			if name != "labels" && bytes.Contains(out.Bytes(), []byte("a.example.com")) {
				t.Errorf("a.example.com survives")
			}
		})
	}
}
