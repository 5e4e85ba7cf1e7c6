package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// gen runs loggen in-process and returns its output.
func runOut(t testing.TB, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("loggen %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	if errb.Len() > 0 {
		t.Fatalf("loggen %s: unexpected stderr: %s", strings.Join(args, " "), errb.String())
	}
	return out.Bytes()
}

func TestDeterministic(t *testing.T) {
	for _, f := range formatNames {
		args := []string{"-size", "300KB", "-seed", "42", "-format", f, "-ips", "3000", "-users", "700"}
		a, b := runOut(t, args...), runOut(t, args...)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs with the same flags differ", f)
		}
		c := runOut(t, "-size", "300KB", "-seed", "43", "-format", f, "-ips", "3000", "-users", "700")
		if bytes.Equal(a[:1000], c[:1000]) {
			t.Errorf("%s: seeds 42 and 43 give the same output", f)
		}
	}
}

func TestSizeBound(t *testing.T) {
	for _, f := range formatNames {
		for _, size := range []int{0, 1, 100, 4096, 12345, 1_000_000} {
			out := runOut(t, "-size", fmt.Sprint(size), "-format", f)
			if size == 0 {
				if len(out) != 0 {
					t.Errorf("%s size 0: got %d bytes", f, len(out))
				}
				continue
			}
			last := bytes.LastIndexByte(out[:len(out)-1], '\n') + 1
			if len(out) < size || last >= size {
				t.Errorf("%s size %d: got %d bytes, last line starts at %d", f, size, len(out), last)
			}
		}
	}
}

// maxLine bounds every generated line; Windows events and ECS records
// carrying them are the longest.
const maxLine = 4096

func TestFormatsProduceLines(t *testing.T) {
	for _, f := range formatNames {
		out := runOut(t, "-size", "2MB", "-format", f, "-seed", "7")
		if len(out) == 0 || out[len(out)-1] != '\n' {
			t.Fatalf("%s: output does not end with a newline", f)
		}
		lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if len(lines) < 1000 {
			t.Errorf("%s: only %d lines in 2MB", f, len(lines))
		}
		for i, l := range lines {
			if l == "" || len(l) > maxLine || strings.ContainsAny(l, "\r\x00") {
				t.Fatalf("%s line %d: bad line (len %d): %q", f, i+1, len(l), l)
			}
			if f == "ecs" {
				if !json.Valid([]byte(l)) {
					t.Fatalf("ecs line %d is not valid JSON: %s", i+1, l)
				}
				var rec struct {
					Timestamp string `json:"@timestamp"`
					Event     struct{ Original string }
					Related   struct{ IP []string }
					Message   string
				}
				if err := json.Unmarshal([]byte(l), &rec); err != nil {
					t.Fatal(err)
				}
				if rec.Timestamp == "" || rec.Event.Original == "" || len(rec.Related.IP) == 0 || rec.Message == "" {
					t.Fatalf("ecs line %d lacks @timestamp, event.original, related.ip or message: %s", i+1, l)
				}
			}
		}
	}
}

