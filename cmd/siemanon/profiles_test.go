package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProfilesCmd(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "acme.tsv")
	os.WriteFile(good, []byte("# name: acme\n# extends: ecs\n# detect: acme.tenant\nacme.login\tusername\tour SSO login\nagent.name\tnone\n"), 0o600)
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("# name: bad\nacme.login\tusername\nacme.host\tcomputer\n"), 0o600)
	noEnv := func(string) string { return "" }
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string // substrings that must appear on stdout
		nostdout []string // and must not
		stderr   string
	}{
		{"list", []string{"profiles"}, 0,
			[]string{"NAME ", "CASE", "SIGNATURES", "FIELDS", "DESCRIPTION", "\necs ", "\nnetwitness ", "\nqradar ", "\nwinlog ", "\nk8s-audit ", "\ncloudtrail ", "\nokta ", "\nauth0 ", "\nzeek ", "insensitive"}, nil, ""},
		{"one built-in", []string{"profiles", "k8s-audit"}, 0,
			[]string{"PATH ", "CATEGORY", "NOTE", "\nuser.username ", "\nsourceIPs ", "\nimpersonatedUser.username "}, []string{"DESCRIPTION"}, ""},
		{"none rows shown", []string{"profiles", "ecs"}, 0,
			[]string{"\nprocess.command_line ", " none "}, nil, ""},
		{"file extending ecs", []string{"profiles", good}, 0,
			[]string{"\nacme.login ", "our SSO login", "\n**.user.name "}, nil, ""},
		{"json list", []string{"profiles", "--format", "json"}, 0,
			[]string{`"name": "ecs"`, `"case": "insensitive"`, `"signatures": [`, `"fields": `}, nil, ""},
		{"json one", []string{"profiles", "--format=json", "zeek"}, 0,
			[]string{`"name": "zeek"`, `"path": "id.orig_h"`, `"category": "ip"`}, nil, ""},
		{"unknown name", []string{"profiles", "splunk"}, 2, nil, nil, `unknown profile "splunk"`},
		{"bad file", []string{"profiles", bad}, 2, nil, nil, "bad.tsv:3: unknown category"},
		{"bad format", []string{"profiles", "--format", "yaml"}, 2, nil, nil, "--format"},
		{"two args", []string{"profiles", "ecs", "zeek"}, 2, nil, nil, "accepts at most 1 arg"},
		{"help", []string{"profiles", "--help"}, 0, []string{"--format json", `"signatures": [string]`}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr, noEnv)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			out := stdout.String()
			for _, want := range tt.stdout {
				if !strings.Contains(out, want) {
					t.Errorf("stdout does not contain %q:\n%s", want, out)
				}
			}
			for _, not := range tt.nostdout {
				if strings.Contains(out, not) {
					t.Errorf("stdout contains %q", not)
				}
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderr)
			}
			if tt.code == 0 && stderr.Len() > 0 {
				t.Errorf("unexpected stderr: %s", stderr.String())
			}
			if tt.code != 0 && stdout.Len() > 0 {
				t.Errorf("stdout on error: %s", out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasSuffix(line, " ") {
					t.Errorf("trailing space: %q", line)
				}
			}
		})
	}
}

// The JSON forms decode into the documented fields, and agree with the table.
func TestProfilesJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"profiles", "--format", "json"}, nil, &stdout, &stderr, func(string) string { return "" }); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var list []struct {
		Name        string   `json:"name"`
		Description string   `json:"description"`
		Case        string   `json:"case"`
		Extends     string   `json:"extends"`
		Signatures  []string `json:"signatures"`
		Fields      int      `json:"fields"`
	}
	dec := json.NewDecoder(&stdout)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&list); err != nil {
		t.Fatal(err)
	}
	if len(list) < 9 {
		t.Fatalf("%d profiles, want at least 9", len(list))
	}
	for _, p := range list {
		if p.Name == "" || p.Description == "" || len(p.Signatures) == 0 || p.Fields == 0 {
			t.Errorf("incomplete entry %+v", p)
		}
		if p.Case != "sensitive" && p.Case != "insensitive" {
			t.Errorf("%s: case %q", p.Name, p.Case)
		}
		stdout.Reset()
		if code := run([]string{"profiles", "--format", "json", p.Name}, nil, &stdout, &stderr, func(string) string { return "" }); code != 0 {
			t.Fatalf("%s: exit %d: %s", p.Name, code, stderr.String())
		}
		var one struct {
			Name        string   `json:"name"`
			Description string   `json:"description"`
			Case        string   `json:"case"`
			Extends     string   `json:"extends"`
			Signatures  []string `json:"signatures"`
			Fields      []struct {
				Path     string `json:"path"`
				Category string `json:"category"`
				Note     string `json:"note"`
			} `json:"fields"`
		}
		dec := json.NewDecoder(&stdout)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&one); err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if one.Name != p.Name || len(one.Fields) != p.Fields || one.Case != p.Case {
			t.Errorf("%s: detail %s with %d fields (%s), list says %d (%s)", p.Name, one.Name, len(one.Fields), one.Case, p.Fields, p.Case)
		}
		for _, f := range one.Fields {
			if f.Path == "" || f.Category == "" {
				t.Errorf("%s: empty row %+v", p.Name, f)
			}
		}
	}
}

// --profile with a bad file or an unknown name is a usage error, naming the file and line.
func TestProfileFlagExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("# extends: ecs\nacme.login\tusername\nacme.login\thostname\n"), 0o600)
	good := filepath.Join(dir, "good.tsv")
	os.WriteFile(good, []byte("# extends: ecs\nacme.login\tusername\n"), 0o600)
	env := func(string) string { return testKey }
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"--profile", "ecs"}, 0, ""},
		{[]string{"--profile", good}, 0, ""},
		{[]string{"--profile", "ecs,zeek"}, 0, ""},
		{[]string{"--profile", bad}, 2, "bad.tsv:3: acme.login is already on line 2"},
		{[]string{"--profile", "splunk"}, 2, `"splunk": not a built-in profile`},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, strings.NewReader(`{"acme":{"login":"kmitchell"}}`+"\n"), &stdout, &stderr, env)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr.String())
		}
		if !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%v: stderr %q does not contain %q", tt.args, stderr.String(), tt.stderr)
		}
		if tt.code != 0 && stdout.Len() > 0 {
			t.Errorf("%v: stdout on error: %s", tt.args, stdout.String())
		}
	}
}
