package anon_test

import (
	"bufio"
	"os"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

func TestZZProfile(t *testing.T) {
	f := os.Getenv("PROF_FILE")
	if f == "" {
		t.Skip()
	}
	e, err := anon.New(anon.Config{Key: testKey()})
	if err != nil {
		t.Fatal(err)
	}
	fh, _ := os.Open(f)
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	dst := make([]byte, 0, 1<<16)
	for sc.Scan() {
		dst = e.RewriteLine(dst[:0], sc.Bytes())
	}
}
