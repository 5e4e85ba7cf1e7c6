package main

import (
	"bufio"
	"encoding/hex"
	"flag"
	"io"
	"os"
	"runtime/pprof"

	"github.com/siemanon/siemanon/anon"
)

func main() {
	in := flag.String("in", "", "")
	prof := flag.String("prof", "/tmp/cpu.pprof", "")
	w := flag.Int("w", 1, "")
	flag.Parse()
	key, _ := hex.DecodeString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	e, err := anon.New(anon.Config{Key: key, Workers: *w})
	if err != nil {
		panic(err)
	}
	f, _ := os.Create(*prof)
	pprof.StartCPUProfile(f)
	out := bufio.NewWriter(io.Discard)
	err = e.Run(out, []anon.Input{{Name: *in, Open: func() (io.ReadCloser, error) { return os.Open(*in) }}})
	pprof.StopCPUProfile()
	if err != nil {
		panic(err)
	}
}
