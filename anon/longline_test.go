package anon_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

// A line of 17 MiB is read, scanned and written whole: the addresses at both of its ends
// are rewritten, its ending is kept, and the next line follows it.
func TestSixteenMiBLine(t *testing.T) {
	if testing.Short() {
		t.Skip("17 MiB of input")
	}
	var in bytes.Buffer
	in.WriteString("from 10.1.2.3 ")
	in.Write(bytes.Repeat([]byte("lorem ipsum "), 17<<20/12))
	in.WriteString("to 10.1.2.4\r\nnext 10.1.2.3\n")
	e, err := anon.New(anon.Config{Key: testKey(), Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := e.Run(&out, []anon.Input{{Name: "long", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(in.Bytes())), nil
	}}}); err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(out.Bytes(), []byte("\n"))
	if len(lines) != 3 || len(lines[2]) != 0 {
		t.Fatalf("%d lines out, want 2", len(lines)-1)
	}
	first, second := lines[0], lines[1]
	if len(first) < 17<<20 || !bytes.HasSuffix(first, []byte("\r\n")) {
		t.Fatalf("first line: %d bytes, ending %q", len(first), first[len(first)-2:])
	}
	if bytes.Contains(first, []byte("10.1.2.3")) || bytes.Contains(first, []byte("10.1.2.4")) {
		t.Error("an address of the long line survived")
	}
	if bytes.Contains(second, []byte("10.1.2.3")) {
		t.Errorf("the line after it was not rewritten: %q", second)
	}
}
