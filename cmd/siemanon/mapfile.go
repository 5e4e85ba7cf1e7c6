package main

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
)

// The map file: one NDJSON record a line,
//
//	{"category":"ipv4","original":"10.1.2.3","pseudonym":"10.88.4.21"}
//
// with the bytes as they stood in the input and output lines (JSON-escaped inside JSON
// strings). A value that is not valid UTF-8 is written as "original_base64" or
// "pseudonym_base64" instead, so that it comes back byte for byte. Secrets are never
// written: they are irreversible by design; nor are values that hold one (a URL with a
// password, a command line in auditd hex with one).
//
// Encrypted with --map-key, every line is base64(nonce || AES-256-GCM(record)), a fresh
// 12-byte random nonce per record and "siemanon map v1" as additional data.

type mapRecord struct {
	Category        string `json:"category"`
	Original        string `json:"original,omitempty"`
	Pseudonym       string `json:"pseudonym,omitempty"`
	OriginalBase64  []byte `json:"original_base64,omitempty"`
	PseudonymBase64 []byte `json:"pseudonym_base64,omitempty"`
}

var mapAAD = []byte("siemanon map v1")

// mapOut is the --map-out feature of the filter.
type mapOut struct {
	file, keyFile string
	force         bool

	f    *os.File
	w    *bufio.Writer
	aead cipher.AEAD
	seen map[string]bool
	err  error
	line []byte
}

func (m *mapOut) addFlags(f *pflag.FlagSet) {
	f.StringVar(&m.file, "map-out", "", "write the map of every value rewritten (category, original, pseudonym; NDJSON) to the new `FILE`, mode 0600, for siemanon reveal")
	f.StringVar(&m.keyFile, "map-key", "", "encrypt the --map-out records with the 256-bit key in `FILE` (AES-256-GCM)")
	f.BoolVar(&m.force, "force", false, "let --map-out replace an existing file")
}

// readMapKey reads a --map-key file: 32 raw bytes or 64 hex digits, like --key-file.
func readMapKey(file string) (cipher.AEAD, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, usageError("--map-key: %v", err)
	}
	key := data
	if len(data) != categories.KeySize {
		if key, err = parseHexKey(bytes.TrimSpace(data)); err != nil {
			return nil, usageError("--map-key %s: %v", file, err)
		}
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func (m *mapOut) start(s *streams, key []byte) (func(*anon.LineReport), error) {
	if m.file == "" {
		if m.keyFile != "" {
			return nil, usageError("--map-key needs --map-out")
		}
		return nil, nil
	}
	if m.keyFile != "" {
		aead, err := readMapKey(m.keyFile)
		if err != nil {
			return nil, err
		}
		m.aead = aead
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if m.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(m.file, flags, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil, usageError("--map-out %s: the file exists (--force replaces it)", m.file)
		}
		return nil, usageError("--map-out: %v", err)
	}
	if m.force {
		if err := f.Chmod(0o600); err != nil {
			f.Close()
			return nil, usageError("--map-out: %v", err)
		}
	}
	m.f, m.w, m.seen = f, bufio.NewWriterSize(f, 64<<10), map[string]bool{}
	return m.observe, nil
}

func (m *mapOut) observe(r *anon.LineReport) {
	for _, f := range r.Findings {
		if f.Category == categories.Secret || f.HoldsSecret || bytes.Equal(f.Original, f.Pseudonym) {
			continue
		}
		k := f.Category + "\x00" + string(f.Original) + "\x00" + string(f.Pseudonym)
		if m.seen[k] {
			continue
		}
		m.seen[k] = true
		m.write(f.Category, f.Original, f.Pseudonym)
	}
}

func (m *mapOut) write(category string, original, pseudonym []byte) {
	if m.err != nil {
		return
	}
	rec := mapRecord{Category: category}
	if utf8.Valid(original) {
		rec.Original = string(original)
	} else {
		rec.OriginalBase64 = original
	}
	if utf8.Valid(pseudonym) {
		rec.Pseudonym = string(pseudonym)
	} else {
		rec.PseudonymBase64 = pseudonym
	}
	buf := bytes.NewBuffer(m.line[:0])
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if m.err = enc.Encode(rec); m.err != nil {
		return
	}
	m.line = buf.Bytes()
	if m.aead != nil {
		plain := bytes.TrimSuffix(m.line, []byte("\n"))
		nonce := make([]byte, m.aead.NonceSize(), m.aead.NonceSize()+len(plain)+m.aead.Overhead())
		rand.Read(nonce)
		sealed := m.aead.Seal(nonce, nonce, plain, mapAAD)
		m.line = append(base64.StdEncoding.AppendEncode(m.line[:0], sealed), '\n')
	}
	_, m.err = m.w.Write(m.line)
}

func (m *mapOut) finish(s *streams, stats anon.Stats, runErr error) error {
	if m.f == nil {
		return runErr
	}
	err := m.err
	if ferr := m.w.Flush(); err == nil {
		err = ferr
	}
	if cerr := m.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		err = fmt.Errorf("--map-out %s: %w", m.file, err)
		if runErr == nil {
			return &exitError{code: exitIncomplete, err: err}
		}
		fmt.Fprintf(s.stderr, "siemanon: %v\n", err)
	}
	return runErr
}

// readMap reads a map file, decrypting it with aead when not nil.
func readMap(file string, aead cipher.AEAD) (*anon.RevealMap, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, usageError("--map: %v", err)
	}
	defer f.Close()
	m := anon.NewRevealMap()
	br := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if perr := addMapLine(m, bytes.TrimSpace(line), aead); perr != nil {
				return nil, usageError("--map %s:%d: %v", file, n, perr)
			}
		}
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return nil, &exitError{code: exitIncomplete, err: fmt.Errorf("--map %s: %w", file, err)}
		}
	}
}

func addMapLine(m *anon.RevealMap, line []byte, aead cipher.AEAD) error {
	encrypted := line[0] != '{'
	switch {
	case encrypted && aead == nil:
		return errors.New("the map is encrypted: give the key it was written with (--map-key)")
	case !encrypted && aead != nil:
		return errors.New("the map is not encrypted, but --map-key was given")
	case encrypted:
		sealed, err := base64.StdEncoding.DecodeString(string(line))
		if err != nil || len(sealed) < aead.NonceSize() {
			return errors.New("not a map record")
		}
		ns := aead.NonceSize()
		line, err = aead.Open(nil, sealed[:ns], sealed[ns:], mapAAD)
		if err != nil {
			return errors.New("cannot decrypt the map: wrong --map-key, or the file was changed")
		}
	}
	var rec mapRecord
	if err := json.Unmarshal(line, &rec); err != nil || rec.Category == "" {
		return errors.New("not a map record")
	}
	orig, pseud := []byte(rec.Original), []byte(rec.Pseudonym)
	if rec.OriginalBase64 != nil {
		orig = rec.OriginalBase64
	}
	if rec.PseudonymBase64 != nil {
		pseud = rec.PseudonymBase64
	}
	m.Add(rec.Category, orig, pseud)
	return nil
}
