package anon_test

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
)

// keptByPolicy reports truth values that siemanon keeps on purpose, as documented: the
// addresses the address categories keep, well-known accounts and hosts, placeholder
// names, URLs of well-known hosts, and paths with no home folder of a person (system and
// program paths carry no person: /sbin/nologin, C:\Windows\System32\wevtutil.exe).
func keptByPolicy(category, v string) bool {
	switch category {
	case "ip", "mac":
		return keptOnPurpose(category, v)
	case "username":
		return categories.IsWellKnownAccount([]byte(v)) || v == "user" || strings.Trim(v, "*") == ""
	case "hostname", "domain":
		return categories.IsWellKnownHost([]byte(v)) || v == "LOCAL" || v == "domain" || v == "host" || v == "console"
	case "url":
		host := v
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		host, _, _ = strings.Cut(host, "/")
		host, _, _ = strings.Cut(host, ":")
		return categories.IsWellKnownHost([]byte(host))
	case "path":
		user := categories.HomeUser([]byte(strings.ReplaceAll(v, `\\`, `\`)))
		return user == nil || categories.IsWellKnownAccount(user) // /home/vagrant: a box's default account
	}
	return false
}

// leaksIn reports whether a truth value still stands in an output line, as the shared
// scorer counts it: a case-sensitive substring, except that addresses and names shorter
// than four characters count only as whole tokens.
func leaksIn(category, v, line string) bool {
	if category == "ip" || category == "mac" || (category == "username" || category == "hostname") && len(v) < 4 {
		return containsToken(line, v)
	}
	if strings.Contains(line, v) {
		return true
	}
	// JSON lines: the value may stand escaped.
	if esc, err := json.Marshal(v); err == nil {
		return strings.Contains(line, strings.Trim(string(esc), `"`))
	}
	return false
}

// TestCorpusEveryCategory runs the shared corpus through one stream with every category
// on and checks, per category of ten or more values, that at most 1% of the values not
// kept by policy survive. The counts are logged for the closing note.
func TestCorpusEveryCategory(t *testing.T) {
	recs := loadCorpus(t) // continuation lines are rewritten too, not scored
	var input bytes.Buffer
	input.WriteString("corpus\n") // no record may start a multi-line document
	for _, r := range recs {
		input.WriteString(r.Line)
		input.WriteByte('\n')
	}
	e, err := anon.New(anon.Config{Key: testKey()})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := e.Run(&out, []anon.Input{{Name: "truth", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input.Bytes())), nil
	}}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")[1:]
	if len(lines) != len(recs) {
		t.Fatalf("%d records in, %d lines out", len(recs), len(lines))
	}
	total, leaked, kept := map[string]int{}, map[string]int{}, map[string]int{}
	for i, r := range recs {
		if r.Continuation {
			continue
		}
		for _, tv := range r.Truth {
			if tv.Category == "url_path" {
				continue // URL paths stay on purpose, as the shared scorer assumes too
			}
			total[tv.Category]++
			if !leaksIn(tv.Category, tv.Value, lines[i]) {
				continue
			}
			if keptByPolicy(tv.Category, tv.Value) {
				kept[tv.Category]++
				continue
			}
			leaked[tv.Category]++
			t.Logf("%s %q survived (%s, %s:%d)", tv.Category, tv.Value, tv.Field, r.Source, r.LineNo)
		}
	}
	for c, n := range total {
		scored := n - kept[c]
		t.Logf("%-9s %4d values, %3d kept by policy, %3d of the other %4d survived", c, n, kept[c], leaked[c], scored)
		if n >= 10 && scored > 0 && float64(leaked[c]) > 0.01*float64(scored) {
			t.Errorf("%s: %d of %d values survived (more than 1%%)", c, leaked[c], scored)
		}
	}
}
