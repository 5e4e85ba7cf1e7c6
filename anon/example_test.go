package anon_test

import (
	"encoding/hex"
	"fmt"

	"github.com/siemanon/siemanon/anon"
)

// A fixed key gives the same pseudonyms on every run and machine: the private address
// stays in 10.0.0.0/8, the port and every other byte stay as they were, and the loopback
// address is kept.
func ExampleEngine_RewriteLine() {
	key, _ := hex.DecodeString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	e, err := anon.New(anon.Config{Key: key, Only: []string{"ipv4", "mac"}})
	if err != nil {
		panic(err)
	}
	line := []byte("Failed password for root from 10.1.2.3 port 40022 ssh2 via 127.0.0.1 (mac 00:1a:2b:3c:4d:5e)")
	fmt.Println(string(e.RewriteLine(nil, line)))
	// Output:
	// Failed password for root from 10.162.233.46 port 40022 ssh2 via 127.0.0.1 (mac 54:87:41:d9:0b:ae)
}
