package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/siemanon/siemanon/categories"
)

// loadKey returns the session key: from the key file, else from SIEMANON_KEY, else a
// random one for this run. Errors never quote the key material.
func loadKey(file string, getenv func(string) string) ([]byte, error) {
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, usageError("--key-file: %v", err)
		}
		if len(data) == categories.KeySize {
			return data, nil
		}
		key, err := parseHexKey(bytes.TrimSpace(data))
		if err != nil {
			return nil, usageError("--key-file %s: %v", file, err)
		}
		return key, nil
	}
	if v := getenv("SIEMANON_KEY"); v != "" {
		key, err := parseHexKey(bytes.TrimSpace([]byte(v)))
		if err != nil {
			return nil, usageError("SIEMANON_KEY: %v", err)
		}
		return key, nil
	}
	key := make([]byte, categories.KeySize)
	rand.Read(key)
	return key, nil
}

func parseHexKey(text []byte) ([]byte, error) {
	if len(text) != 2*categories.KeySize {
		return nil, fmt.Errorf("a key is 64 hexadecimal digits (or 32 raw bytes in a key file); this one has %d characters", len(text))
	}
	key := make([]byte, categories.KeySize)
	if _, err := hex.Decode(key, text); err != nil {
		return nil, fmt.Errorf("a key is 64 hexadecimal digits; this one has a character that is not one")
	}
	return key, nil
}

func newKeygenCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "keygen FILE",
		Short: "Write a new random key to FILE, readable only by its owner",
		Long: `keygen writes a new random 256-bit key, as 64 hexadecimal digits, to FILE with mode
0600. It never overwrites an existing file and never prints the key.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key := make([]byte, categories.KeySize)
			rand.Read(key)
			f, err := os.OpenFile(args[0], os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return &exitError{code: exitIncomplete, err: err}
			}
			_, err = fmt.Fprintf(f, "%x\n", key)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return &exitError{code: exitIncomplete, err: err}
			}
			fmt.Fprintf(s.stderr, "siemanon: wrote a new key to %s\n", args[0])
			return nil
		},
	}
}