func TestMixedHasEveryKind(t *testing.T) {
	out := string(runOut(t, "-size", "4MB", "-seed", "3"))
	for _, want := range []string{
		"sshd[", "Accepted publickey for ", "Failed password for invalid user ", "Invalid user ",
		"rhost=", "sudo:", "; USER=", "; COMMAND=", " su[", "systemd-logind[",
		"postfix/smtp[", "from=<", "to=<", "client=", "dnsmasq[", "named[",
		"kernel: [", "MAC=", " SRC=", " DST=", "devname=", "srcip=", "dstip=", ` user="`,
		"%ASA-6-302013", ",TRAFFIC,", "CEF:0|", `\=`, `\\`, "suser=", "smac=", "fname=", "request=",
		"LEEF:2.0|", "Account Name: ", "Account Domain: ", "Workstation Name: ", "Source Network Address: ",
		"S-1-5-21-", `{"ecs":`, `"related":{"ip":[`, "corp.example.com", "fe80::", "::",
		`HTTP/1.1" `, "@corp.example.com", `C:\Users\`, "/home/",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("mixed output lacks %q", want)
		}
	}
	for _, re := range []string{
		`\b[0-9a-f]{2}(:[0-9a-f]{2}){5}\b`,          // MAC with colons
		`\b[0-9A-F]{2}(-[0-9A-F]{2}){5}\b`,          // MAC with dashes
		`\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b`, // Cisco MAC
		`\b(WKS|LT)-\d{3,}\$?`,                      // workstations
		`\b(192\.168|172\.(1[6-9]|2\d|3[01]))\.\d+\.\d+\b`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("mixed output has nothing matching %s", re)
		}
	}
}

func TestZipfAndPoolCoverage(t *testing.T) {
	const n = 400
	g := newGen(1, n, 100)
	pool := make(map[string]bool, n)
	for _, v := range g.ips {
		pool[string(appendIPv4(nil, v))] = true
	}
	if len(pool) != n {
		t.Fatalf("pool has %d distinct addresses, want %d", len(pool), n)
	}
	out := runOut(t, "-size", "5MB", "-ips", fmt.Sprint(n), "-users", "100", "-format", "firewall")
	counts := map[string]int{}
	for _, m := range regexp.MustCompile(`\b\d+\.\d+\.\d+\.\d+\b`).FindAll(out, -1) {
		if pool[string(m)] {
			counts[string(m)]++
		}
	}
	if len(counts) != n {
		t.Errorf("only %d of %d pool addresses appear in 5MB", len(counts), n)
	}
	top, total := 0, 0
	for _, c := range counts {
		top = max(top, c)
		total += c
	}
	if top*20 < total {
		t.Errorf("most frequent address has %d of %d occurrences; want a heavy head", top, total)
	}
}

func TestEveryUserAppears(t *testing.T) {
	const n = 300
	g := newGen(1, 1000, n)
	out := string(runOut(t, "-size", "3MB", "-ips", "1000", "-users", fmt.Sprint(n)))
	words := map[string]bool{}
	for _, w := range regexp.MustCompile(`[\w.$-]+`).FindAllString(out, -1) {
		words[w] = true
	}
	missing := 0
	for _, u := range g.users {
		if !words[u] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d users never appear as a word in 3MB", missing, n)
	}
}

func TestPoolsDistinct(t *testing.T) {
	g := newGen(9, 300_000, 50_000)
	seen := make(map[uint32]bool, len(g.ips))
	priv := 0
	for _, v := range g.ips {
		if seen[v] {
			t.Fatalf("address %s repeats", appendIPv4(nil, v))
		}
		seen[v] = true
		if !isPublic(v) {
			priv++
		}
	}
	if priv < len(g.ips)/2 || priv > len(g.ips)*7/10 {
		t.Errorf("%d of %d addresses are private; want about 60%%", priv, len(g.ips))
	}
	users := make(map[string]bool, len(g.users))
	for _, u := range g.users {
		if users[u] {
			t.Fatalf("username %q repeats", u)
		}
		users[u] = true
	}
	if len(users) != 50_000 {
		t.Errorf("got %d users", len(users))
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true}, {"4096", 4096, true}, {"10KB", 10_000, true}, {"500MB", 500_000_000, true},
		{"1GB", 1_000_000_000, true}, {"1gb", 1_000_000_000, true}, {"2GiB", 2 << 30, true},
		{"1.5GB", 1_500_000_000, true}, {"7B", 7, true}, {"10K", 10_000, true},
		{"", 0, false}, {"GB", 0, false}, {"-1", 0, false}, {"1.5", 0, false}, {"abc", 0, false},
		{"99999999999TB", 0, false},
	} {
		got, err := parseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"-size", "1KB"}, 0},
		{[]string{"-h"}, 0},
		{[]string{"-format", "xml"}, 2},
		{[]string{"-size", "lots"}, 2},
		{[]string{"-ips", "0"}, 2},
		{[]string{"-users", "-5"}, 2},
		{[]string{"-nope"}, 2},
		{[]string{"extra"}, 2},
	} {
		var out, errb bytes.Buffer
		if got := run(tc.args, &out, &errb); got != tc.code {
			t.Errorf("loggen %v: exit %d, want %d (stderr %q)", tc.args, got, tc.code, errb.String())
		}
	}
}

// brokenPipe accepts n writes, then fails like a closed pipe.
type brokenPipe struct{ n int }

func (w *brokenPipe) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, syscall.EPIPE
	}
	w.n--
	return len(p), nil
}

func TestClosedPipeIsQuiet(t *testing.T) {
	var errb bytes.Buffer
	if code := run([]string{"-size", "10MB"}, &brokenPipe{n: 2}, &errb); code != 0 || errb.Len() != 0 {
		t.Errorf("closed pipe: exit %d, stderr %q; want 0 and nothing", code, errb.String())
	}
	if code := run([]string{"-size", "10MB"}, failWriter{}, &errb); code != 1 || errb.Len() == 0 {
		t.Errorf("write error: exit %d, stderr %q; want 1 and a message", code, errb.String())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }

func TestTimestampsAdvance(t *testing.T) {
	out := runOut(t, "-size", "3MB", "-format", "windows")
	first, last := string(out[:23]), ""
	lines := bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n"))
	prev := ""
	for _, l := range lines {
		ts := string(l[:24])
		if ts < prev {
			t.Fatalf("timestamp goes back: %s after %s", ts, prev)
		}
		prev = ts
	}
	last = prev
	if first >= last[:23] {
		t.Errorf("timestamps do not advance: %s .. %s", first, last)
	}
}

func BenchmarkGenerate(b *testing.B) {
	const size = 8 << 20
	for _, f := range formatNames {
		b.Run(f, func(b *testing.B) {
			m, _ := formatMix(f)
			g := newGen(1, 50_000, 5_000)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if err := generate(io.Discard, g, m, size); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
