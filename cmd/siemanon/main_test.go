package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("u", false, "update testscript golden files")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"siemanon": main,
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			// Scripts may read the shipped samples.
			samples, err := filepath.Abs(filepath.Join("..", "..", "testdata", "samples"))
			env.Setenv("SAMPLES", samples)
			return err
		},
	})
}

const testKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "team.key")
	os.WriteFile(keyFile, []byte(testKey+"\n"), 0o600)
	badKey := filepath.Join(dir, "bad.key")
	os.WriteFile(badKey, []byte("not a key\n"), 0o600)
	longLine := strings.Repeat("a", 2000) + "\n"
	env := func(key string) func(string) string {
		return func(name string) string {
			if name == "SIEMANON_KEY" {
				return key
			}
			return ""
		}
	}
	tests := []struct {
		name   string
		args   []string
		stdin  string
		key    string
		code   int
		stderr string
	}{
		{"plain stdin", nil, "from 10.1.2.3\n", "", 0, ""},
		{"stdin dash", []string{"-"}, "from 10.1.2.3\n", testKey, 0, ""},
		{"key file", []string{"--key-file", keyFile}, "x\n", "", 0, ""},
		{"help", []string{"--help"}, "", "", 0, ""},
		{"version", []string{"--version"}, "", "", 0, ""},
		{"categories", []string{"categories"}, "", "", 0, ""},
		{"unknown flag", []string{"--no-such-flag"}, "", "", 2, "unknown flag"},
		{"unknown category", []string{"--only", "ipv5"}, "", "", 2, `unknown category "ipv5"`},
		{"bad env key", nil, "x\n", "zz", 2, "SIEMANON_KEY"},
		{"bad key file", []string{"--key-file", badKey}, "x\n", "", 2, "64 hexadecimal digits"},
		{"missing key file", []string{"--key-file", filepath.Join(dir, "nope")}, "x\n", "", 2, "--key-file"},
		{"bad max-line", []string{"--max-line", "lots"}, "x\n", "", 2, "--max-line"},
		{"missing input", []string{filepath.Join(dir, "absent.log")}, "", "", 1, "absent.log"},
		{"line too long", []string{"--max-line", "1K"}, "ok\n" + longLine + "ok\n", "", 1, "<stdin>:2: line longer than 1024 bytes"},
		{"keygen needs a file", []string{"keygen"}, "", "", 2, "accepts 1 arg"},
		{"keygen refuses to overwrite", []string{"keygen", keyFile}, "", "", 1, "exists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr, env(tt.key))
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderr)
			}
			if tt.stderr == "" && stderr.Len() > 0 && tt.code == 0 {
				t.Errorf("unexpected stderr: %s", stderr.String())
			}
		})
	}
}

// The key must never reach standard output or standard error, whatever happens.
func TestKeyNeverPrinted(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "k")
	os.WriteFile(keyFile, []byte(testKey), 0o600)
	almost := testKey[:63] + "g"
	cases := [][]string{
		{"--key-file", keyFile, "--help"},
		{"--key-file", keyFile, "--only", "bogus"},
		{"--key-file", keyFile, filepath.Join(dir, "absent")},
	}
	for _, args := range cases {
		var stdout, stderr bytes.Buffer
		run(args, strings.NewReader("x\n"), &stdout, &stderr, func(string) string { return "" })
		if strings.Contains(stderr.String(), testKey) || strings.Contains(stdout.String(), testKey) {
			t.Errorf("%v: the key was printed", args)
		}
	}
	var stdout, stderr bytes.Buffer
	run(nil, strings.NewReader("x\n"), &stdout, &stderr, func(string) string { return almost })
	if strings.Contains(stderr.String(), almost[:16]) {
		t.Errorf("an invalid key was quoted in the error: %s", stderr.String())
	}
}
