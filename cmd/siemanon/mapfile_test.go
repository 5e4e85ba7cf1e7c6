package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func revealEnv(key string) func(string) string {
	return func(name string) string {
		if name == "SIEMANON_KEY" {
			return key
		}
		return ""
	}
}

func runCLI(t *testing.T, getenv func(string) string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb, getenv)
	return code, out.String(), errb.String()
}

// TestMapOutModeAndForce checks that the map is created 0600, never replaces a file
// without --force, and is made 0600 again when it does.
func TestMapOutModeAndForce(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("..", "..", "testdata", "samples", "mixed.log")
	mapFile := filepath.Join(dir, "run.map")
	if code, _, errs := runCLI(t, revealEnv(testKey), "", "--map-out", mapFile, sample); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	st, err := os.Stat(mapFile)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("map mode %v, want 0600", st.Mode().Perm())
	}
	before, _ := os.ReadFile(mapFile)
	code, out, errs := runCLI(t, revealEnv(testKey), "", "--map-out", mapFile, sample)
	if code != exitUsage || out != "" || !strings.Contains(errs, "exists (--force replaces it)") {
		t.Errorf("existing map: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if after, _ := os.ReadFile(mapFile); !bytes.Equal(before, after) {
		t.Error("the existing map was changed")
	}
	os.Chmod(mapFile, 0o644)
	if code, _, errs := runCLI(t, revealEnv(testKey), "", "--force", "--map-out", mapFile, sample, sample); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, errs)
	}
	st, _ = os.Stat(mapFile)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("map mode after --force %v, want 0600", st.Mode().Perm())
	}
	// Two inputs, one map: each record once.
	after, _ := os.ReadFile(mapFile)
	if !bytes.Equal(before, after) {
		t.Errorf("the map of the sample twice differs from the map of the sample once")
	}
	seen := map[string]bool{}
	for _, line := range bytes.Split(bytes.TrimSpace(after), []byte("\n")) {
		var rec mapRecord
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if rec.Category == "secret" || rec.Original == rec.Pseudonym || seen[string(line)] {
			t.Errorf("record %s", line)
		}
		seen[string(line)] = true
	}
}

// TestRevealExitCodes checks reveal's exit statuses.
func TestRevealExitCodes(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("..", "..", "testdata", "samples", "mixed.log")
	mapKey := filepath.Join(dir, "map.key")
	os.WriteFile(mapKey, []byte(strings.Repeat("ab", 32)), 0o600)
	otherKey := filepath.Join(dir, "other.key")
	os.WriteFile(otherKey, []byte(strings.Repeat("cd", 32)), 0o600)
	enc := filepath.Join(dir, "enc.map")
	plain := filepath.Join(dir, "plain.map")
	if code, _, errs := runCLI(t, revealEnv(testKey), "", "--map-out", enc, "--map-key", mapKey, sample); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runCLI(t, revealEnv(testKey), "", "--map-out", plain, sample); code != 0 {
		t.Fatal(errs)
	}
	tests := []struct {
		name   string
		args   []string
		key    string
		code   int
		stderr string
	}{
		{"nothing to reveal with", []string{"reveal", sample}, "", exitUsage, "needs the key"},
		{"encrypted map without key", []string{"reveal", "--map", enc, sample}, "", exitUsage, "the map is encrypted"},
		{"encrypted map, wrong key", []string{"reveal", "--map", enc, "--map-key", otherKey, sample}, "", exitUsage, "cannot decrypt the map"},
		{"plain map with map key", []string{"reveal", "--map", plain, "--map-key", mapKey, sample}, "", exitUsage, "not encrypted"},
		{"key not of the map", []string{"reveal", "--map", plain, sample}, strings.Repeat("ee", 32), exitUsage, "does not match the map"},
		{"missing map", []string{"reveal", "--map", filepath.Join(dir, "none"), sample}, "", exitUsage, "no such file"},
		{"missing input", []string{"reveal", "--map", plain, filepath.Join(dir, "none")}, "", exitIncomplete, "no such file"},
		{"map key alone", []string{"reveal", "--map-key", mapKey, sample}, testKey, exitUsage, "--map-key needs --map"},
		{"ok", []string{"reveal", "--map", enc, "--map-key", mapKey, sample}, testKey, exitOK, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, revealEnv(tc.key), "", tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tc.code, tc.stderr)
			}
		})
	}
}

// TestRevealRoundTrip anonymizes with --map-out and reveals with the map and the key:
// the shipped sample and the shared corpus come back byte for byte, but for secrets,
// which no map holds (they are irreversible by design): corpus lines with a secret are
// compared with the secret's pseudonym in place.
func TestRevealRoundTrip(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{filepath.Join("..", "..", "testdata", "samples", "mixed.log")}
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "truth.ndjson")
	if data, err := os.ReadFile(corpus); err == nil {
		var lines bytes.Buffer
		lines.WriteString("corpus\n")
		for _, l := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			var r struct{ Line string }
			if err := json.Unmarshal(l, &r); err != nil {
				t.Fatal(err)
			}
			lines.WriteString(r.Line + "\n")
		}
		p := filepath.Join(dir, "corpus.log")
		os.WriteFile(p, lines.Bytes(), 0o600)
		inputs = append(inputs, p)
	} else {
		t.Logf("%s not found: round trip of the sample only", corpus)
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			mapFile := filepath.Join(dir, name+".map")
			anonFile := filepath.Join(dir, name+".anon")
			code, out, errs := runCLI(t, revealEnv(testKey), "", "--map-out", mapFile, in)
			if code != 0 {
				t.Fatal(errs)
			}
			os.WriteFile(anonFile, []byte(out), 0o600)
			// Lines with secrets: the round trip cannot give them back.
			_, want, _ := runCLI(t, revealEnv(testKey), "", "--only", "secret", in)
			code, got, errs := runCLI(t, revealEnv(testKey), "", "reveal", "--map", mapFile, anonFile)
			if code != 0 {
				t.Fatal(errs)
			}
			orig, _ := os.ReadFile(in)
			gl, wl, al, sl := strings.Split(got, "\n"), strings.Split(string(orig), "\n"), strings.Split(out, "\n"), strings.Split(want, "\n")
			if len(gl) != len(wl) || len(sl) != len(wl) {
				t.Fatalf("%d lines revealed, %d in, %d with secrets rewritten", len(gl), len(wl), len(sl))
			}
			bad, secret := 0, 0
			for i := range wl {
				if gl[i] == wl[i] {
					continue
				}
				if sl[i] != wl[i] {
					secret++ // a line with a secret: no map holds it
					continue
				}
				bad++
				if bad <= 10 {
					t.Errorf("line %d\n  input  %q\n  anon   %q\n  reveal %q", i+1, wl[i], al[i], gl[i])
				}
			}
			t.Logf("%d lines, %d with a secret not restored", len(wl), secret)
			if bad > 0 {
				t.Errorf("%d of %d lines do not round-trip", bad, len(wl))
			}
		})
	}
}
