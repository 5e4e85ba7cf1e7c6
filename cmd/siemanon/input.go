package main

import (
	"bufio"
	"io"
	"os"

	"github.com/klauspost/compress/gzip"

	"github.com/siemanon/siemanon/anon"
)

// inputs turns the arguments into the engine's inputs, like cat: none means standard
// input, and "-" is standard input wherever it stands.
func inputs(args []string, stdin io.Reader) []anon.Input {
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := make([]anon.Input, len(args))
	for i, name := range args {
		out[i] = anon.Input{Name: name, Open: func() (io.ReadCloser, error) {
			if name == "-" {
				return maybeGzip(io.NopCloser(stdin))
			}
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			return maybeGzip(f)
		}}
	}
	if len(args) == 1 && args[0] == "-" {
		out[0].Name = "<stdin>"
	}
	return out
}

// maybeGzip decompresses a gzip stream, recognised by its magic bytes rather than the file
// name, so `zcat`-less pipelines and misnamed files work alike. klauspost/compress decodes
// about twice as fast as compress/gzip, which matters on archives of many gigabytes.
func maybeGzip(rc io.ReadCloser) (io.ReadCloser, error) {
	br := bufio.NewReaderSize(rc, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			rc.Close()
			return nil, err
		}
		return &readCloser{Reader: zr, close: func() error { zr.Close(); return rc.Close() }}, nil
	}
	return &readCloser{Reader: br, close: rc.Close}, nil
}

type readCloser struct {
	io.Reader
	close func() error
}

func (r *readCloser) Close() error { return r.close() }
