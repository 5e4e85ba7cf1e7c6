package anon_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/siemanon/siemanon/anon"
)

// canary is a public address no script's input holds.
const canary = "185.47.12.201"

// TestCanaryAddress fails closed: an address put after a blank of any line the scripts
// feed the filter is rewritten wherever it lands, whatever layout reads the line, so no
// part of a line that a layout reads past is written out unscanned. It may stay only
// where it reads as a version (client version: 10.4.2.1), in a W3C log's #Software line
// (a product and its version), or names a JSON key, which is never rewritten.
func TestCanaryAddress(t *testing.T) {
	e, err := anon.New(anon.Config{Key: testKey(), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for _, raw := range seedLines(t) {
		line := strings.TrimRight(string(raw), "\r\n")
		if strings.Contains(line, canary) || len(line) > 4096 || strings.HasPrefix(line, "#Software: ") {
			continue
		}
		blanks := 0
		for k := 0; k < len(line); k++ {
			if line[k] != ' ' {
				continue
			}
			if blanks++; blanks%5 != 1 || blanks > 30 {
				continue
			}
			in := line[:k+1] + canary + " " + line[k+1:]
			tried++
			out := rewrite(e, in)
			at := strings.Index(out, canary)
			if at < 0 || versionBefore(out[:at]) || inJSONKey(in, k+1) {
				continue
			}
			t.Errorf("the address stayed:\n  in: %s\n out: %s", in, out)
		}
	}
	if tried < 1000 {
		t.Fatalf("only %d lines tried: the scripts' inputs were not found", tried)
	}
}

// versionBefore reports whether the word before the end of s says a version follows.
func versionBefore(s string) bool {
	s = strings.TrimRight(s, " :([=")
	word := strings.ToLower(s[strings.LastIndexAny(s, " (=[")+1:])
	for _, v := range []string{"version", "ver", "build", "release", "firmware", "fw", "revision", "rev", "schema"} {
		if word == v || strings.HasSuffix(word, "_"+v) || strings.HasSuffix(word, "-"+v) {
			return true
		}
	}
	return false
}

// inJSONKey reports whether position k of a JSON line lies in an object's key: the
// string around it is followed by a colon.
func inJSONKey(line string, k int) bool {
	if t := strings.TrimLeft(line, " \t"); t == "" || t[0] != '{' && t[0] != '[' {
		return false
	}
	for j := k; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case '"':
			rest := bytes.TrimLeft([]byte(line[j+1:]), " \t")
			return len(rest) > 0 && rest[0] == ':'
		}
	}
	return false
}
