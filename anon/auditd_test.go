package anon

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

func TestAuditHexEnd(t *testing.T) {
	tests := []struct {
		s    string
		want int // -1: no hex value
	}{
		{"6D7973716C", 10},
		{"6D7973716C exe=x", 10},
		{"6D7973716C'", 10},
		{"6D79", 4},
		{"6D7", -1},        // odd: no bytes
		{"6D", -1},         // too short to tell from a number
		{"6d7973716c", -1}, // auditd writes upper case; a syscall argument is lower case
		{"6D7973716Cx", -1},
		{"", -1},
	}
	for _, tt := range tests {
		if got := auditHexEnd([]byte(tt.s), 0); got != tt.want {
			t.Errorf("auditHexEnd(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestAppendDecodedText(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"mysql\x00-ujdoe", true},
		{"cat /home/jdoe/notes.txt", true},
		{"su - erin\r", true},
		{"\x1b[Als\r", true},  // keystrokes: an arrow key
		{"Jörg Müller", true}, // UTF-8
		{"1000", false},       // no letter: a number
		{"\x10\x00", false},   // a control byte
		{"ab\x01cd", false},   // a control byte among letters
		{"\xff\xfeab", false}, // not UTF-8
		{"U\xd4", false},      // a syscall argument that decodes to binary
		{"  \x00  ", false},   // no letter
		{"/tmp", true},
	}
	for _, tt := range tests {
		h := []byte(strings.ToUpper(hex.EncodeToString([]byte(tt.text))))
		got, ok := appendDecodedText(nil, h)
		if ok != tt.ok {
			t.Errorf("appendDecodedText(%q) ok = %v, want %v", tt.text, ok, tt.ok)
		}
		if ok && string(got) != tt.text {
			t.Errorf("appendDecodedText(%q) = %q", tt.text, got)
		}
	}
}

// TestAuditValues rewrites audit records and decodes their hex values again: what must
// go is gone from the decoded text, what must stay is there, and hex stays upper-case
// hex of the same kind of text.
func TestAuditValues(t *testing.T) {
	hx := func(s string) string { return strings.ToUpper(hex.EncodeToString([]byte(s))) }
	tests := []struct {
		name       string
		line       string
		key        string // the field whose decoded value is checked
		gone, kept []string
	}{
		{"proctitle", "type=PROCTITLE msg=audit(1.1:1): proctitle=" + hx("mysql\x00-ujdoe\x00-pS3cr3tPass\x00-h\x00db01.corp.local"),
			"proctitle", []string{"jdoe", "S3cr3tPass", "db01"}, []string{"mysql\x00-u", "\x00-p", "\x00-h\x00", ".local"}},
		{"sudo cmd", "type=USER_CMD msg=audit(1.1:2): msg='cwd=\"/\" cmd=" + hx("cat /home/alice/x.txt") + " res=success'",
			"cmd", []string{"alice"}, []string{"cat /home/", ".txt"}},
		{"acct with a blank", "type=USER_LOGIN msg=audit(1.1:3): msg='op=login acct=" + hx("John Smith") + " res=failed'",
			"acct", []string{"John", "Smith"}, nil},
		{"execve hex argument", "type=EXECVE msg=audit(1.1:4): argc=3 a0=\"sshpass\" a1=\"-p\" a2=" + hx("pass word1"),
			"a2", []string{"pass", "word1"}, nil},
		{"not text", "type=SYSCALL msg=audit(1.1:5): a0=55D4 a1=1000 key=" + hx("priv"),
			"key", nil, []string{"priv"}},
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := e.RewriteLine(nil, []byte(tt.line))
			at := bytes.Index(out, []byte(" "+tt.key+"="))
			if at < 0 {
				t.Fatalf("no %s= in %q", tt.key, out)
			}
			v := out[at+len(tt.key)+2:]
			end := auditHexEnd(v, 0)
			if end < 0 {
				t.Fatalf("%s is no longer upper-case hex: %q", tt.key, out)
			}
			text, err := hex.DecodeString(string(v[:end]))
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.gone {
				if bytes.Contains(text, []byte(g)) {
					t.Errorf("%q still in %q", g, text)
				}
			}
			for _, k := range tt.kept {
				if !bytes.Contains(text, []byte(k)) {
					t.Errorf("%q lost from %q", k, text)
				}
			}
		})
	}
	// A syscall's numeric arguments stay as they are.
	line := "type=SYSCALL msg=audit(1.1:5): arch=c000003e syscall=59 a0=55D4 a1=1000 a2=7ffd items=2"
	if out := e.RewriteLine(nil, []byte(line)); string(out) != line {
		t.Errorf("syscall arguments changed:\n%s\n%s", line, out)
	}
}

func TestDNSDebugName(t *testing.T) {
	e := testEngine(t)
	out := string(e.RewriteLine(nil, []byte("Q [0001 D NOERROR] A (8)wks-hugo(4)corp(5)local(0)")))
	k := strings.LastIndex(out, " ")
	name := out[k+1:]
	if strings.Contains(name, "hugo") || !strings.HasSuffix(name, "(5)local(0)") {
		t.Fatalf("name not rewritten as a host: %q", out)
	}
	// Every label's length prefix matches the label that follows it.
	for rest := name; rest != "(0)"; {
		if rest[0] != '(' {
			t.Fatalf("bad name %q", name)
		}
		closeAt := strings.IndexByte(rest, ')')
		n := 0
		for _, c := range rest[1:closeAt] {
			n = n*10 + int(c-'0')
		}
		label := rest[closeAt+1 : closeAt+1+n]
		if strings.ContainsAny(label, "()") || n == 0 {
			t.Fatalf("length %d does not fit %q in %q", n, label, name)
		}
		rest = rest[closeAt+1+n:]
	}
	for _, keep := range []string{"(3)www(6)google(3)com(0)", "f(1) (2)ab", "(1)a(0)"} {
		if out := string(e.RewriteLine(nil, []byte(keep))); out != keep {
			t.Errorf("%q became %q", keep, out)
		}
	}
}

// testEngine returns an engine with every category on, under a fixed key.
func testEngine(t *testing.T) *Engine {
	t.Helper()
	e, err := New(Config{Key: bytes.Repeat([]byte{7}, 32), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	return e
}
