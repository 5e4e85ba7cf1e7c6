package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/siemanon/siemanon/anon"
)

func noEnv(string) string { return "" }

// Exact exit statuses of scan and check: testscript's `! exec` only tells non-zero.
func TestScanCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	mixed := filepath.Join("..", "..", "testdata", "samples", "mixed.log")
	clean := filepath.Join(dir, "clean.log")
	os.WriteFile(clean, []byte("service started\n"), 0o644)
	geo := filepath.Join(dir, "geo.log")
	os.WriteFile(geo, []byte(`{"@timestamp":"2025-03-04T08:15:02Z","ecs":{"version":"8.11.0"},"source":{"geo":{"city_name":"London"}}}`+"\n"), 0o644)
	orig := filepath.Join(dir, "orig.log")
	os.WriteFile(orig, []byte("Failed password for invalid user admin from 198.51.100.77 port 40022 ssh2\n"), 0o644)
	var anonOut, stderr bytes.Buffer
	// A pinned key: under a random one, 198.51.100.77 is its own pseudonym once in 256
	// runs (a permutation of its /24 has fixed points), and check rightly finds it.
	pinned := func(name string) string {
		if name == "SIEMANON_KEY" {
			return testKey
		}
		return ""
	}
	if code := run([]string{orig}, nil, &anonOut, &stderr, pinned); code != 0 {
		t.Fatalf("filter: exit %d: %s", code, stderr.String())
	}
	good := filepath.Join(dir, "good.log")
	os.WriteFile(good, anonOut.Bytes(), 0o644)
	leaky := filepath.Join(dir, "leaky.log")
	os.WriteFile(leaky, []byte(strings.Replace(anonOut.String(), "from ", "from 198.51.100.77 ", 1)), 0o644)

	tests := []struct {
		name string
		args []string
		code int
	}{
		{"scan", []string{"scan", mixed}, 0},
		{"fail-on high with high values", []string{"scan", "--fail-on", "high", mixed}, 3},
		{"fail-on low with high values", []string{"scan", "--fail-on", "low", mixed}, 3},
		{"fail-on medium with only low", []string{"scan", "--fail-on", "medium", geo}, 0},
		{"fail-on low with low", []string{"scan", "--fail-on", "low", geo}, 3},
		{"fail-on on a clean file", []string{"scan", "--fail-on", "low", clean}, 0},
		{"fail-on json", []string{"scan", "--format", "json", "--fail-on", "high", mixed}, 3},
		{"bad fail-on", []string{"scan", "--fail-on", "severe", clean}, 2},
		{"bad format", []string{"scan", "--format", "xml", clean}, 2},
		{"scan unknown category", []string{"scan", "--only", "ipv5", clean}, 2},
		{"scan missing input", []string{"scan", filepath.Join(dir, "absent")}, 1},
		{"check clean", []string{"check", orig, good}, 0},
		{"check residual", []string{"check", orig, leaky}, 1},
		{"check line count", []string{"check", mixed, good}, 1},
		{"check one arg", []string{"check", orig}, 2},
		{"check missing file", []string{"check", orig, filepath.Join(dir, "absent")}, 1},
		{"verify clean", []string{"--verify", mixed}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, strings.NewReader(""), &stdout, &stderr, noEnv); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
		})
	}
}

// countingFeature counts the values the filter rewrites, per category, from inside the
// filter's own run.
type countingFeature struct{ counts map[string]int64 }

func (c *countingFeature) addFlags(*pflag.FlagSet) {}
func (c *countingFeature) start(*streams, []byte) (func(*anon.LineReport), error) {
	return func(r *anon.LineReport) {
		for i := range r.Findings {
			c.counts[r.Findings[i].Category]++
		}
	}, nil
}
func (c *countingFeature) finish(_ *streams, _ anon.Stats, err error) error { return err }

// scan's counts are what the filter rewrites: the shipped samples, and the corpus of the
// project when it is there.
func TestScanCountsEqualFilter(t *testing.T) {
	files := []string{
		filepath.Join("..", "..", "testdata", "samples", "mixed.log"),
		filepath.Join("..", "..", "testdata", "samples", "export.ndjson"),
	}
	truth := filepath.Join("..", "..", "..", "shared", "corpus", "truth.ndjson")
	if _, err := os.Stat(truth); err == nil {
		files = append(files, truth)
	} else {
		t.Logf("%s absent: checked on the samples only", truth)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var filterOut, stderr bytes.Buffer
			s := &streams{stdin: strings.NewReader(""), stdout: &filterOut, stderr: &stderr, getenv: noEnv}
			counter := &countingFeature{counts: map[string]int64{}}
			opts := &rootOptions{maxLine: "64MiB"}
			if err := runFilter(s, opts, []filterFeature{counter}, []string{file}); err != nil {
				t.Fatalf("filter: %v: %s", err, stderr.String())
			}
			var scanOut bytes.Buffer
			stderr.Reset()
			if code := run([]string{"scan", "--format", "json", file}, strings.NewReader(""), &scanOut, &stderr, noEnv); code != 0 {
				t.Fatalf("scan: exit %d: %s", code, stderr.String())
			}
			var res scanResult
			if err := json.Unmarshal(scanOut.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			scanned := map[string]int64{}
			var total int64
			for _, c := range res.Categories {
				scanned[c.Category] = c.Occurrences
				total += c.Occurrences
				var where int64
				for _, w := range c.Where {
					where += w.Count
				}
				if where != c.Occurrences {
					t.Errorf("%s: places add up to %d, occurrences %d", c.Category, where, c.Occurrences)
				}
			}
			if total == 0 {
				t.Fatal("nothing found")
			}
			for cat, n := range counter.counts {
				if scanned[cat] != n {
					t.Errorf("%s: scan counts %d, the filter rewrote %d", cat, scanned[cat], n)
				}
			}
			for cat, n := range scanned {
				if counter.counts[cat] != n {
					t.Errorf("%s: scan counts %d, the filter rewrote %d", cat, n, counter.counts[cat])
				}
			}
		})
	}
}
