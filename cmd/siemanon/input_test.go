package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func keyEnv(name string) string {
	if name == "SIEMANON_KEY" {
		return testKey
	}
	return ""
}

// Compressed inputs, named or on standard input, give the same output as the plain text.
func TestGzipInputs(t *testing.T) {
	dir := t.TempDir()
	a := "a1 from 10.1.2.3 port 22\r\na2 {\"source\":{\"ip\":\"81.2.69.142\"}}\n"
	b := "b1 MAC=00:1a:2b:3c:4d:5e:52:54:00:12:34:56:08:00 SRC=10.1.2.4\nb2 jane.roe@example.co.uk\n"
	c := "c1 stdin 2001:db8::1\nc2 last without newline 10.1.2.3"
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plainA, plainB := write("a.log", []byte(a)), write("b.log", []byte(b))
	gzA := write("a.log.gz", gzipBytes(t, a))
	misnamed := write("b.txt", gzipBytes(t, b)) // recognised by its magic bytes

	var want, wantErr bytes.Buffer
	if code := run([]string{plainA, plainB, "-"}, strings.NewReader(c), &want, &wantErr, keyEnv); code != 0 {
		t.Fatalf("plain: exit %d: %s", code, wantErr.String())
	}
	if strings.Contains(want.String(), "10.1.2.3") || strings.Contains(want.String(), "81.2.69.142") {
		t.Fatalf("plain output kept an address:\n%s", want.String())
	}
	var got, gotErr bytes.Buffer
	code := run([]string{gzA, misnamed, "-"}, bytes.NewReader(gzipBytes(t, c)), &got, &gotErr, keyEnv)
	if code != 0 {
		t.Fatalf("gzip: exit %d: %s", code, gotErr.String())
	}
	if got.String() != want.String() {
		t.Errorf("gzip inputs:\n%q\nplain inputs:\n%q", got.String(), want.String())
	}
	if gotErr.Len() > 0 {
		t.Errorf("stderr: %s", gotErr.String())
	}
}

// A damaged gzip file is reported by name with exit status 1, and the other inputs are
// still processed; no compressed bytes reach the output.
func TestGzipCorrupt(t *testing.T) {
	dir := t.TempDir()
	full := gzipBytes(t, strings.Repeat("x 10.1.2.3\n", 1000))
	bad := filepath.Join(dir, "bad.log.gz")
	os.WriteFile(bad, full[:len(full)/2], 0o600)
	badHeader := filepath.Join(dir, "header.log.gz")
	os.WriteFile(badHeader, []byte{0x1f, 0x8b, 0xff, 0xff}, 0o600)
	good := filepath.Join(dir, "good.log")
	os.WriteFile(good, []byte("good 10.1.2.3\n"), 0o600)

	for _, name := range []string{bad, badHeader} {
		var stdout, stderr bytes.Buffer
		code := run([]string{name, good}, strings.NewReader(""), &stdout, &stderr, keyEnv)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1; stderr: %s", filepath.Base(name), code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "siemanon: "+name) {
			t.Errorf("%s: stderr does not name the file: %q", filepath.Base(name), stderr.String())
		}
		if !strings.HasSuffix(stdout.String(), "good 10.162.233.46\n") {
			t.Errorf("%s: the next input was not processed: %q", filepath.Base(name), stdout.String())
		}
		if strings.Contains(stdout.String(), "10.1.2.3") || bytes.IndexByte(stdout.Bytes(), 0x8b) >= 0 {
			t.Errorf("%s: output holds an original value or compressed bytes", filepath.Base(name))
		}
	}
}

// epipeWriter fails like a pipe whose reader has gone, after accepting limit bytes.
type epipeWriter struct {
	n, limit int
}

func (w *epipeWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > w.limit {
		return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	}
	w.n += len(p)
	return len(p), nil
}

// siemanon big.log | head -1: the closed pipe ends the run quietly with status 0.
func TestClosedPipe(t *testing.T) {
	big := strings.Repeat("Mar  3 14:02:15 bastion-01 sshd[4130]: Failed password for admin from 81.2.69.142 port 40022 ssh2\n", 50000)
	for _, limit := range []int{0, 100} {
		var stderr bytes.Buffer
		code := run(nil, strings.NewReader(big), &epipeWriter{limit: limit}, &stderr, keyEnv)
		if code != 0 {
			t.Errorf("limit %d: exit %d, want 0", limit, code)
		}
		if stderr.Len() > 0 {
			t.Errorf("limit %d: stderr %q, want nothing", limit, stderr.String())
		}
	}
}

// stallReader gives its first part, then blocks until released, like tail -f.
type stallReader struct {
	parts   []string
	release chan struct{}
}

func (r *stallReader) Read(p []byte) (int, error) {
	if len(r.parts) == 0 {
		return 0, io.EOF
	}
	if len(r.parts) == 1 {
		<-r.release
	}
	n := copy(p, r.parts[0])
	r.parts = r.parts[1:]
	return n, nil
}

// syncBuffer is a bytes.Buffer safe for a writer and a watcher.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// tail -f x.log | siemanon: a line is written while the input stalls, not at its end.
func TestFlushWhenInputStalls(t *testing.T) {
	in := &stallReader{parts: []string{"first 10.1.2.3\n", "second 10.1.2.4\n"}, release: make(chan struct{})}
	out := &syncBuffer{}
	done := make(chan int)
	go func() {
		var stderr bytes.Buffer
		done <- run(nil, in, out, &stderr, keyEnv)
	}()
	deadline := time.Now().Add(30 * time.Second) // generous: a loaded CI machine is slow, a hang is not
	for out.String() != "first 10.162.233.46\n" {
		if time.Now().After(deadline) {
			close(in.release)
			<-done
			t.Fatalf("the first line was not written while the input stalled; output so far %q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	close(in.release)
	if code := <-done; code != 0 {
		t.Fatalf("exit %d", code)
	}
	if got := out.String(); got != "first 10.162.233.46\nsecond 10.34.104.224\n" {
		t.Errorf("output %q", got)
	}
}
